package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a rule tree for one assignment of holdings to leaves.
 *
 * <p>Semantics: a credential leaf is met by one holding. A filter leaf under ALL_OF stands for one
 * matching credential; under AT_LEAST_K_OF each matching holding is one item; under AT_LEAST_CREDITS
 * every matching holding adds its credits. ALL_OF is met when every child is; AT_LEAST_K_OF when k
 * items are (only the best k count: met items first, then by credits); AT_LEAST_CREDITS when the
 * credits counted reach its amount (credits beyond it do not count). {@code maxCountedItems} keeps the
 * best items, {@code maxCountedCredits} caps the credits a node passes up. "Met" is monotone (assigning
 * more never un-meets a node); credits are not quite (a newly met item may displace a partial one with
 * more credits), which is why the search bounds with {@link #upperBound}. A {@code gated} group passes its
 * credits and holdings up only when met (its own result still shows its partial progress); that keeps the
 * bound, since met is monotone. With double counting a holding may be assigned at several leaves
 * ({@link IndexedTree}), and counts at each.
 */
final class TreeEvaluator {

    /** The ranking of assignments: met first, then credits counted, then met nodes, then fewer holdings used. */
    record Score(boolean met, long countedMillis, int metNodes, int used) implements Comparable<Score> {
        static final Score WORST = new Score(false, Long.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE);

        @Override
        public int compareTo(Score o) {
            return Comparator.comparing(Score::met).thenComparingLong(Score::countedMillis)
                    .thenComparingInt(Score::metNodes).thenComparingInt(Score::used).compare(this, o);
        }
    }

    /** What a node counts: {@code used} are the holdings that actually contribute (after caps). */
    record NodeResult(boolean met, double counted, int metItems, List<Candidate> used) {
        static final NodeResult NOTHING = new NodeResult(false, 0, 0, List.of());
    }

    private record Slot(boolean met, double credits, List<Candidate> used) {
    }

    private static final double EPSILON = 1e-9;
    private static final Comparator<Slot> BEST_FIRST = Comparator.comparing(Slot::met).thenComparingDouble(Slot::credits).reversed();
    private static final Comparator<Slot> MOST_CREDITS_FIRST = Comparator.comparingDouble(Slot::credits).reversed();

    private final IndexedTree tree;
    private final Set<String> waivedConditions;
    /** Results of the subtrees no holding can reach: the same for every assignment, so worked out once. */
    private final Map<Rule, NodeResult> fixed = new IdentityHashMap<>();
    /** Per group some holding reaches: the children it reaches, and what the others add (items that count, met or not). */
    private final Map<Rule.Group, Reached> reachedChildren = new IdentityHashMap<>();

    private record Reached(List<Rule> children, List<Slot> fixedSlots, boolean fixedMet) {
    }

    TreeEvaluator(IndexedTree tree, Set<String> waivedConditions) {
        this.tree = tree;
        this.waivedConditions = waivedConditions;
    }

    /**
     * Fixes the results of the subtrees none of {@code eligibility}'s holdings may count in, so that scoring an
     * assignment walks only the part of the tree the holdings reach (a few dozen nodes of a thousand-node major).
     * Scores then leave out those subtrees' met nodes, the same number for every assignment, so they still rank
     * assignments alike; {@link #details} always walks the whole tree.
     */
    TreeEvaluator reachableOnly(Eligibility eligibility) {
        var reached = new boolean[tree.leaves.size()];
        eligibility.byHolding.forEach(candidates -> candidates.forEach(c -> reached[c.leaf()] = true));
        var nothing = new ArrayList<List<Candidate>>();
        tree.leaves.forEach(leaf -> nothing.add(List.of()));
        var empty = details(nothing);
        markFixed(tree.root, reached, empty);
        return this;
    }

    private boolean markFixed(Rule rule, boolean[] reached, Map<Rule, NodeResult> empty) {
        boolean reachable = rule instanceof Rule.Group g
                ? g.children().stream().map(child -> markFixed(child, reached, empty)).reduce(false, Boolean::logicalOr)
                : reached[tree.leafIndex.get(rule)];
        if (!reachable) {
            fixed.put(rule, empty.get(rule));
        } else if (rule instanceof Rule.Group g) {
            var children = new ArrayList<Rule>();
            var fixedSlots = new ArrayList<Slot>();
            boolean fixedMet = true;
            for (var child : g.children()) {
                var result = fixed.get(child);
                if (result == null) {
                    children.add(child);
                } else {
                    fixedMet &= result.met();
                    addSlots(g, child, result, fixedSlots);
                }
            }
            fixedSlots.removeIf(slot -> !slot.met() && slot.credits() == 0); // ranked last, count nothing
            reachedChildren.put(g, new Reached(children, fixedSlots, fixedMet));
        }
        return reachable;
    }

    Score score(List<List<Candidate>> assignment) {
        return score(assignment, BEST_FIRST);
    }

    /**
     * An upper bound on met and credits of any assignment that places no more than {@code assignment}
     * does: AT_LEAST_K_OF and maxCountedItems keep their items by credits alone, so that, unlike the real
     * preference for met items, counting more never counts less.
     */
    Score upperBound(List<List<Candidate>> assignment) {
        return score(assignment, MOST_CREDITS_FIRST);
    }

    private Score score(List<List<Candidate>> assignment, Comparator<Slot> preference) {
        var metNodes = new int[1];
        var root = evaluate(tree.root, assignment, null, metNodes, preference);
        // negated so that fewer holdings used ranks higher
        return new Score(root.met(), Math.round(root.counted() * 1000), metNodes[0], -root.used().size());
    }

    Map<Rule, NodeResult> details(List<List<Candidate>> assignment) {
        var results = new IdentityHashMap<Rule, NodeResult>();
        evaluate(tree.root, assignment, results, new int[1], BEST_FIRST);
        return results;
    }

    /** Evaluates {@code rule}; records every node's result in {@code results} when given, and counts met nodes. */
    private NodeResult evaluate(Rule rule, List<List<Candidate>> assignment, Map<Rule, NodeResult> results, int[] metNodes,
                                Comparator<Slot> preference) {
        NodeResult result;
        var known = results == null ? fixed.get(rule) : null;
        if (known != null) {
            return known;
        }
        if (rule instanceof Rule.Group g) {
            result = group(g, assignment, results, metNodes, preference);
        } else if (rule instanceof Rule.ConditionLeaf c) {
            boolean waived = Waivers.covers(waivedConditions, c);
            result = new NodeResult(waived, 0, waived ? 1 : 0, List.of());
        } else if (rule instanceof Rule.UnresolvedLeaf u) {
            boolean waived = Waivers.covers(waivedConditions, u);
            result = waived ? new NodeResult(true, 0, 1, List.of()) : NodeResult.NOTHING;
        } else {
            var assigned = assignment.get(tree.leafIndex.get(rule));
            if (assigned.isEmpty()) {
                result = NodeResult.NOTHING;
            } else if (rule instanceof Rule.CredentialLeaf) {
                var best = assigned.stream().max(Comparator.comparingDouble(Candidate::credits)).orElseThrow();
                result = new NodeResult(true, best.credits(), 1, List.of(best));
            } else {
                result = new NodeResult(true, assigned.stream().mapToDouble(Candidate::credits).sum(), assigned.size(), List.copyOf(assigned));
            }
        }
        if (results != null) {
            results.put(rule, result);
        }
        if (result.met()) {
            metNodes[0]++;
        }
        return result;
    }

    /** A group's item(s) from one child: filter leaves under k-of-n and credit sums give one per holding. */
    private static void addSlots(Rule.Group g, Rule child, NodeResult childResult, List<Slot> slots) {
        if (child instanceof Rule.FilterLeaf && g.kind() != Rule.Kind.ALL_OF) {
            childResult.used().forEach(c -> slots.add(new Slot(true, c.credits(), List.of(c))));
        } else if (child instanceof Rule.FilterLeaf) {
            childResult.used().stream().max(Comparator.comparingDouble(Candidate::credits))
                    .ifPresent(c -> slots.add(new Slot(true, c.credits(), List.of(c))));
        } else if (child instanceof Rule.Group gated && gated.limits().gated() && !childResult.met()) {
            slots.add(new Slot(false, 0, List.of())); // a gated group's partial progress counts nothing upward
        } else {
            slots.add(new Slot(childResult.met(), childResult.counted(), childResult.used()));
        }
    }

    private NodeResult group(Rule.Group g, List<List<Candidate>> assignment, Map<Rule, NodeResult> results, int[] metNodes,
                             Comparator<Slot> preference) {
        if (g.limits().distribution() != null) {
            return distributed(g, assignment, results, metNodes, preference);
        }
        var slots = new ArrayList<Slot>();
        boolean allChildrenMet = true;
        var reached = results == null ? reachedChildren.get(g) : null;
        if (reached != null) {
            slots.addAll(reached.fixedSlots());
            allChildrenMet = reached.fixedMet();
        }
        for (var child : reached != null ? reached.children() : g.children()) {
            var childResult = evaluate(child, assignment, results, metNodes, preference);
            allChildrenMet &= childResult.met();
            addSlots(g, child, childResult, slots);
        }
        slots.sort(preference);
        var chosen = g.kind() == Rule.Kind.AT_LEAST_K_OF ? slots.subList(0, Math.min(g.k(), slots.size())) : slots;
        var limits = g.limits();
        if (limits.maxCountedItems() != null && chosen.size() > limits.maxCountedItems()) {
            chosen = chosen.subList(0, limits.maxCountedItems());
        }
        double cap = cap(g);
        double counted = 0;
        var used = new ArrayList<Candidate>();
        int metItems = 0;
        for (var slot : chosen) {
            if (slot.met()) {
                metItems++;
            }
            if (counted >= cap - EPSILON) {
                continue;
            }
            counted += slot.credits();
            used.addAll(slot.used());
        }
        counted = Math.min(counted, cap);
        boolean met = switch (g.kind()) {
            case ALL_OF -> allChildrenMet;
            case AT_LEAST_K_OF -> slots.stream().filter(Slot::met).count() >= g.k();
            case AT_LEAST_CREDITS -> counted >= g.credits() - EPSILON;
        };
        return new NodeResult(met, counted, metItems, used);
    }

    /** The most credits a group passes up: maxCountedCredits, and a credit sum's amount. */
    private static double cap(Rule.Group g) {
        double cap = g.limits().maxCountedCredits() != null ? g.limits().maxCountedCredits() : Double.POSITIVE_INFINITY;
        return g.kind() == Rule.Kind.AT_LEAST_CREDITS ? Math.min(cap, g.credits()) : cap;
    }

    /**
     * A group with distribution areas (its children are leaves): the courses placed beneath it, each with its area,
     * counted as {@link AreaCounting} selects them; met when they cover its areas and reach k or its credits. For the
     * bound, credits are those of the best courses regardless of areas (met is decided as always: it is monotone).
     */
    private NodeResult distributed(Rule.Group g, List<List<Candidate>> assignment, Map<Rule, NodeResult> results, int[] metNodes,
                                   Comparator<Slot> preference) {
        var placed = new ArrayList<Candidate>();
        for (var child : g.children()) {
            placed.addAll(evaluate(child, assignment, results, metNodes, preference).used());
        }
        var chosen = AreaCounting.select(g, placed, false);
        double cap = cap(g);
        boolean met = chosen.possible() && (g.kind() == Rule.Kind.AT_LEAST_K_OF ? chosen.counted().size() >= g.k()
                : Math.min(chosen.credits(), cap) >= g.credits() - EPSILON);
        var kept = preference == MOST_CREDITS_FIRST ? AreaCounting.select(g, placed, true) : chosen;
        double counted = 0;
        var used = new ArrayList<Candidate>();
        for (var c : kept.counted()) {
            if (counted < cap - EPSILON) {
                counted += c.credits();
                used.add(c);
            }
        }
        return new NodeResult(met, Math.min(counted, cap), kept.counted().size(), used);
    }
}
