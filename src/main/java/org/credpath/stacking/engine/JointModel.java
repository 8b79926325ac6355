package org.credpath.stacking.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.solver.Lexicographic;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * Several targets' exact audit models ({@link AuditModel}, each with its own rules' semantics) in one CP-SAT model, tied
 * by the overlap caps: a holding "counts toward" a target when it is placed at any of its leaves; for each pair of
 * targets, the holdings counting toward both are at most the pair's cap, and a target's {@code maxSharedCredits} bounds the
 * credits of its holdings that count toward any other. Objective, in lexicographic order: the number of targets met, the
 * credits counted over all targets (thousandths), then the fewest holdings counted toward two targets (each pair counted).
 */
final class JointModel {

    /** Per target, the holdings placed at some leaf of it; {@code optimal}: CP-SAT proved the objective. */
    record Solution(List<Set<Integer>> placed, boolean optimal) {
    }

    private final CpModel model = new CpModel();
    private final List<AuditModel> audits = new ArrayList<>();
    /** Per target and holding: "counts toward the target" (null where it matches no leaf of it). */
    private final List<Literal[]> counts = new ArrayList<>();
    private final List<Holding> holdings;
    private final CatalogSnapshot catalog;

    JointModel(CatalogSnapshot catalog, List<JointAudit.Part> parts, List<Holding> holdings) {
        Lexicographic.loadNative();
        this.holdings = holdings;
        this.catalog = catalog;
        for (var part : parts) {
            var audit = new AuditModel(model, part.tree(), part.eligibility(), part.evaluator(), false);
            audits.add(audit);
            var here = new Literal[holdings.size()];
            for (int h = 0; h < holdings.size(); h++) {
                var candidates = part.eligibility().byHolding.get(h);
                if (candidates.size() == 1) {
                    here[h] = audit.placed(candidates.get(0));
                } else if (!candidates.isEmpty()) {
                    var any = model.newBoolVar("counts" + h);
                    candidates.forEach(c -> model.addImplication(audit.placed(c), any));
                    here[h] = any;
                }
            }
            counts.add(here);
        }
    }

    Solution solve(List<String> targets, OverlapCaps caps, Duration timeLimit) {
        var met = new ArrayList<LinearArgument>();
        var counted = new ArrayList<LinearArgument>();
        long maxCounted = 0;
        for (var audit : audits) {
            var root = audit.root();
            met.add(AuditConstraints.term(root.met()));
            counted.add(root.counted());
            maxCounted += root.max();
        }
        var shared = sharing(targets, caps);
        long perCredit = shared.size() + 1L;
        long perMet = (maxCounted + 1) * perCredit;
        var terms = new ArrayList<LinearArgument>();
        var weights = new ArrayList<Long>();
        met.forEach(m -> { terms.add(m); weights.add(perMet); });
        counted.forEach(c -> { terms.add(c); weights.add(perCredit); });
        shared.forEach(s -> { terms.add(s); weights.add(-1L); });
        model.maximize(LinearExpr.weightedSum(terms.toArray(LinearArgument[]::new), weights.stream().mapToLong(Long::longValue).toArray()));
        var solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(Math.max(0.05, timeLimit.toMillis() / 1000.0)).setLinearizationLevel(2);
        var status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        var placed = new ArrayList<Set<Integer>>();
        for (var audit : audits) {
            var here = new HashSet<Integer>();
            audit.assignment(solver).forEach(leaf -> leaf.forEach(c -> here.add(c.holding())));
            placed.add(here);
        }
        return new Solution(placed, status == CpSolverStatus.OPTIMAL);
    }

    /** States every pair's cap and every credit cap; answers the "counts toward both" literals (one per pair and holding). */
    private List<BoolVar> sharing(List<String> targets, OverlapCaps caps) {
        var all = new ArrayList<BoolVar>();
        var anyShared = new ArrayList<BoolVar[]>();
        for (int t = 0; t < targets.size(); t++) {
            anyShared.add(caps.maxSharedCredits(targets.get(t)) == null ? null : new BoolVar[holdings.size()]);
        }
        for (int a = 0; a < targets.size(); a++) {
            for (int b = a + 1; b < targets.size(); b++) {
                int max = caps.max(targets.get(a), targets.get(b));
                var pair = new ArrayList<BoolVar>();
                for (int h = 0; h < holdings.size(); h++) {
                    var inA = counts.get(a)[h];
                    var inB = counts.get(b)[h];
                    if (inA == null || inB == null) {
                        continue;
                    }
                    var both = model.newBoolVar("both" + h);
                    model.addBoolOr(new Literal[] {inA.not(), inB.not(), both}); // both >= inA + inB - 1
                    pair.add(both);
                    markShared(anyShared, a, h, both);
                    markShared(anyShared, b, h, both);
                }
                if (max != OverlapCaps.UNLIMITED && !pair.isEmpty()) {
                    model.addLessOrEqual(LinearExpr.sum(pair.toArray(BoolVar[]::new)), max);
                }
                all.addAll(pair);
            }
        }
        for (int t = 0; t < targets.size(); t++) {
            var limit = caps.maxSharedCredits(targets.get(t));
            if (limit != null) {
                limitCredits(anyShared.get(t), limit);
            }
        }
        return all;
    }

    private void markShared(List<BoolVar[]> anyShared, int t, int h, BoolVar both) {
        var shared = anyShared.get(t);
        if (shared == null) {
            return;
        }
        if (shared[h] == null) {
            shared[h] = model.newBoolVar("shared" + h);
        }
        model.addImplication(both, shared[h]);
    }

    /** The ECTS of holdings that count toward this target and another stay within its maxSharedCredits. */
    private void limitCredits(BoolVar[] shared, double limit) {
        var vars = new ArrayList<BoolVar>();
        var weights = new ArrayList<Long>();
        for (int h = 0; h < shared.length; h++) {
            if (shared[h] != null) {
                vars.add(shared[h]);
                weights.add(AuditModel.millis(catalog.offering(holdings.get(h).credential()).orElseThrow().credits()));
            }
        }
        if (!vars.isEmpty()) {
            model.addLessOrEqual(LinearExpr.weightedSum(vars.toArray(BoolVar[]::new), weights.stream().mapToLong(Long::longValue).toArray()),
                    AuditModel.millis(limit));
        }
    }
}
