package org.credpath.skills;

import org.credpath.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of every request that sends text to the skill matcher (extraction, a job ad for coverage or a batch, a
 * learner's prior learning): a text over the limit 413 naming it, the matcher still being built 503 with Retry-After.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SkillProblemAdvice {

    @ExceptionHandler(TextTooLong.class)
    ProblemDetail tooLong(TextTooLong e) {
        var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "text-too-long", "Text too long", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("length", e.length());
        problem.setProperty("limit", e.limit());
        return problem;
    }

    @ExceptionHandler(MatcherNotReady.class)
    ResponseEntity<ProblemDetail> notReady(MatcherNotReady e) {
        var problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "skill-matcher-not-ready", "Skill matcher not ready", e.getMessage());
        problem.setProperty("vectorsComputed", e.vectorsComputed());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10").body(problem);
    }
}
