package org.credpath.recommend.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.credpath.recommend.engine.NextSteps.SkillRef;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.Totals;
import org.credpath.solver.Units;

/**
 * Employer coverage of a job profile: per-skill teaching credentials, coverage percentages, and the
 * smallest covering bundle by the same exact set cover as routes, with cost one per credential and price
 * as the tie-break. Access does not apply (an employer may enrol staff anywhere) unless
 * {@code openAccessOnly}; entry rules are not planned (the bundle says what to teach, not in which order).
 */
public final class CoverageAnalysis {

    public enum Scope { ALL, ESSENTIAL }

    /**
     * CP-SAT deterministic seconds for the weighted-sum solve before one solve per level. Measured on full ESCO with
     * 20,000 credentials over 203 occupations: bundles whose price tie-break the weighted sum proves slowly (software
     * developer 170 ms, one six-credential bundle 2.1 s, two that hit the 10 s limit) prove faster level by level, while
     * small bundles pay for two solves (median 11 ms weighted sum, 20 ms by levels); this effort keeps the first and
     * takes the second (median 13.5 ms, p90 170 -> 123 ms, p99 7.3 -> 3.1 s, all 203 answers equal or better).
     */
    private static final double WEIGHTED_SUM_EFFORT = 0.005;

    private final SkillIndex index;

    public CoverageAnalysis(SkillIndex index) {
        this.index = index;
    }

    public Coverage cover(GoalProfile goal, Selection selection, int teachersPerSkill, Scope scope, Duration timeLimit) {
        Set<String> everyProvider = index.providers().keySet();
        var usable = new HashMap<String, Boolean>();
        var unknown = new HashSet<String>(); // teachers ruled out only for not stating what a filter asks about
        var perSkill = new ArrayList<Coverage.SkillCoverage>();
        var teachersOf = new LinkedHashMap<String, List<Offering>>();
        int taught = 0;
        int essentialTaught = 0;
        for (var skill : goal.all()) {
            boolean essential = goal.essential().contains(skill);
            var teachers = index.teachers(skill).stream().filter(o -> usable.computeIfAbsent(o.id(), k -> {
                var exclusion = selection.excludes(o, everyProvider);
                if (exclusion != null && exclusion.unknown()) {
                    unknown.add(o.id());
                }
                return exclusion == null;
            })).toList();
            teachersOf.put(skill, teachers);
            if (!teachers.isEmpty()) {
                taught++;
                essentialTaught += essential ? 1 : 0;
            }
            perSkill.add(new Coverage.SkillCoverage(skill, index.label(skill), essential, teachers.size(),
                    Teacher.listed(teachers, index, skill, teachersPerSkill)));
        }
        var bundle = bundle(goal, teachersOf, scope, timeLimit);
        return new Coverage(SkillGap.GoalRef.of(goal), goal.all().size(), taught, SkillGap.percent(taught, goal.all().size()),
                goal.essential().size(), essentialTaught, SkillGap.percent(essentialTaught, goal.essential().size()), unknown.size(),
                perSkill, bundle);
    }

    private Coverage.Bundle bundle(GoalProfile goal, LinkedHashMap<String, List<Offering>> teachersOf, Scope scope, Duration timeLimit) {
        var skills = new ArrayList<>(teachersOf.keySet());
        var all = new ArrayList<Offering>();
        var position = new HashMap<String, Integer>();
        var bySkill = new ArrayList<List<Integer>>();
        for (var skill : skills) {
            var list = new ArrayList<Integer>();
            for (var o : teachersOf.get(skill)) {
                list.add(position.computeIfAbsent(o.id(), k -> {
                    all.add(o);
                    return all.size() - 1;
                }));
            }
            bySkill.add(list);
        }
        var kept = pruned(all, bySkill, skills.size());
        var at = new HashMap<Integer, Integer>();
        for (int k = 0; k < kept.size(); k++) {
            at.put(kept.get(k), k);
        }
        var hard = new ArrayList<int[]>();
        var soft = new ArrayList<int[]>();
        var notTaught = new ArrayList<SkillRef>();
        for (int s = 0; s < skills.size(); s++) {
            var cover = bySkill.get(s).stream().filter(at::containsKey).mapToInt(at::get).toArray();
            if (cover.length == 0) {
                notTaught.add(new SkillRef(skills.get(s), index.label(skills.get(s))));
            } else if (scope == Scope.ALL || goal.essential().contains(skills.get(s))) {
                hard.add(cover);
            } else {
                soft.add(cover);
            }
        }
        var candidates = kept.stream().map(all::get).toList();
        var problem = new SetCover.Problem(candidates, hard, soft, kept.stream().mapToLong(i -> 1).toArray(),
                kept.stream().mapToLong(i -> price(all.get(i))).toArray(), java.util.Map.of(), timeLimit, WEIGHTED_SUM_EFFORT);
        var solution = SetCover.solve(problem, new EntryRules(index, List.of(), java.time.LocalDate.now()));
        var items = new ArrayList<Coverage.BundleItem>();
        for (int k : solution.chosen()) {
            var o = candidates.get(k);
            var counts = index.countsFor(o.id());
            items.add(new Coverage.BundleItem(Teacher.of(o, index),
                    skills.stream().filter(counts::contains).map(s -> index.taught(o, s)).toList()));
        }
        var chosen = solution.chosen().stream().map(candidates::get).toList();
        var totals = Totals.of(chosen);
        return new Coverage.Bundle(scope.name().toLowerCase(), solution.status(), solution.gap(), items.size(),
                totals.ects(), totals.price(), totals.unknownEcts(), totals.unknownPrice(), items, notTaught,
                "minimum set cover, exact (CP-SAT): fewest credentials, then lowest price; dominated credentials pruned",
                all.size(), all.size() - kept.size());
    }

    /**
     * The candidates no other dominates ({@link Dominance}): one unit each, price the tie-break, none with entry rules
     * (a bundle plans none).
     */
    private List<Integer> pruned(List<Offering> all, List<List<Integer>> bySkill, int skillCount) {
        var covers = new BitSet[all.size()];
        for (int i = 0; i < all.size(); i++) {
            covers[i] = new BitSet(skillCount);
        }
        for (int s = 0; s < skillCount; s++) {
            for (int i : bySkill.get(s)) {
                covers[i].set(s);
            }
        }
        var primary = new long[all.size()];
        var secondary = new long[all.size()];
        var free = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            primary[i] = 1;
            secondary[i] = price(all.get(i));
            free[i] = true;
        }
        var ids = all.stream().map(Offering::id).toList();
        var everyone = new BitSet(all.size());
        everyone.set(0, all.size());
        return Dominance.keep(ids, everyone, covers, primary, secondary, free, new BitSet(), bySkill).stream().boxed().toList();
    }

    /** The price the bundle minimises second; an unknown price is pessimistic ({@code CatalogSnapshot.cost}), never free. */
    private long price(Offering o) {
        return Math.round(index.catalog().cost(o, CostMetric.PRICE) * Units.SCALE);
    }
}
