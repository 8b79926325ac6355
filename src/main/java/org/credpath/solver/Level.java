package org.credpath.solver;

import java.util.Arrays;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolverResponse;
import com.google.ortools.sat.LinearExpr;

/** One objective level: a weighted sum of literals, minimised (a negative weight rewards the literal). */
public record Level(BoolVar[] vars, long[] weights) {

    /** The literals counted, to maximise: minimising their negated sum. */
    public static Level maximiseCount(BoolVar[] vars) {
        var weights = new long[vars.length];
        Arrays.fill(weights, -1);
        return new Level(vars, weights);
    }

    LinearExpr expression() {
        return LinearExpr.weightedSum(vars, weights);
    }

    /** Its value in a solution, exactly (CP-SAT reports objectives as doubles, which round beyond 2^53). */
    long valueIn(CpSolverResponse solution) {
        long value = 0;
        for (int i = 0; i < vars.length; i++) {
            value += weights[i] * solution.getSolution(vars[i].getIndex());
        }
        return value;
    }

    boolean isZero() {
        return Arrays.stream(weights).allMatch(w -> w == 0);
    }

    /** The least value the level can take (the sum of its negative weights). */
    long min() {
        return Arrays.stream(weights).filter(w -> w < 0).sum();
    }

    /** How far its values spread: the sum of the weights' magnitudes. */
    long span() {
        return Arrays.stream(weights).map(Math::abs).sum();
    }
}
