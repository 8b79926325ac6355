package org.credpath.solver;

import java.util.List;

import com.google.ortools.sat.LinearExpr;

/**
 * The one weighted sum equivalent to a lexicographic order of levels: each level's weight exceeds the spread of all the
 * levels after it together, so one unit on a level outweighs any change below it. The one rule against overflow: the
 * sum's whole spread stays within 2^53, so every objective value and bound CP-SAT reports is an exact double (and far
 * inside CP-SAT's 64-bit integer arithmetic); beyond it, {@link #of} answers null and the levels are solved one by one.
 */
record Weights(long[] weights, long restMin) {

    static final long LIMIT = 1L << 53;

    /** The weights, or null for a single level or when the weighted sum could leave exact arithmetic. */
    static Weights of(List<Level> levels) {
        if (levels.size() < 2) {
            return null;
        }
        int n = levels.size();
        var weights = new long[n];
        weights[n - 1] = 1;
        long spreadBelow = levels.get(n - 1).span(); // of the weighted levels from p + 1 on
        for (int p = n - 2; p >= 0; p--) {
            weights[p] = spreadBelow + 1;
            long span = levels.get(p).span();
            if (span != 0 && weights[p] > (LIMIT - spreadBelow) / span) {
                return null;
            }
            spreadBelow += weights[p] * span;
        }
        if (spreadBelow > LIMIT) {
            return null;
        }
        long restMin = 0;
        for (int p = 1; p < n; p++) {
            restMin += weights[p] * levels.get(p).min();
        }
        return new Weights(weights, restMin);
    }

    LinearExpr objective(List<Level> levels) {
        var sum = LinearExpr.newBuilder();
        for (int p = 0; p < levels.size(); p++) {
            long w = weights[p];
            var level = levels.get(p);
            sum.addWeightedSum(level.vars(), java.util.Arrays.stream(level.weights()).map(c -> c * w).toArray());
        }
        return sum.build();
    }

    /** The first level's value within a value (or bound) of the weighted sum: the levels after it add less than its weight. */
    double firstLevel(double combined) {
        return Math.floor((combined - restMin) / weights[0]);
    }
}
