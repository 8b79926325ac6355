package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

/**
 * The constraints {@link AuditModel} states a rule tree with, one rule each. Exact ones pin a literal or a value to
 * what the rules say both ways; in the {@code relaxed} model only the direction that keeps the model an upper bound
 * is stated (a node is met only if ..., counts at most ...).
 */
final class AuditConstraints {

    /**
     * An item a group ranks: a child, or one holding at a filter leaf under k-of-n or a credit sum. {@code leafLike}: it
     * counts nothing unless met (a leaf, one holding), so where it ranks among unmet items never changes what is counted.
     */
    record Slot(Literal met, LinearArgument credits, long max, boolean constant, boolean leafLike) {
    }

    /** A sum of counted thousandths of a credit and its largest possible value. */
    record Counted(LinearArgument value, long max) {
    }

    private final CpModel model;
    private final boolean relaxed;

    AuditConstraints(CpModel model, boolean relaxed) {
        this.model = model;
        this.relaxed = relaxed;
    }

    /**
     * How a group's kept items are stated. {@code EXACT}: exactly {@code keep} of them, none left out ranking above one
     * kept (met, then credits, as the evaluator sorts them), their credits exact. {@code MET_FIRST}: at most the credits
     * of any {@code keep} of them, an unmet item only once every met one is kept, which makes the most one can choose
     * exactly the rules' best items. {@code BY_CREDITS}: any {@code keep} of them (the relaxation's ranking).
     */
    enum Ranking { EXACT, MET_FIRST, BY_CREDITS }

    /** The credits of the {@code keep} items a group keeps, stated as {@code ranking} says. */
    Counted keptItems(List<Slot> slots, int keep, Ranking ranking) {
        boolean exact = ranking == Ranking.EXACT;
        var keptVars = new ArrayList<BoolVar>();
        var terms = new ArrayList<LinearArgument>();
        long max = 0;
        for (var slot : slots) {
            var kept = model.newBoolVar("kept");
            keptVars.add(kept);
            var credits = model.newIntVar(0, slot.max(), "keptCredits");
            if (exact) {
                model.addEquality(credits, slot.credits()).onlyEnforceIf(kept);
                model.addEquality(credits, 0).onlyEnforceIf(kept.not());
            } else {
                model.addLessOrEqual(credits, slot.credits());
                model.addLessOrEqual(credits, LinearExpr.term(kept, slot.max()));
            }
            terms.add(credits);
            max += slot.max();
        }
        var count = LinearExpr.sum(keptVars.toArray(BoolVar[]::new));
        if (exact) {
            model.addEquality(count, keep);
        } else {
            model.addLessOrEqual(count, keep);
        }
        long big = slots.stream().mapToLong(Slot::max).max().orElse(0) + 1;
        for (int i = 0; i < slots.size() && ranking != Ranking.BY_CREDITS; i++) {
            for (int j = 0; j < slots.size(); j++) {
                if (i != j && exact) {
                    keptNeverOutranked(slots.get(i), keptVars.get(i), slots.get(j), keptVars.get(j), big);
                } else if (i != j && !slots.get(i).leafLike()) {
                    metKeptFirst(slots.get(i), keptVars.get(i), slots.get(j), keptVars.get(j));
                }
            }
        }
        return new Counted(sum(terms), max);
    }

    /**
     * An unmet item i is kept only if a met item j is kept too. Not needed when i is leaf-like: kept unmet, it counts
     * nothing, so keeping it instead of a met item only counts less, and the maximisation never prefers that.
     */
    void metKeptFirst(Slot i, BoolVar keptI, Slot j, BoolVar keptJ) {
        model.addBoolOr(new Literal[] {keptI.not(), i.met(), j.met().not(), keptJ});
    }

    /** When item i is kept and item j is not, i ranks at least as high as j. */
    void keptNeverOutranked(Slot i, BoolVar keptI, Slot j, BoolVar keptJ, long big) {
        var rankI = LinearExpr.weightedSum(new LinearArgument[] {term(i.met()), i.credits()}, new long[] {big, 1});
        var rankJ = LinearExpr.weightedSum(new LinearArgument[] {term(j.met()), j.credits()}, new long[] {big, 1});
        model.addGreaterOrEqual(rankI, rankJ).onlyEnforceIf(new Literal[] {keptI, keptJ.not()});
    }

    /** What a group passes up: its items' credits, at most its cap. */
    LinearArgument capped(Counted items, long capMillis, boolean exact) {
        if (capMillis == Long.MAX_VALUE || items.max() <= capMillis) {
            return items.value();
        }
        var counted = model.newIntVar(0, capMillis, "counted");
        if (exact) {
            model.addMinEquality(counted, new LinearArgument[] {items.value(), LinearExpr.constant(capMillis)});
        } else {
            model.addLessOrEqual(counted, items.value());
        }
        return counted;
    }

    /** What a gated group passes up: its credits when it is met, nothing otherwise. */
    LinearArgument onlyWhenMet(Literal met, LinearArgument counted, long max) {
        var passed = model.newIntVar(0, max, "gated");
        model.addLessOrEqual(passed, LinearExpr.term(term(met), max));
        if (relaxed) {
            model.addLessOrEqual(passed, counted);
        } else {
            model.addEquality(passed, counted).onlyEnforceIf(met);
        }
        return passed;
    }

    /** A literal true exactly when {@code counted} reaches {@code needed}. */
    Literal reaches(LinearArgument counted, long needed, long max) {
        if (max < needed) {
            return model.falseLiteral();
        }
        var met = model.newBoolVar("reached");
        model.addGreaterOrEqual(counted, needed).onlyEnforceIf(met);
        if (!relaxed) {
            model.addLessOrEqual(counted, needed - 1).onlyEnforceIf(met.not());
        }
        return met;
    }

    /** A literal true exactly when at least {@code k} of {@code literals} are. */
    Literal atLeast(List<Literal> literals, int k) {
        if (literals.size() < k) {
            return model.falseLiteral();
        }
        var met = model.newBoolVar("atLeast");
        var sum = sum(literals.stream().map(AuditConstraints::term).toList());
        model.addGreaterOrEqual(sum, k).onlyEnforceIf(met);
        if (!relaxed) {
            model.addLessOrEqual(sum, k - 1).onlyEnforceIf(met.not());
        }
        return met;
    }

    /** A literal true exactly when every one of {@code literals} is. */
    Literal exactlyAnd(List<Literal> literals) {
        var met = model.newBoolVar("all");
        model.addBoolAnd(literals).onlyEnforceIf(met);
        if (!relaxed) {
            model.addBoolOr(literals.stream().map(Literal::not).toList()).onlyEnforceIf(met.not());
        }
        return met;
    }

    /** A literal true exactly when any of {@code literals} is. */
    Literal exactlyOr(Literal[] literals) {
        if (literals.length == 1) {
            return literals[0];
        }
        var any = model.newBoolVar("any");
        model.addBoolOr(literals).onlyEnforceIf(any);
        for (var literal : literals) {
            if (!relaxed) {
                model.addImplication(literal, any);
            }
        }
        return any;
    }

    static LinearArgument sum(List<LinearArgument> terms) {
        return terms.isEmpty() ? LinearExpr.constant(0) : LinearExpr.sum(terms.toArray(LinearArgument[]::new));
    }

    /** A literal as a 0/1 term of a linear expression. */
    static LinearArgument term(Literal literal) {
        return (LinearArgument) literal;
    }

    Literal constant(boolean value) {
        return value ? model.trueLiteral() : model.falseLiteral();
    }
}
