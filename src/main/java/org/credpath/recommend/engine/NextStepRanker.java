package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.SameCourse;
import org.credpath.catalog.snapshot.Selection;

/**
 * Ranks the credentials a learner can take now (takeable, not held, allowed by the filters and access,
 * entry rules met) by {@link NextStepScore}. Only credentials with a positive score are listed. A credential whose
 * cost under the metric is unknown comes after every one whose cost is known (unknown is not cheap), ranked among
 * those by its undivided gains; its {@code parts.cost} is null.
 */
public final class NextStepRanker {

    public static final double ESSENTIAL = NextStepScore.ESSENTIAL;
    public static final double OPTIONAL = NextStepScore.OPTIONAL;
    public static final double UNLOCK = NextStepScore.UNLOCK;
    public static final double STACKING = NextStepScore.STACKING;
    public static final String FORMULA = NextStepScore.FORMULA;

    private final SkillIndex index;
    private final CostMetric metric;
    private final boolean fullScan;
    private final int block; // positions per block of the pass over the gap's teachers

    public NextStepRanker(SkillIndex index, CostMetric metric) {
        this(index, metric, false, GapTeachers.BLOCK);
    }

    private NextStepRanker(SkillIndex index, CostMetric metric, boolean fullScan, int block) {
        this.index = index;
        this.metric = metric;
        this.fullScan = fullScan;
        this.block = block;
    }

    /** The indexed ranking with the pass over the gap's teachers in blocks of {@code block} positions (tests: many blocks on small catalogs). */
    static NextStepRanker inBlocksOf(SkillIndex index, CostMetric metric, int block) {
        return new NextStepRanker(index, metric, false, block);
    }

    /**
     * The ranker that scores every open candidate (before issue 23's indexed ranking): the same answers, kept to compare
     * against ({@code NextStepEquivalenceTests}) and to measure ({@code SnapshotScaleBenchmark}).
     */
    public static NextStepRanker fullScan(SkillIndex index, CostMetric metric) {
        return new NextStepRanker(index, metric, true, GapTeachers.BLOCK);
    }

