package org.credpath.stacking.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Rule;
import org.credpath.solver.Lexicographic;
import org.credpath.stacking.engine.AuditConstraints.Counted;
import org.credpath.stacking.engine.AuditConstraints.Ranking;
import org.credpath.stacking.engine.AuditConstraints.Slot;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * The audit's assignment problem as a CP-SAT model with exactly {@link TreeEvaluator}'s semantics, for trees
 * where the branch and bound grows (long explicit lists under k-of-n and credit sums, a holding matching many
 * of them): maximise met, then credits counted (thousandths), over which leaf each holding counts at.
 *
 * <p>Every node's met flag and counted credits are pinned to their exact value by equalities, not bounded:
 * an understated "met" could let a k-of-n parent rank an unmet item above it and so count more than the
 * rules allow. A k-of-n (or {@code maxCountedItems}) keeps its best items, met ones first, then by credits: a
 * selection of exactly that many items, where an item left out never outranks one kept. Subtrees no holding
 * can reach are constants (waived conditions), worked out by the evaluator on the empty assignment.
 */
final class AuditModel {

    /** A node's value: whether it is met and what it counts (thousandths of a credit), with an upper bound on the latter. */
    record Value(Literal met, LinearArgument counted, long max) {
    }

    /** {@code bound}: the best objective proven possible (met x weight + thousandths counted; {@link #score}). */
    record Solution(List<List<Candidate>> assignment, boolean optimal, long bound) {
    }

    private final CpModel model;
    private final AuditConstraints rules;
    private final IndexedTree tree;
    private final Map<Rule, TreeEvaluator.NodeResult> empty;
    private final List<List<Candidate>> atLeaf = new ArrayList<>();
    private final Map<Candidate, BoolVar> placed = new IdentityHashMap<>();
    private final Map<Rule, Boolean> reachable = new IdentityHashMap<>();
    private final boolean relaxed;
    private long rootWeight;

    /**
     * {@code relaxed}: the evaluator's upper bound instead ({@link TreeEvaluator#upperBound}: items ranked by
     * credits alone, so counting more never counts less): every value only bounded from above, a model the LP
     * relaxation holds tightly. Its optimum bounds the real one; when the real score of its assignment reaches
     * that bound, the assignment is optimal.
     */
    AuditModel(IndexedTree tree, Eligibility eligibility, TreeEvaluator evaluator, boolean relaxed) {
        this(new CpModel(), tree, eligibility, evaluator, relaxed);
    }

    /** The exact model of one target's rules inside {@code model}, which states more (a joint audit of several targets). */
    AuditModel(CpModel model, IndexedTree tree, Eligibility eligibility, TreeEvaluator evaluator, boolean relaxed) {
        Lexicographic.loadNative();
        this.model = model;
        this.tree = tree;
        this.relaxed = relaxed;
        this.rules = new AuditConstraints(model, relaxed);
        var nothing = new ArrayList<List<Candidate>>();
        tree.leaves.forEach(leaf -> {
            atLeaf.add(new ArrayList<>());
            nothing.add(new ArrayList<>());
        });
        this.empty = evaluator.details(nothing);
        for (var candidates : eligibility.units) {
            var vars = new ArrayList<Literal>();
            for (var candidate : candidates) {
                var x = model.newBoolVar("h" + candidate.holding() + "@" + candidate.leaf());
                placed.put(candidate, x);
                atLeaf.get(candidate.leaf()).add(candidate);
                vars.add(x);
            }
            countsOnceAtMost(vars);
        }
        markReachable(tree.root);
    }

