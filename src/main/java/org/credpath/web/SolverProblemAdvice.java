package org.credpath.web;

import org.credpath.solver.SolverTimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A plan, route or bundle whose solver found nothing within its time limit is a 503 problem, never an internal error:
 * {@code Retry-After} (the limit, rounded up to whole seconds), the limit, and that {@code timeLimitSeconds} can raise it.
 * Answers the solver found but could not prove optimal are not errors: they come back FEASIBLE with their gap.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SolverProblemAdvice {

    /** The highest {@code timeLimitSeconds} a request may ask for. */
    static final int MAX_TIME_LIMIT_SECONDS = 60;

    @ExceptionHandler(SolverTimeoutException.class)
    ResponseEntity<ProblemDetail> solverTimeout(SolverTimeoutException e) {
        var problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "solver-time-limit", "No solution within the time limit", e.getMessage());
        problem.setProperty("timeLimitMillis", e.limit().toMillis());
        problem.setProperty("timeLimitSeconds", e.limit().toMillis() / 1000.0);
        problem.setProperty("maxTimeLimitSeconds", MAX_TIME_LIMIT_SECONDS);
        long retryAfter = Math.max(1, (e.limit().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
