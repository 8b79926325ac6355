package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Selection;

/**
 * Ranks the credentials a learner can take now (takeable, not held, allowed by the filters and access,
 * entry rules met) by
 * <pre>score = (1.0 E + 0.25 O + 0.5 U + 1.0 S) / max(cost, 1)</pre>
 * where E and O count the essential and optional gap skills it covers, U the essential gap skills that
 * only credentials closed to the learner now teach and that some credential it unlocks teaches (its
 * entry rules become met with it), S the larger credentials the learner aims at (and a credential goal)
 * whose still-open rules it counts toward, and cost is its ECTS, price or weeks. Ties: more essential
 * skills, lower cost, id. Only credentials with a positive score are listed. A credential whose cost under the
 * metric is unknown comes after every one whose cost is known (unknown is not cheap), ranked among those by its
 * undivided gains; its {@code parts.cost} is null.
 */
public final class NextStepRanker {

    public static final double ESSENTIAL = 1.0;
    public static final double OPTIONAL = 0.25;
    public static final double UNLOCK = 0.5;
    public static final double STACKING = 1.0;
    public static final String FORMULA = "score = (1.0 x essential gap skills covered + 0.25 x optional gap skills covered"
            + " + 0.5 x essential gap skills only reachable through a credential it unlocks + 1.0 x aimed credentials it stacks into)"
            + " / max(cost, 1)";

    private final SkillIndex index;
    private final CostMetric metric;

    public NextStepRanker(SkillIndex index, CostMetric metric) {
        this.index = index;
        this.metric = metric;
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

        var candidates = candidates(List.of(essentialGap, optionalGap), aims, access);
        var open = candidates.open();
        var closed = candidates.closed();
        // essential gap skills (by id) that open credentials teach, and those only closed ones teach
        var reachableNow = new BitSet(dense.skillCount());
        open.stream().forEach(p -> collect(dense.counts(p), id -> essentialPlace[id] >= 0, reachableNow));
        var onlyClosed = new BitSet(dense.skillCount());
        for (var skill : essentialGap) {
            int id = dense.skillId(skill);
            if (id >= 0 && !reachableNow.get(id)) {
                onlyClosed.set(id);
            }
        }
        var reachableLater = new BitSet(dense.skillCount());
        if (!onlyClosed.isEmpty()) {
            closed.forEach(p -> collect(dense.counts(p), onlyClosed::get, reachableLater));
        }
        var unlocks = new Unlocks(index).of(closed, reachableLater, open, access);
        var top = top(open, k, essentialPlace, optionalPlace, unlocks, aims);
        var unreachable = new ArrayList<NextSteps.SkillRef>();
        for (var skill : essentialGap) {
            int id = dense.skillId(skill);
            if (id < 0 || !reachableNow.get(id) && !reachableLater.get(id)) {
                unreachable.add(ref(skill));
            }
        }
        return new NextSteps(SkillGap.GoalRef.of(goal), essentialGap.size(), optionalGap.size(), metric, FORMULA, open.cardinality(),
                top.unknownCost(), access.excludedForUnknown.cardinality(), top.items(), sortedRefs(reachableLater), unreachable);
    }

    /** The credentials open now (by catalog position) and the closed ones (in the gap's order) that teach a gap skill. */
    private record Candidates(BitSet open, List<Integer> closed) {
    }

