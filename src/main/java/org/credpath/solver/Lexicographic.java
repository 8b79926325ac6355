package org.credpath.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverResponse;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;

/**
 * Minimises a CP-SAT model's objectives in lexicographic order, the one way every exact model of the project
 * (plans, routes, bundles) is solved. When the weighted sum of the levels stays exact ({@link Weights}), one solve of it
 * is the lexicographic optimum; a caller may give that solve a limited effort, after which (or when the sum would not
 * stay exact) the levels are solved one by one, each fixing the optimum of the one before and hinted with its solution.
 * All solves share one deadline. The answer is OPTIMAL when the first level's optimum was proven (a later level that runs
 * out of time keeps the last solution found), FEASIBLE with the gap to the first level's proven bound, INFEASIBLE, or
 * TIMED_OUT when the deadline came before any solution.
 */
public final class Lexicographic {

    /** The least time any solve is given, even at the deadline (both solvers gave it before they shared this helper). */
    private static final double MIN_SECONDS = 0.05;

    private static final class Native {
        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
        }
    }

    /** Loads OR-Tools' native library (once per JVM); call before building a model. */
    public static void loadNative() {
        Native.load();
    }

    public enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, TIMED_OUT }

    /**
     * {@code timeLimit}: the one deadline of all solves. {@code combinedEffort}: CP-SAT deterministic seconds for the
     * weighted-sum solve before it goes on level by level (infinite: the weighted sum alone). {@code tuning}: the caller's
     * measured CP-SAT parameters (one worker is always set).
     */
    public record Options(Duration timeLimit, double combinedEffort, Consumer<SatParameters.Builder> tuning) {

        public static Options within(Duration timeLimit) {
            return new Options(timeLimit, Double.POSITIVE_INFINITY, p -> { });
        }

        public Options tuned(Consumer<SatParameters.Builder> tuning) {
            return new Options(timeLimit, combinedEffort, tuning);
        }

        public Options combinedEffort(double effort) {
            return new Options(timeLimit, effort, tuning);
        }
    }

    /** The solution found (null unless OPTIMAL or FEASIBLE) and the gap of its first level to the proven bound. */
    public record Outcome(Status status, double gap, CpSolverResponse response) {

        public boolean found() {
            return response != null;
        }

        public boolean isTrue(BoolVar v) {
            return response.getSolution(v.getIndex()) != 0;
        }
    }

    private final CpModel model;
    private final List<Level> levels;
    private final BoolVar[] decisions;
    private final Options options;
    private final CpSolver solver = new CpSolver();
    private final long deadline;
    private CpSolverResponse last;

    /**
     * {@code levels}: the objectives, most important first; the first is kept even when it is zero everywhere, later
     * ones are skipped then. {@code decisions}: the variables each level's solution hints to the next.
     */
    private Lexicographic(CpModel model, List<Level> levels, BoolVar[] decisions, Options options) {
        this.model = model;
        this.levels = new ArrayList<>(List.of(levels.get(0)));
        levels.stream().skip(1).filter(l -> !l.isZero()).forEach(this.levels::add);
        this.decisions = decisions;
        this.options = options;
        this.deadline = System.nanoTime() + options.timeLimit().toNanos();
        solver.getParameters().setNumWorkers(1);
        options.tuning().accept(solver.getParameters());
    }

    public static Outcome minimise(CpModel model, List<Level> levels, BoolVar[] decisions, Options options) {
        loadNative();
        return new Lexicographic(model, levels, decisions, options).solve();
    }

    private Outcome solve() {
        var weights = Weights.of(levels);
        if (weights != null) {
            var combined = combined(weights);
            if (combined != null) {
                return combined;
            }
        }
        for (int level = 0; level < levels.size(); level++) {
            var objective = levels.get(level).expression();
            model.minimize(objective);
            var status = run(Double.POSITIVE_INFINITY);
            if (!found(status)) {
                if (level == 0) {
                    return none(status);
                }
                break; // the levels before are solved and fixed; keep the last solution found
            }
            if (status == CpSolverStatus.FEASIBLE && level == 0) {
                return new Outcome(Status.FEASIBLE, gap(solver.objectiveValue(), solver.bestObjectiveBound()), last);
            }
            if (status == CpSolverStatus.FEASIBLE) {
                break; // the first level is proven; only a tie-break ran out of time
            }
            model.addLessOrEqual(objective, levels.get(level).valueIn(last));
            hint();
        }
        return new Outcome(Status.OPTIMAL, 0, last);
    }

    /** The weighted-sum solve: its answer, or null to go on level by level (its best solution, if any, hinted). */
    private Outcome combined(Weights weights) {
        model.minimize(weights.objective(levels));
        var status = run(options.combinedEffort());
        boolean settled = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE;
        if (settled || Double.isInfinite(options.combinedEffort()) || secondsLeft() < MIN_SECONDS) {
            if (!found(status)) {
                return none(status);
            }
            if (status == CpSolverStatus.FEASIBLE) {
                var value = weights.firstLevel(solver.objectiveValue());
                return new Outcome(Status.FEASIBLE, gap(value, weights.firstLevel(solver.bestObjectiveBound())), last);
            }
            return new Outcome(Status.OPTIMAL, 0, last);
        }
        if (found(status)) {
            hint(); // not proven within its effort: the levels start from the best solution found
        }
        return null;
    }

    /** One solve within the time left (and the deterministic effort given); remembers the solution when there is one. */
    private CpSolverStatus run(double effort) {
        solver.getParameters().setMaxTimeInSeconds(Math.max(MIN_SECONDS, secondsLeft())).setMaxDeterministicTime(effort);
        var status = solver.solve(model);
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT rejected the model: " + model.validate());
        }
        if (found(status)) {
            last = solver.response();
        }
        return status;
    }

    private void hint() {
        model.clearHints();
        for (var v : decisions) {
            model.addHint(v, last.getSolution(v.getIndex()) != 0);
        }
    }

    private static Outcome none(CpSolverStatus status) {
        return new Outcome(status == CpSolverStatus.INFEASIBLE ? Status.INFEASIBLE : Status.TIMED_OUT, 1.0, null);
    }

    private static boolean found(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    }

    /** The relative gap of a minimised value to its proven lower bound (zero for a value of zero). */
    static double gap(double value, double bound) {
        return value == 0 ? 0 : Math.max(0, value - bound) / Math.abs(value);
    }

    private double secondsLeft() {
        return (deadline - System.nanoTime()) / 1e9;
    }
}
