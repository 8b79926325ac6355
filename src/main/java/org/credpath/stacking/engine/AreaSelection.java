package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Rule;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * A group with distribution areas in a CP-SAT model (the audit's and the plan's), exactly as {@link AreaCounting}
 * selects: items (a holding or candidate at one of the group's leaves, for one area) ranked by credits; an item is
 * within its area's cap when fewer than {@code maxPerArea} placed items of its area rank above it; it is its area's
 * best when none does; when at least {@code minAreas} areas have a best, the {@code minAreas} highest bests are
 * counted first, then the best others up to the item limit. Every flag is pinned both ways by running counts (linear
 * in the number of items), so met and counted are exact functions of what is placed.
 */
final class AreaSelection {

    /** An item: whether it is placed, its credits (scaled), its area (null: toward no area). */
    record Item(BoolVar placed, long credits, String area) {
    }

    /** The group's value: met, counted credits (within {@code cap}) and their largest possible value. */
    record Value(BoolVar met, LinearArgument counted, long max) {
    }

    private final CpModel model;

    AreaSelection(CpModel model) {
        this.model = model;
    }

    /** The most a group passes up (maxCountedCredits, a credit sum's amount), scaled; Long.MAX_VALUE: no cap. */
    static long cap(Rule.Group g, long scale) {
        long cap = Long.MAX_VALUE;
        if (g.limits().maxCountedCredits() != null) {
            cap = Math.round(g.limits().maxCountedCredits() * scale);
        }
        return g.kind() == Rule.Kind.AT_LEAST_CREDITS ? Math.min(cap, Math.round(g.credits() * scale)) : cap;
    }

    /** {@code needed}: a credit sum's amount (scaled); {@code cap}: the most it passes up (scaled; Long.MAX_VALUE: no cap). */
    Value encode(Rule.Group g, List<Item> unsorted, long needed, long cap) {
        var d = g.limits().distribution();
        var items = new ArrayList<>(unsorted);
        items.sort(Comparator.comparingLong(Item::credits).reversed());
        int perArea = d.maxPerArea() == null ? Integer.MAX_VALUE : d.maxPerArea();
        var capped = new ArrayList<BoolVar>();
        var best = new ArrayList<BoolVar>(); // null where the item has no area
        var placedInArea = new HashMap<String, Running>();
        var bests = new Running(this);
        for (var item : items) {
            if (item.area() == null) {
                capped.add(item.placed());
                best.add(null);
                continue;
            }
            var above = placedInArea.computeIfAbsent(item.area(), a -> new Running(this));
            capped.add(above.size() < perArea ? item.placed() : and(item.placed(), atMost(above.sum, perArea - 1)));
            var isBest = above.size() == 0 ? item.placed() : and(item.placed(), atMost(above.sum, 0));
            best.add(isBest);
            above.add(item.placed());
            bests.add(isBest);
        }
        BoolVar possible = d.minAreas() == 0 ? null : atLeast(bests.sum, d.minAreas());
        var first = new ArrayList<BoolVar>(); // the minAreas highest bests
        var bestsAbove = new Running(this);
        for (var isBest : best) {
            first.add(isBest == null || possible == null ? null
                    : and(isBest, possible, bestsAbove.size() < d.minAreas() ? isBest : atMost(bestsAbove.sum, d.minAreas() - 1)));
            if (isBest != null) {
                bestsAbove.add(isBest);
            }
        }
        var firsts = sum(first);
        int limit = AreaCounting.limit(g);
        var selected = new ArrayList<BoolVar>();
        var othersAbove = new Running(this);
        for (int i = 0; i < items.size(); i++) {
            var other = first.get(i) == null ? capped.get(i) : and(capped.get(i), first.get(i).not());
            var withinLimit = items.size() <= limit ? other
                    : and(other, atMost(LinearExpr.sum(new LinearArgument[] {othersAbove.sum, firsts}), limit - 1));
            selected.add(first.get(i) == null ? withinLimit : or(first.get(i), withinLimit));
            othersAbove.add(other);
        }
        long total = items.stream().mapToLong(Item::credits).sum();
        LinearArgument counted = LinearExpr.weightedSum(selected.toArray(BoolVar[]::new), items.stream().mapToLong(Item::credits).toArray());
        if (cap < total) {
            var min = model.newIntVar(0, cap, "areaCounted");
            model.addMinEquality(min, new LinearArgument[] {counted, LinearExpr.constant(cap)});
            counted = min;
        }
        long max = Math.min(cap, total);
        var reached = g.kind() == Rule.Kind.AT_LEAST_K_OF ? atLeast(LinearExpr.sum(selected.toArray(BoolVar[]::new)), g.k())
                : atLeast(counted, needed);
        return new Value(possible == null ? reached : and(possible, reached), counted, max);
    }

    /** A running sum of literals, as an expression (its size: how many were added). */
    private static final class Running {
        private final AreaSelection owner;
        private final List<BoolVar> terms = new ArrayList<>();
        private LinearArgument sum = LinearExpr.constant(0);

        Running(AreaSelection owner) {
            this.owner = owner;
        }

        int size() {
            return terms.size();
        }

        void add(BoolVar literal) {
            terms.add(literal);
            IntVar next = owner.model.newIntVar(0, terms.size(), "running");
            owner.model.addEquality(next, LinearExpr.sum(new LinearArgument[] {sum, literal}));
            sum = next;
        }
    }

    private LinearArgument sum(List<BoolVar> literals) {
        var present = literals.stream().filter(java.util.Objects::nonNull).toArray(BoolVar[]::new);
        return present.length == 0 ? LinearExpr.constant(0) : LinearExpr.sum(present);
    }

    /** A literal true exactly when all of {@code literals} are. */
    private BoolVar and(Literal... literals) {
        var all = model.newBoolVar("and");
        var clause = new ArrayList<Literal>();
        for (var literal : literals) {
            model.addImplication(all, literal);
            clause.add(literal.not());
        }
        clause.add(all);
        model.addBoolOr(clause.toArray(Literal[]::new));
        return all;
    }

    /** A literal true exactly when either is. */
    private BoolVar or(BoolVar a, BoolVar b) {
        var any = model.newBoolVar("or");
        model.addBoolOr(new Literal[] {a, b}).onlyEnforceIf(any);
        model.addImplication(a, any);
        model.addImplication(b, any);
        return any;
    }

    /** A literal true exactly when {@code expr <= bound}. */
    private BoolVar atMost(LinearArgument expr, long bound) {
        var holds = model.newBoolVar("atMost");
        model.addLessOrEqual(expr, bound).onlyEnforceIf(holds);
        model.addGreaterOrEqual(expr, bound + 1).onlyEnforceIf(holds.not());
        return holds;
    }

    /** A literal true exactly when {@code expr >= bound}. */
    private BoolVar atLeast(LinearArgument expr, long bound) {
        var holds = model.newBoolVar("atLeast");
        model.addGreaterOrEqual(expr, bound).onlyEnforceIf(holds);
        model.addLessOrEqual(expr, bound - 1).onlyEnforceIf(holds.not());
        return holds;
    }
}
