package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.recommend.engine.NextSteps.SkillRef;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.catalog.snapshot.Totals;
import org.credpath.solver.Units;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.TermScheduler;

/**
 * The full route to a skill goal: weighted set cover of the essential gap with prerequisite closure
 * ({@link RoutePool}, {@link Dominance} and {@link SupportDominance}, {@link SetCover}), lexicographic cost (the chosen metric, then
 * optional gap skills left uncovered, then the next metric: price after ECTS, ECTS after price or weeks),
 * ordered into terms by the stacking engine's {@link TermScheduler}.
 */
public final class RoutePlanner {

    private final SkillIndex index;
    private final SolveOptions options;

    public RoutePlanner(SkillIndex index, SolveOptions options) {
        this.index = index;
        this.options = options;
    }

    public Route route(LearnerState learner, GoalProfile goal, Selection selection) {
        long started = System.nanoTime();
        var held = new HeldSkills(index, learner);
        var essential = goal.essential().stream().filter(s -> !held.holds(s)).toList();
        var optional = goal.optional().stream().filter(s -> !held.holds(s)).toList();
        var entry = new EntryRules(index, learner.validHoldings(index), learner.date());
        var enrolled = learner.enrolledAt(index);
        var gapSkills = new ArrayList<String>(essential);
        gapSkills.addAll(optional);
        var unknown = new HashSet<String>(); // ruled out only for not stating what a filter asks about
        var pool = new RoutePool(index, gapSkills, o -> index.takeable(o) && !held.holdsCourse(o.id())
                && allowed(selection.excludes(o, enrolled), o, unknown), entry);

        var all = pool.members.list();
        var gap = gap(pool, gapSkills);
        var kept = reduce(pool, entry, gap.covers(), gap.primary(), gap.secondary(), gap.free(), gap.bySkill()).stream().boxed().toList();
        var candidates = kept.stream().map(all::get).toList();
        var position = new HashMap<Integer, Integer>();
        for (int k = 0; k < kept.size(); k++) {
            position.put(kept.get(k), k);
        }
        var skills = skills(gapSkills, essential.size(), gap.bySkill(), position);
        var rules = new HashMap<Integer, Rule>();
        for (int k = 0; k < candidates.size(); k++) {
            var rule = pool.needsRule(kept.get(k));
            if (rule != null) {
                rules.put(k, rule);
            }
        }
        var problem = new SetCover.Problem(candidates, skills.hard(), skills.soft(), kept.stream().mapToLong(i -> gap.primary()[i]).toArray(),
                kept.stream().mapToLong(i -> gap.secondary()[i]).toArray(), rules, options.timeLimit());
        var solution = SetCover.solve(problem, entry);
        var chosen = solution.chosen().stream().map(candidates::get).toList();
        return result(learner, goal, held, essential, optional, skills.hardSkills(), skills.untaught(),
                new Excluded(skills.excluded(), unknown.size()), chosen, solution, entry, pool.reachable.cardinality(), pool.reachable.cardinality() - kept.size(), started);
    }

    /** Per pool member: the gap skills it covers (and per skill its members), its two costs, and whether it needs nothing. */
    private record Gap(BitSet[] covers, List<List<Integer>> bySkill, long[] primary, long[] secondary, boolean[] free) {
    }

    private Gap gap(RoutePool pool, List<String> gapSkills) {
        var all = pool.members.list();
        var dense = index.dense();
        var gapAt = new int[dense.skillCount()]; // per skill id, its place in gapSkills, or -1
        Arrays.fill(gapAt, -1);
        for (int s = 0; s < gapSkills.size(); s++) {
            int id = dense.skillId(gapSkills.get(s));
            if (id >= 0) {
                gapAt[id] = s;
            }
        }
        var gap = new Gap(new BitSet[all.size()], new ArrayList<>(), new long[all.size()], new long[all.size()], new boolean[all.size()]);
        gapSkills.forEach(s -> gap.bySkill().add(new ArrayList<>()));
        for (int i = 0; i < all.size(); i++) {
            var o = all.get(i);
            gap.covers()[i] = new BitSet(gapSkills.size());
            for (int id : dense.counts(pool.catalogAt[i])) {
                int s = gapAt[id];
                if (s >= 0) {
                    gap.covers()[i].set(s);
                    gap.bySkill().get(s).add(i);
                }
            }
            gap.primary()[i] = scaled(index.catalog(), o, options.metric());
            gap.secondary()[i] = scaled(index.catalog(), o, next(options.metric()));
            gap.free()[i] = pool.reachable.get(i) && pool.needsRule(i) == null;
        }
        return gap;
    }