    /** Every credential that teaches a gap skill, open now or not, plus those open now that count toward an aim. */
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
        for (var aim : aims) {
            for (var o : stackingCandidates(aim)) {
                int p = catalog.position(o.id());
                if (!open.get(p) && access.openNow(p)) {
                    open.set(p);
                }
            }
        }
        return new Candidates(open, closed);
    }

    /** The k best-scored items, and how many scored credentials do not state their cost under the metric. */
    private record Top(List<NextSteps.Item> items, int unknownCost) {
    }

    /** The k best-scored open credentials as explained items (known cost first, then score, more essential skills, lower cost, id). */
    private Top top(BitSet open, int k, int[] essentialPlace, int[] optionalPlace,
                                     Map<Integer, List<NextSteps.Unlock>> unlocks, List<OpenLeaves> aims) {
        var best = new Ranked.Best(k);
        int unknownCost = 0;
        for (int p = open.nextSetBit(0); p >= 0; p = open.nextSetBit(p + 1)) {
            var r = ranked(p, essentialPlace, optionalPlace, unlocks.getOrDefault(p, List.of()), aims);
            if (r != null) {
                unknownCost += r.cost() == null ? 1 : 0;
                best.offer(r);
            }
        }
        var ranked = best.inOrder();
        var top = new ArrayList<NextSteps.Item>();
        for (int i = 0; i < ranked.size(); i++) {
            var r = ranked.get(i);
            top.add(item(i + 1, r, essentialPlace, optionalPlace, unlocks.getOrDefault(r.position(), List.of()), aims));
        }
        return new Top(top, unknownCost);
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

    /** Credentials an aim's open leaves name, or that its open filters match. */
    private List<Offering> stackingCandidates(OpenLeaves aim) {
        var found = new ArrayList<Offering>();
        aim.named().forEach(id -> index.catalog().offering(id).ifPresent(found::add));
        for (Rule.FilterLeaf f : aim.filters()) {
            found.addAll(index.catalog().matching(f.filter()));
        }
        return found;
    }

    /** A candidate's score and what breaks ties; the explained item is made for the top k only. */

    private Ranked ranked(int position, int[] essentialPlace, int[] optionalPlace, List<NextSteps.Unlock> unlocks, List<OpenLeaves> aims) {
        var o = index.catalog().at(position);
        int essential = 0;
        int optional = 0;
        for (int id : index.dense().counts(position)) {
            essential += essentialPlace[id] >= 0 ? 1 : 0;
            optional += optionalPlace[id] >= 0 ? 1 : 0;
        }
        int unlocked = unlocks.isEmpty() ? 0 : unlockedSkills(unlocks).size();
        int stacks = 0;
        for (var aim : aims) {
            stacks += aim.matched(position) != null ? 1 : 0;
        }
        if (essential + optional + unlocked + stacks == 0) {
            return null;
        }
        var cost = metric.known(o);
        return new Ranked(position, o, round((ESSENTIAL * essential + OPTIONAL * optional + UNLOCK * unlocked + STACKING * stacks)
                / units(cost)), essential, cost);
    }

    /** The item shown for a ranked candidate: the skills it covers, its score parts, what it unlocks and stacks into. */
    private NextSteps.Item item(int rank, Ranked r, int[] essentialPlace, int[] optionalPlace, List<NextSteps.Unlock> unlocks,
                                List<OpenLeaves> aims) {
        var o = r.offering();
        var counts = index.dense().counts(r.position());
        var essential = covered(counts, essentialPlace);
        var optional = covered(counts, optionalPlace);
        var stacks = new ArrayList<NextSteps.StacksInto>();
        for (var aim : aims) {
            var rule = aim.matched(r.position());
            if (rule != null) {
                stacks.add(new NextSteps.StacksInto(aim.aim, aim.title, rule));
            }
        }
        double units = units(r.cost());
        var parts = new NextSteps.ScoreParts(round(ESSENTIAL * essential.size() / units), round(OPTIONAL * optional.size() / units),
                round(UNLOCK * unlockedSkills(unlocks).size() / units), round(STACKING * stacks.size() / units), r.cost());
        var weekly = o.weeklyHours();
        return new NextSteps.Item(rank, Teacher.of(o, index), o.durationWeeks(), weekly == null ? null : Math.round(weekly * 10) / 10.0, r.score(),
                parts, essential, optional, unlocks, stacks);
    }

    /** The distinct gap skills the unlocked credentials bring within reach. */
    private static Set<String> unlockedSkills(List<NextSteps.Unlock> unlocks) {
        var skills = new LinkedHashSet<String>();
        unlocks.forEach(u -> u.gapSkills().forEach(s -> skills.add(s.uri())));
        return skills;
    }

    /** The gap skills among those the credential counts for (skill ids), in the gap's order. */
    private List<NextSteps.SkillRef> covered(int[] counts, int[] gapPlace) {
        var found = new ArrayList<Integer>(2);
        for (int id : counts) {
            if (gapPlace[id] >= 0) {
                found.add(id);
            }
        }
        found.sort(Comparator.comparingInt(id -> gapPlace[id]));
        return found.stream().map(id -> ref(index.dense().skill(id))).toList();
    }

    /** What the gains are divided by: the cost, at least 1; 1 when the cost is unknown (such items rank after the known ones anyway). */
    private static double units(Double cost) {
        return cost == null ? 1 : Math.max(cost, 1);
    }

    private NextSteps.SkillRef ref(String skill) {
        return new NextSteps.SkillRef(skill, index.label(skill));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
