package org.credpath.bench.scale;

import java.time.LocalDate;

/**
 * Sizes and seed of a generated catalog. x1 is the national-size catalog of issue 6: 200 providers,
 * 20,000 micro-credentials, 500 larger credentials and 100,000 learners; every count scales linearly
 * (x0.1 for quick runs, x5 for stress). {@code asOf} is the last date a holding may carry, so the
 * output does not depend on the day it is generated.
 */
public record ScaleSpec(long seed, double scale, LocalDate asOf, int providers, int microCredentials, int largerCredentials,
                        int learners) {

    /** Longest prerequisite chain, counted in credentials (a credential with no prerequisite has depth 1). */
    public static final int MAX_DEPTH = 8;
    public static final long DEFAULT_SEED = 20_260_601L;
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    public ScaleSpec {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("scale must be more than 0 and at most 100 (was " + scale + ")");
        }
    }

    public static ScaleSpec of(double scale, long seed) {
        return new ScaleSpec(seed, scale, AS_OF, Math.max(2, (int) Math.round(200 * scale)),
                Math.max(16, (int) Math.round(20_000 * scale)), Math.max(2, (int) Math.round(500 * scale)),
                (int) Math.round(100_000 * scale));
    }

    /** The same catalog with another number of learners (x50's catalog with x10's million learners: the fill's time). */
    public ScaleSpec withLearners(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("learners must not be negative (was " + count + ")");
        }
        return new ScaleSpec(seed, scale, asOf, providers, microCredentials, largerCredentials, count);
    }

    /** "x1", "x0.1", "x5": how results and folders name a scale. */
    public String label() {
        return label(scale);
    }

    public static String label(double scale) {
        return "x" + (scale == Math.rint(scale) ? String.valueOf((long) scale) : String.valueOf(scale));
    }
}