    /** The best assignment within {@code timeLimit}, starting from {@code hint}; optimal when the solver proved it. */
    Solution solve(List<List<Candidate>> hint, Duration timeLimit) {
        var root = value(tree.root, false);
        rootWeight = root.max() + 1;
        model.maximize(LinearExpr.weightedSum(new LinearArgument[] {AuditConstraints.term(root.met()), root.counted()}, new long[] {rootWeight, 1}));
        hint.forEach(leaf -> leaf.forEach(c -> model.addHint(placed.get(c), true)));
        var solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(Math.max(0.01, timeLimit.toMillis() / 1000.0))
                .setLinearizationLevel(2).setSymmetryLevel(0).setCpModelProbingLevel(0); // measured: 8.8 -> 7.6 ms CPU at 40 courses
        var status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Solution(hint, false, Long.MAX_VALUE);
        }
        return new Solution(assignment(solver), status == CpSolverStatus.OPTIMAL, Math.round(solver.bestObjectiveBound()));
    }

    /** The root's value (met, counted), stated once, for a model that ranks several targets together. */
    Value root() {
        return value(tree.root, false);
    }

    /** The literal "this candidate counts here" (per leaf and holding, see {@link Eligibility#units}). */
    BoolVar placed(Candidate candidate) {
        return placed.get(candidate);
    }

    /** The candidates placed at each leaf in a solution of the model. */
    List<List<Candidate>> assignment(CpSolver solver) {
        var assignment = new ArrayList<List<Candidate>>();
        for (var leaf : atLeaf) {
            assignment.add(new ArrayList<>(leaf.stream().filter(c -> solver.booleanValue(placed.get(c))).toList()));
        }
        return assignment;
    }

    /** The objective of a score, comparable with {@link Solution#bound}. */
    long score(TreeEvaluator.Score score) {
        return (score.met() ? rootWeight : 0) + score.countedMillis();
    }

    /** A holding counts at one leaf at most (per counting block, with double counting). */
    private void countsOnceAtMost(List<Literal> vars) {
        if (vars.size() > 1) {
            model.addAtMostOne(vars);
        }
    }

    private boolean markReachable(Rule rule) {
        boolean any = rule instanceof Rule.Group g
                ? g.children().stream().map(this::markReachable).reduce(false, Boolean::logicalOr)
                : tree.leafIndex.containsKey(rule) && !atLeaf.get(tree.leafIndex.get(rule)).isEmpty();
        reachable.put(rule, any);
        return any;
    }

    /**
     * The node's value. {@code exact}: its counted credits must equal the rules' value, because a credit sum
     * above decides "met" by them; elsewhere counted credits are only bounded from above and the maximisation
     * lifts them, since counting less never lets an ancestor count more once every "met" is exact.
     */
    private Value value(Rule rule, boolean exact) {
        if (!reachable.get(rule)) {
            var result = empty.get(rule);
            long counted = millis(result.counted());
            return new Value(rules.constant(result.met()), LinearExpr.constant(counted), counted);
        }
        if (rule instanceof Rule.Group g) {
            var value = group(g, !relaxed && (exact || g.kind() == Rule.Kind.AT_LEAST_CREDITS));
            return g.limits().gated() ? new Value(value.met(), rules.onlyWhenMet(value.met(), value.counted(), value.max()), value.max())
                    : value;
        }
        var here = atLeaf.get(tree.leafIndex.get(rule));
        if (rule instanceof Rule.CredentialLeaf) {
            return credentialLeaf(here);
        }
        return filterLeafBest(here);
    }

    /** A credential leaf takes one holding: met when it has one, counting that holding's credits. */
    private Value credentialLeaf(List<Candidate> here) {
        var vars = here.stream().map(placed::get).toArray(Literal[]::new);
        if (vars.length > 1) {
            model.addAtMostOne(vars);
        }
        var met = vars.length == 1 ? vars[0] : rules.exactlyOr(vars);
        return new Value(met, weighted(here), here.stream().mapToLong(c -> millis(c.credits())).max().orElse(0));
    }

    /** A filter leaf under ALL_OF stands for one credential: met when any holding is there, counting the best one. */
    private Value filterLeafBest(List<Candidate> here) {
        var met = rules.exactlyOr(here.stream().map(placed::get).toArray(Literal[]::new));
        long max = here.stream().mapToLong(c -> millis(c.credits())).max().orElse(0);
        var best = model.newIntVar(0, max, "best");
        var terms = new ArrayList<LinearArgument>();
        here.forEach(c -> terms.add(LinearExpr.term(placed.get(c), millis(c.credits()))));
        terms.add(LinearExpr.constant(0));
        model.addMaxEquality(best, terms);
        return new Value(met, best, max);
    }

    private Value group(Rule.Group g, boolean exact) {
        if (g.limits().distribution() != null) {
            return distributed(g);
        }
        var slots = new ArrayList<Slot>();
        var childrenMet = new ArrayList<Literal>();
        for (var child : g.children()) {
            if (child instanceof Rule.FilterLeaf && g.kind() != Rule.Kind.ALL_OF && reachable.get(child)) {
                var here = atLeaf.get(tree.leafIndex.get(child));
                here.forEach(c -> slots.add(new Slot(placed.get(c), LinearExpr.term(placed.get(c), millis(c.credits())),
                        millis(c.credits()), false, true)));
                childrenMet.add(rules.exactlyOr(here.stream().map(placed::get).toArray(Literal[]::new)));
            } else if (child instanceof Rule.FilterLeaf && !reachable.get(child)) {
                childrenMet.add(model.falseLiteral());
            } else {
                var v = value(child, exact);
                childrenMet.add(v.met());
                slots.add(new Slot(v.met(), v.counted(), v.max(), !reachable.get(child), countsOnlyWhenMet(child)));
            }
        }
        long capMillis = cap(g);
        var kept = kept(g, slots, exact);
        var counted = rules.capped(kept, capMillis, exact);
        long max = Math.min(capMillis, kept.max());
        var met = switch (g.kind()) {
            case ALL_OF -> rules.exactlyAnd(childrenMet);
            case AT_LEAST_K_OF -> rules.atLeast(slots.stream().map(Slot::met).toList(), g.k());
            case AT_LEAST_CREDITS -> rules.reaches(counted, millis(g.credits()), max);
        };
        return new Value(met, counted, max);
    }

    /** A group with distribution areas over its leaves' holdings, each for one area: exact in every mode ({@link AreaSelection}). */
    private Value distributed(Rule.Group g) {
        var items = new ArrayList<AreaSelection.Item>();
        for (var child : g.children()) {
            if (!tree.leafIndex.containsKey(child)) {
                continue;
            }
            var here = atLeaf.get(tree.leafIndex.get(child));
            if (child instanceof Rule.CredentialLeaf && here.size() > 1) {
                model.addAtMostOne(here.stream().map(placed::get).toArray(Literal[]::new));
            }
            here.forEach(c -> items.add(new AreaSelection.Item(placed.get(c), millis(c.credits()), c.area())));
        }
        var value = new AreaSelection(model).encode(g, items, millis(g.credits()), cap(g));
        return new Value(value.met(), value.counted(), value.max());
    }

    /** Whether a child counts nothing unless met: a leaf (one holding, or the best one at a filter), or a fixed value that is met or zero. */
    private boolean countsOnlyWhenMet(Rule child) {
        if (!reachable.get(child)) {
            var result = empty.get(child);
            return result.met() || result.counted() == 0;
        }
        return !(child instanceof Rule.Group);
    }

    /** Credits of the items a group keeps: all, or its best k / maxCountedItems (met first, then by credits). */
    private Counted kept(Rule.Group g, List<Slot> slots, boolean exact) {
        int keep = g.kind() == Rule.Kind.AT_LEAST_K_OF ? g.k() : Integer.MAX_VALUE;
        if (g.limits().maxCountedItems() != null) {
            keep = Math.min(keep, g.limits().maxCountedItems());
        }
        var ranked = slots.stream().filter(s -> !(s.constant() && s.max() == 0)).toList(); // nothing to count, ranked last anyway
        if (ranked.size() <= keep) {
            long max = ranked.stream().mapToLong(Slot::max).sum();
            return new Counted(AuditConstraints.sum(ranked.stream().map(Slot::credits).toList()), max);
        }
        return rules.keptItems(ranked, keep, exact ? Ranking.EXACT : relaxed ? Ranking.BY_CREDITS : Ranking.MET_FIRST);
    }

    private static long cap(Rule.Group g) {
        double cap = Double.POSITIVE_INFINITY;
        if (g.limits().maxCountedCredits() != null) {
            cap = g.limits().maxCountedCredits();
        }
        if (g.kind() == Rule.Kind.AT_LEAST_CREDITS) {
            cap = Math.min(cap, g.credits());
        }
        return cap == Double.POSITIVE_INFINITY ? Long.MAX_VALUE : millis(cap);
    }

    private LinearArgument weighted(List<Candidate> here) {
        var vars = here.stream().map(placed::get).toArray(Literal[]::new);
        var weights = here.stream().mapToLong(c -> millis(c.credits())).toArray();
        return LinearExpr.weightedSum(vars, weights);
    }

    static long millis(double credits) {
        return Math.round(credits * 1000);
    }
}
