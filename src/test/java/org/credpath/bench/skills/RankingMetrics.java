package org.credpath.bench.skills;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * R-Precision@K = |gold ∩ top K| / min(K, |gold|) and the reciprocal rank of the first gold skill, per sentence, then
 * averaged; with a percentile bootstrap interval over sentences (2,000 resamples, fixed seed, so reruns agree).
 */
public final class RankingMetrics {

    /** One system's figures on one set: means and 95 % intervals. */
    public record Figures(double rp5, double[] rp5Interval, double rp10, double[] rp10Interval, double mrr, double[] mrrInterval) {

        @Override
        public String toString() {
            return String.format("RP@5 %.3f [%.3f, %.3f]  RP@10 %.3f [%.3f, %.3f]  MRR %.3f [%.3f, %.3f]", rp5, rp5Interval[0],
                    rp5Interval[1], rp10, rp10Interval[0], rp10Interval[1], mrr, mrrInterval[0], mrrInterval[1]);
        }
    }

    private static final int RESAMPLES = 2000;

    private RankingMetrics() {
    }

    public static double rPrecision(List<String> ranked, Set<String> gold, int k) {
        long hits = ranked.stream().limit(k).filter(gold::contains).count();
        return (double) hits / Math.min(k, gold.size());
    }

    public static double reciprocalRank(List<String> ranked, Set<String> gold) {
        for (int i = 0; i < ranked.size(); i++) {
            if (gold.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static Figures figures(List<List<String>> rankings, List<Set<String>> golds) {
        int n = rankings.size();
        var rp5 = new double[n];
        var rp10 = new double[n];
        var rr = new double[n];
        for (int i = 0; i < n; i++) {
            rp5[i] = rPrecision(rankings.get(i), golds.get(i), 5);
            rp10[i] = rPrecision(rankings.get(i), golds.get(i), 10);
            rr[i] = reciprocalRank(rankings.get(i), golds.get(i));
        }
        return new Figures(mean(rp5), interval(rp5), mean(rp10), interval(rp10), mean(rr), interval(rr));
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static double[] interval(double[] values) {
        var random = new Random(20);
        var means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        return new double[] {means[(int) (RESAMPLES * 0.025)], means[(int) (RESAMPLES * 0.975) - 1]};
    }
}
