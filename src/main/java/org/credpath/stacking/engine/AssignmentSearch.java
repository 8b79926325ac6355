package org.credpath.stacking.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.credpath.catalog.snapshot.Rule;

/**
 * The audit's assignment of holdings to rule leaves. Progress (target met, then credits counted) is
 * maximised exactly by depth-first branch and bound: holdings that match some leaf, most constrained
 * first, each tried at every leaf it matches and nowhere. A branch is cut when its upper bound cannot
 * beat the best found: met and credits of the relaxation that counts every remaining holding at every
 * leaf it matches at once, evaluated so that counting more never counts less
 * ({@link TreeEvaluator#upperBound}), with credits also bounded by the sum of what the placed and
 * remaining holdings could add (each at most once per counting block, see {@link IndexedTree}). Among assignments with
 * that progress, a local improvement then prefers more rule nodes met and fewer holdings used (moving
 * one holding at a time while progress stays optimal), which decides presentation, not progress.
 */
final class AssignmentSearch {

    private final IndexedTree tree;
    private final Eligibility eligibility;
    private final TreeEvaluator evaluator;
    private final List<List<Candidate>> candidates;
    private final List<List<Candidate>> assignment = new ArrayList<>();
    private final int[] order;
    /** Credits (thousandths) the holdings from position i of {@link #order} on could add at most. */
    private final long[] remainingMillis;
    private final long nodeLimit;
    private long placedMillis;
    private TreeEvaluator.Score best = TreeEvaluator.Score.WORST;
    private List<List<Candidate>> bestAssignment;
    private long nodes;
    private boolean complete = true;
    private boolean solved;

    AssignmentSearch(IndexedTree tree, Eligibility eligibility, TreeEvaluator evaluator, long nodeLimit) {
        this.tree = tree;
        this.eligibility = eligibility;
        this.evaluator = evaluator;
        this.candidates = eligibility.units; // one per holding, or per holding and counting block (double counting)
        this.nodeLimit = nodeLimit;
        this.order = IntStream.range(0, candidates.size()).filter(h -> !candidates.get(h).isEmpty()).boxed()
                .sorted(Comparator.comparingInt(h -> candidates.get(h).size())).mapToInt(Integer::intValue).toArray();
        this.remainingMillis = new long[order.length + 1];
        for (int i = order.length - 1; i >= 0; i--) {
            remainingMillis[i] = remainingMillis[i + 1] + candidates.get(order[i]).stream().mapToLong(AssignmentSearch::millis).max().orElse(0);
        }
        tree.leaves.forEach(leaf -> assignment.add(new ArrayList<>()));
        bestAssignment = copy(assignment);
    }

    /** The search alone: exact unless the node limit stops it ({@link #complete}). */
    AssignmentSearch run() {
        dfs(0);
        preferMoreNodesMetAndFewerHoldings();
        return this;
    }

    /**
     * The search, and when the node limit stops it, the exact CP-SAT model of the same rules
     * ({@link AuditModel}) from the best assignment found, within {@code solverLimit}: the branch and bound is
     * fastest on the trees most rules have, the solver on long lists under k-of-n and credit sums that a
     * holding matches many of, where the search's relaxation is weak.
     */
    AssignmentSearch run(Duration solverLimit) {
        dfs(0);
        if (!complete && tree.root instanceof Rule.Group) {
            long deadline = System.nanoTime() + solverLimit.toNanos();
            var relaxed = new AuditModel(tree, eligibility, evaluator, true);
            var bound = relaxed.solve(bestAssignment, solverLimit);
            adopt(bound.assignment());
            complete = bound.optimal() && relaxed.score(best) >= bound.bound();
            if (!complete) {
                var left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                var exact = new AuditModel(tree, eligibility, evaluator, false).solve(bestAssignment, left);
                adopt(exact.assignment());
                complete = exact.optimal();
            }
            solved = true;
        }
        preferMoreNodesMetAndFewerHoldings();
        return this;
    }

    private void adopt(List<List<Candidate>> assignment) {
        var score = evaluator.score(assignment);
        if (compareProgress(score.met(), score.countedMillis()) > 0) {
            best = score;
            bestAssignment = assignment;
        }
    }