    public NextSteps rank(LearnerState learner, GoalProfile goal, Selection selection, int k) {
        var dense = index.dense();
        var held = new HeldSkills(index, learner);
        var essentialGap = new LinkedHashSet<String>();
        var optionalGap = new LinkedHashSet<String>();
        goal.essential().stream().filter(s -> !held.holds(s)).forEach(essentialGap::add);
        goal.optional().stream().filter(s -> !held.holds(s)).forEach(optionalGap::add);
        var essentialPlace = places(essentialGap);
        var optionalPlace = places(optionalGap);
        var valid = learner.validHoldings(index);
        var access = new Access(index, held, selection, learner.enrolledAt(index), new EntryRules(index, valid, learner.date()));
        var aims = aims(learner, goal, valid);
        var scorer = new NextStepScorer(index, metric, essentialPlace, optionalPlace, aims);

        var gapTeachers = fullScan ? null : new GapTeachers(index, gapSkills(essentialGap, optionalGap),
                (int) essentialGap.stream().filter(skill -> dense.skillId(skill) >= 0).count(), access, block);
        var candidates = fullScan ? candidates(List.of(essentialGap, optionalGap), aims, access) : candidates(gapTeachers, aims, access);
        var open = candidates.open();
        // essential gap skill ids that open credentials teach, and those only closed ones teach
        var reachableNow = new BitSet(dense.skillCount());
        if (fullScan) {
            open.stream().forEach(p -> collect(dense.counts(p), id -> essentialPlace[id] >= 0, reachableNow));
        } else {
            essentialGap.stream().mapToInt(dense::skillId).filter(id -> id >= 0 && gapTeachers.taughtOpen(id)).forEach(reachableNow::set);
        }
        var onlyClosed = new BitSet(dense.skillCount());
        for (var skill : essentialGap) {
            int id = dense.skillId(skill);
            if (id >= 0 && !reachableNow.get(id)) {
                onlyClosed.set(id);
            }
        }
        var closed = fullScan ? candidates.closed() : onlyClosed.isEmpty() ? List.<Integer>of()
                : gapTeachers.closedTeaching(onlyClosed, sequence(essentialPlace, optionalPlace, essentialGap.size()), access);
        var reachableLater = new BitSet(dense.skillCount());
        if (!onlyClosed.isEmpty()) {
            closed.forEach(p -> collect(dense.counts(p), onlyClosed::get, reachableLater));
        }
        var unlocks = new Unlocks(index).of(closed, reachableLater, open, access);
        var catalog = index.catalog(); // a cross-listed course takes one place, under its best code (of equals, the one an aim names)
        var best = new Ranked.Best(k, r -> SameCourse.crossListedKeyAt(catalog, r.position()),
                r -> aims.stream().anyMatch(aim -> aim.asItself(r.position())));
        int unknownCost = fullScan ? top(open, scorer, unlocks, best) : gapTeachers.rank(scorer, unlocks, reachableLater.cardinality(), aims.size(), metric, k, best);
        var ranked = best.inOrder();
        var top = new ArrayList<NextSteps.Item>();
        for (int i = 0; i < ranked.size(); i++) {
            top.add(scorer.item(i + 1, ranked.get(i), unlocks.getOrDefault(ranked.get(i).position(), List.of())));
        }
        var unreachable = new ArrayList<NextSteps.SkillRef>();
        for (var skill : essentialGap) {
            int id = dense.skillId(skill);
            if (id < 0 || !reachableNow.get(id) && !reachableLater.get(id)) {
                unreachable.add(ref(skill));
            }
        }
        return new NextSteps(SkillGap.GoalRef.of(goal), essentialGap.size(), optionalGap.size(), metric, FORMULA, open.cardinality(),
                unknownCost, access.excludedForUnknown.cardinality(), top, sortedRefs(reachableLater), unreachable);
    }

    /** The credentials open now (by catalog position) and the closed ones (in the gap's order) that teach a gap skill. */
    private record Candidates(BitSet open, List<Integer> closed) {
    }

    /** Every credential that teaches a gap skill, open now or not, plus those open now that count toward an aim (the full scan). */
    private Candidates candidates(List<Set<String>> gaps, List<OpenLeaves> aims, Access access) {
        var catalog = index.catalog();
        var dense = index.dense();
        var seen = new BitSet(catalog.size());
        var open = new BitSet(catalog.size());
        var closed = new ArrayList<Integer>();
        for (var gap : gaps) {
            for (var skill : gap) {
                for (int p : dense.teachers(dense.skillId(skill))) {
                    if (seen.get(p)) {
                        continue;
                    }
                    seen.set(p);
                    if (!access.usable(p)) {
                        continue;
                    }
                    if (access.entry.openNow(p)) {
                        open.set(p);
                    } else {
                        closed.add(p);
                    }
                }
            }
        }
        addAimed(open, null, aims, access);
        return new Candidates(open, closed);
    }

    /** The open gap teachers plus those open now that count toward an aim (closed ones are found when needed). */
    private Candidates candidates(GapTeachers gapTeachers, List<OpenLeaves> aims, Access access) {
        addAimed(gapTeachers.open, gapTeachers.aimed, aims, access);
        if (!aims.isEmpty()) {
            gapTeachers.recognisedAreAimed();
        }
        return new Candidates(gapTeachers.open, null);
    }

    /** Adds to {@code open} the credentials open now that an aim's open leaves name or match (and marks them in {@code aimed}). */
    private void addAimed(BitSet open, BitSet aimed, List<OpenLeaves> aims, Access access) {
        var catalog = index.catalog();
        var matched = new BitSet();
        for (var aim : aims) {
            aim.named().stream().mapToInt(catalog::position).filter(p -> p >= 0).forEach(matched::set);
            for (Rule.FilterLeaf f : aim.filters()) {
                catalog.addMatching(f.filter(), matched);
            }
        }
        var fresh = (BitSet) matched.clone();
        fresh.andNot(open);
        open.or(access.openAmong(fresh));
        if (aimed != null) {
            matched.and(open);
            aimed.or(matched);
        }
    }

