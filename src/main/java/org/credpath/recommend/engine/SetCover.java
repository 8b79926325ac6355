package org.credpath.recommend.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.graph.Circles;
import org.credpath.solver.Level;
import org.credpath.solver.Lexicographic;
import org.credpath.solver.SolverTimeoutException;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.SatParameters;

/**
 * Weighted set cover with prerequisites, exact with CP-SAT: a choice per candidate; every hard skill
 * covered by a chosen candidate; each listed candidate's entry rule met by holdings and chosen candidates
 * ({@link PrerequisiteEncoder}), with a strict order among candidates that could support each other in a
 * circle (a strongly connected part of the "may support" graph) so support is well-founded. Objective,
 * lexicographic: primary cost, then soft skills left uncovered, then secondary cost, solved by the project's
 * {@link Lexicographic} helper (one weighted sum when it stays exact, else one solve per level). A problem may give the
 * weighted sum a limited effort ({@link Problem#combinedEffort()}); when it has not proven the optimum by then, the solve
 * goes on level by level from the best cover found. OPTIMAL when CP-SAT proved the primary optimum; a time limit may end
 * FEASIBLE with the gap to the proven bound. A greedy cover by candidates without entry rules warm-starts the solver and
 * answers (FEASIBLE, gap 1.0: nothing better than zero proven) when the limit ends before the solver found any; without
 * one, {@link SolverTimeoutException}.
 */
final class SetCover {

    /**
     * {@code hard}/{@code soft}: per skill, the indices of the candidates covering it (a hard one needs at least one).
     * {@code combinedEffort}: CP-SAT deterministic seconds for the one weighted-sum solve before the solve goes on level
     * by level; infinite for the weighted sum alone.
     */
    record Problem(List<Offering> candidates, List<int[]> hard, List<int[]> soft, long[] primary, long[] secondary,
                   Map<Integer, Rule> prerequisites, Duration timeLimit, double combinedEffort) {

        Problem(List<Offering> candidates, List<int[]> hard, List<int[]> soft, long[] primary, long[] secondary,
                Map<Integer, Rule> prerequisites, Duration timeLimit) {
            this(candidates, hard, soft, primary, secondary, prerequisites, timeLimit, Double.POSITIVE_INFINITY);
        }
    }

    record Solution(List<Integer> chosen, String status, double gap, int softUncovered) {
    }