    /** The gap skills split: hard (essential) and soft (optional) covers over the kept candidates, and the essential ones none covers. */
    private record Skills(List<int[]> hard, List<int[]> soft, List<String> hardSkills, List<SkillRef> untaught, List<SkillRef> excluded) {
    }

    private Skills skills(List<String> gapSkills, int essentials, List<List<Integer>> bySkill, Map<Integer, Integer> position) {
        var skills = new Skills(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int s = 0; s < gapSkills.size(); s++) {
            var cover = bySkill.get(s).stream().filter(position::containsKey).mapToInt(position::get).toArray();
            boolean isEssential = s < essentials;
            if (cover.length == 0) {
                if (isEssential) {
                    (index.teachers(gapSkills.get(s)).isEmpty() ? skills.untaught() : skills.excluded()).add(ref(gapSkills.get(s)));
                }
                continue;
            }
            if (isEssential) {
                skills.hard().add(cover);
                skills.hardSkills().add(gapSkills.get(s));
            } else {
                skills.soft().add(cover);
            }
        }
        return skills;
    }

    /**
     * The candidates left once no dominance rule removes any more: {@link Dominance} among teachers, then
     * {@link SupportDominance} among pure supporters, again and again, each round only over what the round before
     * kept. A removed candidate is in no optimal route of the reduced problem, so its entry rule no longer asks for
     * supporters and candidates that served only it may go in the next round; each round keeps the optimum, so
     * the last does too.
     */
    private static BitSet reduce(RoutePool pool, EntryRules entry, BitSet[] covers, long[] primary, long[] secondary,
                                 boolean[] free, List<List<Integer>> bySkill) {
        var ids = pool.members.list().stream().map(Offering::id).toList();
        var alive = pool.reachable;
        var idRank = Arrays.stream(pool.catalogAt).map(pool.catalog::idRank).toArray();
        var strictOrder = SupportDominance.strictOrder(alive, primary, secondary, idRank);
        while (true) {
            var kept = Dominance.keep(ids, alive, covers, primary, secondary, free, pool.supporters(entry, alive), bySkill);
            var rules = kept.stream().mapToObj(pool::needsRule).filter(java.util.Objects::nonNull).toList();
            kept.andNot(SupportDominance.dropped(pool.members, strictOrder, kept, covers, primary, secondary, free, rules, entry));
            if (kept.equals(alive)) {
                return kept;
            }
            alive = kept;
        }
    }

