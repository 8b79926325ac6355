package org.credpath.recommend.engine;

import java.time.Duration;

/** The solver's time limit ended before it found any solution (and no greedy one stands in). */
public final class SolverTimeoutException extends RuntimeException {

    private final Duration limit;

    public SolverTimeoutException(String what, Duration limit) {
        super("The " + what + " solver found no solution within its time limit of " + limit.toMillis() + " ms; "
                + "allow more time or narrow the request (filters, fewer optional skills)");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
