package org.credpath.recommend.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

/**
 * Weighted set cover with prerequisites, exact with CP-SAT: a choice per candidate; every hard skill
 * covered by a chosen candidate; each listed candidate's entry rule met by holdings and chosen candidates
 * ({@link PrerequisiteEncoder}), with a strict order among candidates that could support each other in a
 * circle (a strongly connected part of the "may support" graph) so support is well-founded. Objective,
 * lexicographic: primary cost, then soft skills left uncovered, then secondary cost; one weighted sum when
 * it stays exact in 62 bits, else one solve per level fixing the optimum of the one before. A problem may give the
 * weighted sum a limited effort ({@link Problem#combinedEffort()}); when it has not proven the optimum by then, the solve
 * goes on level by level from the best cover found. OPTIMAL when
 * CP-SAT proved the primary optimum; a time limit may end FEASIBLE with the gap to the proven bound. A greedy cover
 * by candidates without entry rules warm-starts the solver and answers (FEASIBLE, gap unknown) when the limit ends
 * before the solver found any; without one, {@link SolverTimeoutException}.
 */
final class SetCover {

    private static final class Native {
        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
        }
    }

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
        Native.load();
        int n = p.candidates().size();
        if (p.hard().isEmpty() && p.soft().isEmpty()) {
            return new Solution(List.of(), "OPTIMAL", 0, 0);
        }
        var model = new CpModel();
        var x = new BoolVar[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        for (var cover : p.hard()) {
            model.addBoolOr(Arrays.stream(cover).mapToObj(i -> x[i]).toArray(BoolVar[]::new));
        }
        var y = new BoolVar[p.soft().size()];
        for (int s = 0; s < y.length; s++) {
            y[s] = model.newBoolVar("y" + s);
            var cover = p.soft().get(s);
            model.addLessOrEqual(y[s], LinearExpr.sum(Arrays.stream(cover).mapToObj(i -> x[i]).toArray(BoolVar[]::new)));
        }
        prerequisites(model, p, x, entry);
        var greedy = greedy(p);
        if (greedy != null) {
            for (int i = 0; i < n; i++) {
                model.addHint(x[i], greedy.get(i));
            }
        }

        var levels = new ArrayList<LinearExpr>();
        levels.add(LinearExpr.weightedSum(x, p.primary()));
        levels.add(LinearExpr.sum(y)); // maximised: written as minimising its negation below
        levels.add(LinearExpr.weightedSum(x, p.secondary()));
        long secondaryTotal = Arrays.stream(p.secondary()).sum();
        long primaryTotal = Arrays.stream(p.primary()).sum();
        long w2 = secondaryTotal + 1;
        long w1 = (y.length + 1L) * w2;
        boolean combined = primaryTotal < Long.MAX_VALUE / 8 / Math.max(1, w1);

        long deadline = System.nanoTime() + p.timeLimit().toNanos();
        var solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(Math.max(0.05, secondsLeft(deadline)));
        // cover clauses enter the LP relaxation only from linearisation level 2; without its bound, proving a set cover
        // optimal over hundreds of candidates ran into the time limit (gaps of 55-100 % at 20,000 credentials)
        solver.getParameters().setLinearizationLevel(2);
        // measured on full ESCO with 20,000 credentials: routes and bundles prove optimal faster with the whole relaxation in
        // the LP from the start and without CP-SAT's cut rounds (software developer's 104-skill bundle 295 -> 156 ms median)
        solver.getParameters().setAddLpConstraintsLazily(false).setCutLevel(0);
        if (combined) {
            model.minimize(LinearExpr.newBuilder().addWeightedSum(x, scale(p.primary(), w1)).addWeightedSum(y, filled(y.length, -w2))
                    .addWeightedSum(x, p.secondary()).build());
            solver.getParameters().setMaxDeterministicTime(p.combinedEffort());
            var status = solver.solve(model);
            if (status == CpSolverStatus.OPTIMAL || Double.isInfinite(p.combinedEffort()) || secondsLeft(deadline) < 0.05) {
                return combinedSolution(p, greedy, solver, status, x, y, w1, w2);
            }
            // not proven within its effort: one objective per level, starting from the best cover found
            solver.getParameters().setMaxDeterministicTime(Double.POSITIVE_INFINITY);
            if (found(status)) {
                hint(model, solver, x);
            }
        }
        for (int level = 0; level < 3; level++) {
            if (level == 1 && y.length == 0) {
                continue; // no soft skills: nothing to maximise
            }
            boolean maximise = level == 1;
            var objective = levels.get(level);
            if (maximise) {
                model.maximize(objective);
            } else {
                model.minimize(objective);
            }
            // the levels share the one time limit
            solver.getParameters().setMaxTimeInSeconds(Math.max(0.05, secondsLeft(deadline)));
            var status = solver.solve(model);
            if (!found(status)) {
                if (level == 0) {
                    return fallback(p, greedy);
                }
                break; // the levels before are solved and fixed; keep the last solution found
            }
            if (status == CpSolverStatus.FEASIBLE && level == 0) {
                double value = solver.objectiveValue();
                return solution(solver, x, y, "FEASIBLE", value == 0 ? 0 : Math.max(0, value - solver.bestObjectiveBound()) / value);
            }
            if (status == CpSolverStatus.FEASIBLE) {
                break; // the primary cost is proven; only a tie-break ran out of time
            }
            long best = Math.round(solver.objectiveValue());
            if (maximise) {
                model.addGreaterOrEqual(objective, best);
            } else {
                model.addLessOrEqual(objective, best);
            }
            hint(model, solver, x);
        }
        return solution(solver, x, y, "OPTIMAL", 0);
    }

    private static Solution combinedSolution(Problem p, java.util.BitSet greedy, CpSolver solver, CpSolverStatus status,
                                             BoolVar[] x, BoolVar[] y, long w1, long w2) {
        if (!found(status)) {
            return fallback(p, greedy);
        }
        if (status == CpSolverStatus.FEASIBLE) {
            double value = Math.floor((solver.objectiveValue() + w2 * y.length) / w1);
            double bound = Math.floor((solver.bestObjectiveBound() + w2 * y.length) / w1);
            return solution(solver, x, y, "FEASIBLE", value == 0 ? 0 : Math.max(0, value - bound) / value);
        }
        return solution(solver, x, y, "OPTIMAL", 0);
    }

    private static double secondsLeft(long deadline) {
        return (deadline - System.nanoTime()) / 1e9;
    }

    private static void hint(CpModel model, CpSolver solver, BoolVar[] x) {
        model.clearHints();
        for (var v : x) {
            model.addHint(v, solver.booleanValue(v));
        }
    }

    private static boolean found(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
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

    private static Solution solution(CpSolver solver, BoolVar[] x, BoolVar[] y, String status, double gap) {
        var chosen = new ArrayList<Integer>();
        for (int i = 0; i < x.length; i++) {
            if (solver.booleanValue(x[i])) {
                chosen.add(i);
            }
        }
        int uncovered = 0;
        for (var v : y) {
            uncovered += solver.booleanValue(v) ? 0 : 1;
        }
        return new Solution(chosen, status, gap, uncovered);
    }

    /** Entry rules of candidates, ranked where candidates could support each other in a circle. */
    private static void prerequisites(CpModel model, Problem p, BoolVar[] x, EntryRules entry) {
        if (p.prerequisites().isEmpty()) {
            return;
        }
        var graph = new DefaultDirectedGraph<Integer, DefaultEdge>(DefaultEdge.class);
        var supporters = PrerequisiteEncoder.supportGraph(p.prerequisites(), p.candidates(), entry);
        supporters.forEach((i, list) -> {
            graph.addVertex(i);
            list.forEach(j -> {
                graph.addVertex(j);
                graph.addEdge(j, i);
            });
        });
        var circle = new HashMap<Integer, Integer>();
        var parts = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        for (int c = 0; c < parts.size(); c++) {
            if (parts.get(c).size() > 1) {
                for (var v : parts.get(c)) {
                    circle.put(v, c);
                }
            }
        }
        var ranks = new HashMap<Integer, IntVar>();
        var encoder = new PrerequisiteEncoder(model, entry, p.candidates(), (j, i) -> {
            var cj = circle.get(j);
            if (cj == null || !cj.equals(circle.get(i))) {
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

    private static long[] scale(long[] values, long factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }

    private static long[] filled(int n, long value) {
        var a = new long[n];
        Arrays.fill(a, value);
        return a;
    }
}