    /** Scores every open credential into {@code best} (the full scan); returns how many scored ones have an unknown cost. */
    private static int top(BitSet open, NextStepScorer scorer, Map<Integer, List<NextSteps.Unlock>> unlocks, Ranked.Best best) {
        int unknownCost = 0;
        for (int p = open.nextSetBit(0); p >= 0; p = open.nextSetBit(p + 1)) {
            var r = scorer.ranked(p, unlocks.getOrDefault(p, List.of()));
            if (r != null) {
                unknownCost += r.cost() == null ? 1 : 0;
                best.offer(r);
            }
        }
        return unknownCost;
    }

    /** The distinct ids of the gap skills (essential, then optional), in the gaps' order. */
    private int[] gapSkills(Set<String> essentialGap, Set<String> optionalGap) {
        var dense = index.dense();
        var ids = new LinkedHashSet<Integer>();
        for (var gap : List.of(essentialGap, optionalGap)) {
            for (var skill : gap) {
                int id = dense.skillId(skill);
                if (id >= 0) {
                    ids.add(id);
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Per skill id, where the full scan first meets the skill: its essential place, else {@code essentialSize} plus its optional place; -1 outside the gap. */
    private static int[] sequence(int[] essentialPlace, int[] optionalPlace, int essentialSize) {
        var sequence = new int[essentialPlace.length];
        for (int id = 0; id < sequence.length; id++) {
            sequence[id] = essentialPlace[id] >= 0 ? essentialPlace[id] : optionalPlace[id] >= 0 ? essentialSize + optionalPlace[id] : -1;
        }
        return sequence;
    }

    /** Per skill id, the skill's place in the gap, or -1 when it is not in the gap (skills no credential counts for have no id). */
    private int[] places(Set<String> gap) {
        var dense = index.dense();
        var places = new int[dense.skillCount()];
        java.util.Arrays.fill(places, -1);
        int place = 0;
        for (var skill : gap) {
            int id = dense.skillId(skill);
            if (id >= 0) {
                places[id] = place;
            }
            place++;
        }
        return places;
    }

    /** Adds to {@code into} the skill ids of {@code counts} that are {@code wanted}. */
    private static void collect(int[] counts, java.util.function.IntPredicate wanted, BitSet into) {
        for (int id : counts) {
            if (wanted.test(id)) {
                into.set(id);
            }
        }
    }

    /** The skills with the ids, by URI (the order the answer has always listed them in). */
    private List<NextSteps.SkillRef> sortedRefs(BitSet ids) {
        return sortedRefs(index, ids);
    }

    static List<NextSteps.SkillRef> sortedRefs(SkillIndex index, BitSet ids) {
        var uris = new TreeSet<String>();
        ids.stream().forEach(id -> uris.add(index.dense().skill(id)));
        return uris.stream().map(uri -> new NextSteps.SkillRef(uri, index.label(uri))).toList();
    }

    /** The learner's aimed larger credentials, and the goal when it is one, not yet met. */
    private List<OpenLeaves> aims(LearnerState learner, GoalProfile goal, List<org.credpath.catalog.snapshot.Holding> valid) {
        var ids = new LinkedHashSet<>(learner.aims());
        if (goal.type() == Goal.Type.CREDENTIAL) {
            ids.add(goal.id());
        }
        var result = new ArrayList<OpenLeaves>();
        for (var id : ids) {
            if (index.catalog().offering(id).isPresent() && index.catalog().requirements(id).isPresent()) {
                var open = new OpenLeaves(index, id, valid, learner.date());
                if (!open.met) {
                    result.add(open);
                }
            }
        }
        return result;
    }

    private NextSteps.SkillRef ref(String skill) {
        return new NextSteps.SkillRef(skill, index.label(skill));
    }
}
