package org.credpath.stacking;

import org.credpath.stacking.engine.UnsatisfiableTargetException;
import org.credpath.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An unsatisfiable target is an answer about the catalog, not an error of the service: 422 naming the blocking rule nodes. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StackingProblemAdvice {

    @ExceptionHandler(UnsatisfiableTargetException.class)
    ProblemDetail unsatisfiable(UnsatisfiableTargetException e) {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unsatisfiable-target", "Target cannot be met", e.getMessage());
        problem.setProperty("blockers", e.blockers());
        return problem;
    }
}
