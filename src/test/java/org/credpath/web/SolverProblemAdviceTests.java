package org.credpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.credpath.solver.SolverTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A solver that found nothing within its time limit answers the documented 503, whichever engine it was (issue 25 point 3). */
class SolverProblemAdviceTests {

    @Test
    void answers503WithRetryAfterNamingTheLimitAndHowToRaiseIt() {
        var response = new SolverProblemAdvice().solverTimeout(new SolverTimeoutException("plan", Duration.ofMillis(2500)));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        var problem = response.getBody();
        assertThat(problem.getType().toString()).isEqualTo("urn:credpath:problem:solver-time-limit");
        assertThat(problem.getDetail()).isEqualTo("The plan solver found no solution within its time limit of 2.5 s; allow more "
                + "time (timeLimitSeconds, up to 60) or narrow the request (filters, fewer targets or optional skills)");
        assertThat(problem.getProperties()).containsEntry("timeLimitSeconds", 2.5).containsEntry("timeLimitMillis", 2500L)
                .containsEntry("maxTimeLimitSeconds", 60);
    }
}
