package org.credpath.security;

import org.credpath.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refusal decided inside a controller (a learner named in a request body) answers as the filter chain's 403 does;
 * one about a single parameter ({@code waive}) names it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        if (e instanceof ParameterAccessDeniedException refused) {
            var problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", refused.getMessage());
            problem.setProperty("parameter", refused.parameter());
            return problem;
        }
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ProblemResponses.FORBIDDEN_DETAIL);
    }
}
