package org.credpath.recommend;

import org.credpath.recommend.engine.EmptyProfileException;
import org.credpath.recommend.engine.UnknownGoalException;
import org.credpath.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of a recommendation request: unknown goal 404, goal without skills or no goal at all 422 (bad filters:
 * {@code org.credpath.request}; a solver time-out is {@code web.SolverProblemAdvice}'s).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecommendProblemAdvice {

    @ExceptionHandler(UnknownGoalException.class)
    ProblemDetail unknownGoal(UnknownGoalException e) {
        var problem = Problems.of(HttpStatus.NOT_FOUND, "unknown-goal", "Unknown goal", e.getMessage());
        problem.setProperty("resource", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler(EmptyProfileException.class)
    ProblemDetail emptyProfile(EmptyProfileException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "empty-profile", "Goal names no skill", e.getMessage());
    }

    @ExceptionHandler(NoGoalException.class)
    ProblemDetail noGoal(NoGoalException e) {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "no-goal", "No goal", e.getMessage());
        problem.setProperty("parameter", "occupation");
        return problem;
    }
}