    /** Whether the exact solver took over from the search. */
    boolean solved() {
        return solved;
    }

    TreeEvaluator.Score best() {
        return best;
    }

    List<List<Candidate>> bestAssignment() {
        return bestAssignment;
    }

    long nodes() {
        return nodes;
    }

    /** Whether progress is proven optimal (false when the node limit stopped the search). */
    boolean complete() {
        return complete;
    }

    private void dfs(int depth) {
        if (++nodes > nodeLimit) {
            complete = false;
            return;
        }
        if (depth == order.length) {
            var score = evaluator.score(assignment);
            if (compareProgress(score.met(), score.countedMillis()) > 0) {
                best = score;
                bestAssignment = copy(assignment);
            }
            return;
        }
        if (best != TreeEvaluator.Score.WORST && !canBeatBest(depth)) {
            return;
        }
        for (var candidate : candidates.get(order[depth])) {
            var leaf = assignment.get(candidate.leaf());
            if (leaf.size() < tree.capacity(candidate.leaf())) {
                leaf.add(candidate);
                placedMillis += millis(candidate);
                dfs(depth + 1);
                placedMillis -= millis(candidate);
                leaf.remove(leaf.size() - 1);
            }
        }
        dfs(depth + 1); // the holding counts nowhere (in this counting block)
    }

    private boolean canBeatBest(int depth) {
        var sizes = new int[assignment.size()];
        for (int leaf = 0; leaf < sizes.length; leaf++) {
            sizes[leaf] = assignment.get(leaf).size();
        }
        for (int i = depth; i < order.length; i++) {
            for (var candidate : candidates.get(order[i])) {
                assignment.get(candidate.leaf()).add(candidate);
            }
        }
        var relaxed = evaluator.upperBound(assignment);
        for (int leaf = 0; leaf < sizes.length; leaf++) {
            var list = assignment.get(leaf);
            list.subList(sizes[leaf], list.size()).clear();
        }
        long credits = Math.min(relaxed.countedMillis(), placedMillis + remainingMillis[depth]);
        return compareProgress(relaxed.met(), credits) > 0;
    }

    private int compareProgress(boolean met, long countedMillis) {
        int byMet = Boolean.compare(met, best.met());
        return byMet != 0 ? byMet : Long.compare(countedMillis, best.countedMillis());
    }

    /** Moves one holding at a time (to another leaf it matches, or nowhere) while that keeps progress and ranks higher. */
    private void preferMoreNodesMetAndFewerHoldings() {
        var current = copy(bestAssignment);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int h : order) {
                var at = placement(current, candidates.get(h));
                var options = new ArrayList<Candidate>(candidates.get(h));
                options.add(null);
                for (var option : options) {
                    if (option == at || (option != null && current.get(option.leaf()).size() >= tree.capacity(option.leaf()))) {
                        continue;
                    }
                    move(current, at, option);
                    var score = evaluator.score(current);
                    if (compareProgress(score.met(), score.countedMillis()) == 0 && score.compareTo(best) > 0) {
                        best = score;
                        improved = true;
                        break;
                    }
                    move(current, option, at);
                }
                if (improved) {
                    break;
                }
            }
        }
        bestAssignment = current;
    }

    /** Where a unit (a holding, or a holding in one counting block) is placed: at most one of its candidates is. */
    private static Candidate placement(List<List<Candidate>> assignment, List<Candidate> unit) {
        for (var candidate : unit) {
            if (assignment.get(candidate.leaf()).contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void move(List<List<Candidate>> assignment, Candidate from, Candidate to) {
        if (from != null) {
            assignment.get(from.leaf()).remove(from);
        }
        if (to != null) {
            assignment.get(to.leaf()).add(to);
        }
    }

    private static long millis(Candidate candidate) {
        return Math.round(candidate.credits() * 1000);
    }

    private static List<List<Candidate>> copy(List<List<Candidate>> assignment) {
        var copy = new ArrayList<List<Candidate>>(assignment.size());
        assignment.forEach(leaf -> copy.add(new ArrayList<>(leaf)));
        return copy;
    }
}
