package org.credpath.catalog.snapshot;

import java.time.Duration;

/**
 * How a plan, route or bundle is costed and bounded: the metric minimised first, the ECTS a term may hold when the
 * answer is ordered into terms, and the solver's time limit. The defaults live here and nowhere else.
 */
public record SolveOptions(CostMetric metric, double termCredits, Duration timeLimit) {

    public static final double DEFAULT_TERM_CREDITS = 30;
    public static final double MAX_TERM_CREDITS = 120;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);
    public static final Duration MAX_TIME_LIMIT = Duration.ofSeconds(60);
    public static final SolveOptions DEFAULTS = new SolveOptions(CostMetric.ECTS, DEFAULT_TERM_CREDITS, DEFAULT_TIME_LIMIT);

    public SolveOptions {
        metric = metric == null ? CostMetric.ECTS : metric;
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        if (Double.isNaN(termCredits) || termCredits <= 0 || termCredits > MAX_TERM_CREDITS) {
            throw new InvalidRequestException("termCredits", "must be more than 0 and at most " + (int) MAX_TERM_CREDITS
                    + " (was " + termCredits + ")");
        }
        if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            timeLimit(timeLimit.toMillis() / 1000.0);
        }
    }

    /** The time limit of a number of seconds (null: the default), or the error naming {@code timeLimitSeconds}. */
    public static Duration timeLimit(Double seconds) {
        if (seconds == null) {
            return DEFAULT_TIME_LIMIT;
        }
        if (seconds.isNaN() || seconds <= 0 || seconds > MAX_TIME_LIMIT.toSeconds()) {
            throw new InvalidRequestException("timeLimitSeconds", "must be more than 0 and at most " + MAX_TIME_LIMIT.toSeconds()
                    + " (was " + seconds + ")");
        }
        return Duration.ofMillis(Math.round(1000 * seconds));
    }

    public static SolveOptions of(CostMetric metric) {
        return new SolveOptions(metric, DEFAULT_TERM_CREDITS, DEFAULT_TIME_LIMIT);
    }
}