    static Solution solve(Problem p, EntryRules entry) {
        if (p.hard().isEmpty() && p.soft().isEmpty()) {
            return new Solution(List.of(), "OPTIMAL", 0, 0);
        }
        Lexicographic.loadNative();
        var model = new CpModel();
        var x = new BoolVar[p.candidates().size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        coverHardSkills(model, p, x);
        var y = countSoftSkills(model, p, x);
        meetEntryRules(model, p, x, entry);
        var greedy = greedy(p);
        if (greedy != null) {
            for (int i = 0; i < x.length; i++) {
                model.addHint(x[i], greedy.get(i));
            }
        }
        var levels = List.of(new Level(x, p.primary()), Level.maximiseCount(y), new Level(x, p.secondary()));
        var outcome = Lexicographic.minimise(model, levels, x, Lexicographic.Options.within(p.timeLimit())
                .combinedEffort(p.combinedEffort()).tuned(SetCover::tune));
        return outcome.found() ? solution(outcome, x, y) : fallback(p, greedy);
    }

    /** CP-SAT parameters measured on set covers. */
    private static void tune(SatParameters.Builder parameters) {
        // cover clauses enter the LP relaxation only from linearisation level 2; without its bound, proving a set cover
        // optimal over hundreds of candidates ran into the time limit (gaps of 55-100 % at 20,000 credentials)
        parameters.setLinearizationLevel(2);
        // measured on full ESCO with 20,000 credentials: routes and bundles prove optimal faster with the whole relaxation in
        // the LP from the start and without CP-SAT's cut rounds (software developer's 104-skill bundle 295 -> 156 ms median)
        parameters.setAddLpConstraintsLazily(false).setCutLevel(0);
    }

    /** Enforces: every hard skill is covered by a chosen candidate. */
    private static void coverHardSkills(CpModel model, Problem p, BoolVar[] x) {
        for (var cover : p.hard()) {
            model.addBoolOr(Arrays.stream(cover).mapToObj(i -> x[i]).toArray(BoolVar[]::new));
        }
    }

    /** Enforces: a soft skill counts as covered (its literal, returned) only when a chosen candidate covers it. */
    private static BoolVar[] countSoftSkills(CpModel model, Problem p, BoolVar[] x) {
        var y = new BoolVar[p.soft().size()];
        for (int s = 0; s < y.length; s++) {
            y[s] = model.newBoolVar("y" + s);
            var cover = p.soft().get(s);
            model.addLessOrEqual(y[s], LinearExpr.sum(Arrays.stream(cover).mapToObj(i -> x[i]).toArray(BoolVar[]::new)));
        }
        return y;
    }

    /**
     * A cover by candidates that need no entry rule met, greedily (most uncovered hard skills per primary cost
     * first): a warm start for the solver, and the answer when its time limit ends before it finds one. Null when
     * some hard skill only candidates with entry rules cover.
     */
    static java.util.BitSet greedy(Problem p) {
        var chosen = new java.util.BitSet(p.candidates().size());
        var uncovered = new java.util.BitSet(p.hard().size());
        uncovered.set(0, p.hard().size());
        var bySkill = p.hard();
        while (!uncovered.isEmpty()) {
            int best = -1;
            double bestRatio = -1;
            var gain = new HashMap<Integer, Integer>();
            for (int s = uncovered.nextSetBit(0); s >= 0; s = uncovered.nextSetBit(s + 1)) {
                for (int i : bySkill.get(s)) {
                    if (!p.prerequisites().containsKey(i)) {
                        gain.merge(i, 1, Integer::sum);
                    }
                }
            }
            for (var e : gain.entrySet()) {
                double ratio = e.getValue() / (double) Math.max(1, p.primary()[e.getKey()]);
                if (ratio > bestRatio || ratio == bestRatio && e.getKey() < best) {
                    best = e.getKey();
                    bestRatio = ratio;
                }
            }
            if (best < 0) {
                return null;
            }
            chosen.set(best);
            for (int s = uncovered.nextSetBit(0); s >= 0; s = uncovered.nextSetBit(s + 1)) {
                if (Arrays.stream(bySkill.get(s)).anyMatch(i -> chosen.get(i))) {
                    uncovered.clear(s);
                }
            }
        }
        return chosen;
    }

    private static Solution fallback(Problem p, java.util.BitSet greedy) {
        if (greedy == null) {
            throw new SolverTimeoutException("route", p.timeLimit());
        }
        int softUncovered = 0;
        for (var cover : p.soft()) {
            softUncovered += Arrays.stream(cover).anyMatch(greedy::get) ? 0 : 1;
        }
        // no better bound than zero was proven: the gap to it is 100 %
        return new Solution(greedy.stream().boxed().toList(), "FEASIBLE", 1.0, softUncovered);
    }

    private static Solution solution(Lexicographic.Outcome outcome, BoolVar[] x, BoolVar[] y) {
        var chosen = new ArrayList<Integer>();
        for (int i = 0; i < x.length; i++) {
            if (outcome.isTrue(x[i])) {
                chosen.add(i);
            }
        }
        int uncovered = 0;
        for (var v : y) {
            uncovered += outcome.isTrue(v) ? 0 : 1;
        }
        return new Solution(chosen, outcome.status().name(), outcome.gap(), uncovered);
    }

    /**
     * Enforces: each listed candidate's entry rule is met by holdings and chosen candidates ({@link PrerequisiteEncoder});
     * where candidates could support each other in a circle, one counts toward another only when ranked strictly before it.
     */
    private static void meetEntryRules(CpModel model, Problem p, BoolVar[] x, EntryRules entry) {
        if (p.prerequisites().isEmpty()) {
            return;
        }
        var circles = Circles.ofPredecessors(PrerequisiteEncoder.supportGraph(p.prerequisites(), p.candidates(), entry));
        var ranks = new HashMap<Integer, IntVar>();
        var encoder = new PrerequisiteEncoder(model, entry, p.candidates(), (j, i) -> {
            if (!circles.sameCircle(j, i)) {
                return x[j];
            }
            var support = model.newBoolVar("support_" + j + "_" + i);
            model.addImplication(support, x[j]);
            var before = ranks.computeIfAbsent(j, k -> model.newIntVar(0, x.length, "rank" + k));
            var after = ranks.computeIfAbsent(i, k -> model.newIntVar(0, x.length, "rank" + k));
            model.addLessThan(before, after).onlyEnforceIf(support);
            return support;
        });
        p.prerequisites().forEach((i, rule) -> model.addLessOrEqual(x[i], encoder.encode(rule, i)));
    }
}