    private Route result(LearnerState learner, GoalProfile goal, HeldSkills held, List<String> essential, List<String> optional,
                         List<String> hardSkills, List<SkillRef> untaught, Excluded excluded, List<Offering> chosen,
                         SetCover.Solution solution, EntryRules entry, int candidates, int pruned, long started) {
        var needs = needs(chosen, entry);
        var terms = new TermScheduler(options.termCredits()).schedule(chosen, needs);
        var termOf = new HashMap<String, Integer>();
        terms.forEach(t -> t.credentials().forEach(c -> termOf.put(c, t.number())));
        var prerequisiteFor = new HashMap<String, List<String>>();
        needs.forEach((c, list) -> list.forEach(n -> prerequisiteFor.computeIfAbsent(n, k -> new ArrayList<>()).add(c)));
        var essentialSet = new HashSet<>(essential);
        var optionalSet = new HashSet<>(optional);
        var coveredOptional = new HashSet<String>();
        var steps = new ArrayList<Route.Step>();
        for (var o : chosen.stream().sorted(Comparator.comparing((Offering o) -> termOf.get(o.id())).thenComparing(Offering::id)).toList()) {
            var counts = index.countsFor(o.id());
            var e = essential.stream().filter(counts::contains).map(s -> index.taught(o, s)).toList();
            var opt = optional.stream().filter(counts::contains).map(s -> index.taught(o, s)).toList();
            opt.forEach(s -> coveredOptional.add(s.uri()));
            var served = prerequisiteFor.getOrDefault(o.id(), List.of()).stream().sorted().toList();
            steps.add(new Route.Step(Teacher.of(o, index), termOf.get(o.id()), o.durationWeeks(), e, opt, served));
        }
        int heldEssential = goal.essential().size() - essentialSet.size();
        double after = SkillGap.percent(heldEssential + hardSkills.size(), goal.essential().size());
        var totals = Totals.of(chosen);
        return new Route(SkillGap.GoalRef.of(goal), solution.status(), solution.gap(), options.metric(),
                "weighted set cover with prerequisite closure, exact (CP-SAT); dominated candidates pruned; lexicographic "
                        + options.metric() + ", then optional gap skills uncovered, then " + next(options.metric())
                        + "; unknown costs at more than the catalog's largest known one",
                totals.ects(), totals.price(), totals.weeks(), totals.unknownEcts(), totals.unknownPrice(), totals.unknownWeeks(),
                essential.size(), hardSkills.size(), optionalSet.size(), coveredOptional.size(), after, untaught, excluded.skills(),
                excluded.forUnknown(), steps, terms, candidates, pruned, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * What each chosen credential's entry rule relies on among the chosen: built in the order the fixpoint
     * admits them, so the relation is acyclic (a credential relies only on those admitted before it).
     */
    private Map<String, Set<String>> needs(List<Offering> chosen, EntryRules entry) {
        var needs = new HashMap<String, Set<String>>();
        var admitted = new ArrayList<Offering>();
        var left = new ArrayList<Offering>();
        for (var o : chosen) {
            if (entry.openNow(o.id())) {
                admitted.add(o);
            } else {
                left.add(o);
            }
        }
        boolean grew = true;
        while (grew && !left.isEmpty()) {
            grew = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                var o = it.next();
                var rule = index.catalog().prerequisites(o.id()).orElseThrow();
                if (entry.met(rule, admitted)) {
                    var used = new LinkedHashSet<String>();
                    for (var a : admitted) {
                        boolean[] hit = {false};
                        rule.forEachLeaf(leaf -> hit[0] |= LeafCredits.of(leaf, a, entry.catalog()) != null);
                        if (hit[0]) {
                            used.add(a.id());
                        }
                    }
                    needs.put(o.id(), used);
                    admitted.add(o);
                    it.remove();
                    grew = true;
                }
            }
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException("Entry rules of " + left.get(0).id() + " are not met by the route");
        }
        return needs;
    }

    static CostMetric next(CostMetric metric) {
        return metric == CostMetric.ECTS ? CostMetric.PRICE : CostMetric.ECTS;
    }

    /** Essential gap skills only ruled-out credentials teach, and how many candidates were ruled out for an unknown attribute. */
    private record Excluded(List<SkillRef> skills, int forUnknown) {
    }

    /** Whether nothing rules the candidate out; one ruled out for an unknown attribute is remembered in {@code unknown}. */
    private static boolean allowed(Selection.Exclusion exclusion, Offering o, Set<String> unknown) {
        if (exclusion != null && exclusion.unknown()) {
            unknown.add(o.id());
        }
        return exclusion == null;
    }

    /** The solver's cost: known, or the catalog's pessimistic stand-in for an unknown one ({@link CatalogSnapshot#cost}). */
    static long scaled(CatalogSnapshot catalog, Offering o, CostMetric metric) {
        return Math.round(catalog.cost(o, metric) * Units.SCALE);
    }

    private SkillRef ref(String skill) {
        return new SkillRef(skill, index.label(skill));
    }
}
