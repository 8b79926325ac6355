package org.credpath.bench.scale;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded draws for the generator: uniform, weighted categories, Zipf-like ranks and log-normal values,
 * all from one {@link SplittableRandom}, so a seed fixes every value. Sections of the catalog draw from
 * their own split streams, so resizing one section does not reshuffle another.
 */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this(new SplittableRandom(seed));
    }

    private Draw(SplittableRandom random) {
        this.random = random;
    }

    Draw split() {
        return new Draw(random.split());
    }

    int below(int n) {
        return random.nextInt(n);
    }

    /** Uniform in [low, high], both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double unit() {
        return random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    /** A log-normal value with the given median: exp(ln(median) + sigma z). */
    double logNormal(double median, double sigma) {
        return Math.exp(Math.log(median) + sigma * gaussian());
    }

    <T> T any(List<T> list) {
        return list.get(below(list.size()));
    }

    /** An index drawn with probability proportional to its weight, from {@link #cumulative} weights. */
    int weighted(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i < 0 ? -i - 1 : i + 1;
        return Math.min(i, cumulative.length - 1);
    }

    static double[] cumulative(double... weights) {
        var c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    /** Zipf-like popularity over n ranks: rank r (0-based) has weight 1 / (r + 1)^s. */
    static double[] zipf(int n, double s) {
        var w = new double[n];
        for (int r = 0; r < n; r++) {
            w[r] = 1 / Math.pow(r + 1, s);
        }
        return cumulative(w);
    }

    /** Values with weights, drawn by {@link #pick}. */
    record Category<T>(List<T> values, double[] cumulative) {
        static <T> Category<T> of(Object... valueWeightPairs) {
            @SuppressWarnings("unchecked")
            var values = (List<T>) java.util.stream.IntStream.range(0, valueWeightPairs.length / 2)
                    .mapToObj(i -> valueWeightPairs[2 * i]).toList();
            var weights = java.util.stream.IntStream.range(0, valueWeightPairs.length / 2)
                    .mapToDouble(i -> ((Number) valueWeightPairs[2 * i + 1]).doubleValue()).toArray();
            return new Category<>(values, Draw.cumulative(weights));
        }
    }

    <T> T pick(Category<T> category) {
        return category.values().get(weighted(category.cumulative()));
    }
}
