package org.credpath.solver;

import java.time.Duration;

/** The solver's time limit ended before it found any solution (and nothing else stands in): a 503, not an error of the service. */
public final class SolverTimeoutException extends RuntimeException {

    private final Duration limit;

    /** {@code what}: the answer that was asked for ("plan", "route", "bundle"). */
    public SolverTimeoutException(String what, Duration limit) {
        super("The " + what + " solver found no solution within its time limit of " + seconds(limit) + " s; "
                + "allow more time (timeLimitSeconds, up to 60) or narrow the request (filters, fewer targets or optional skills)");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    private static String seconds(Duration limit) {
        return java.math.BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
