package org.credpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/** Which database faults are 503 (busy or unavailable) and which are bugs, through the wrappers they arrive in. */
class DatabaseFailuresTests {

    @Test
    void aDeadlockOrTransientFailureIsBusyAndRetryable() {
        var deadlock = new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        assertThat(DatabaseFailures.of(new TransientDataAccessResourceException("wrapped", deadlock))).contains(DatabaseFailures.Kind.BUSY);
        assertThat(DatabaseFailures.retryable(new RuntimeException(deadlock))).isTrue();
        assertThat(DatabaseFailures.of(new org.neo4j.graphdb.TransientTransactionFailureException(
                org.neo4j.kernel.api.exceptions.Status.Transaction.DeadlockDetected, "in process"))).contains(DatabaseFailures.Kind.BUSY);
    }

    @Test
    void aDatabaseDownOrTimedOutIsUnavailableAndNotRetriedHere() {
        var down = new DataAccessResourceFailureException("wrapped", new ServiceUnavailableException("connection refused"));
        assertThat(DatabaseFailures.of(down)).contains(DatabaseFailures.Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.retryable(down)).isFalse();
        var timedOut = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out");
        assertThat(DatabaseFailures.of(new RuntimeException(timedOut))).contains(DatabaseFailures.Kind.UNAVAILABLE);
        // what the driver says when a black-holed database keeps the pool from opening a connection in time
        var poolTimeout = new ClientException("N/A", "Unable to acquire connection from the pool within configured maximum time of 5000ms");
        assertThat(DatabaseFailures.of(new org.springframework.dao.InvalidDataAccessResourceUsageException("wrapped", poolTimeout)))
                .contains(DatabaseFailures.Kind.UNAVAILABLE);
        // Spring calls a silent connection "transient": an outage all the same, not a conflict to retry
        var silent = new TransientDataAccessResourceException("wrapped",
                new org.neo4j.driver.exceptions.ConnectionReadTimeoutException("Connection read timed out"));
        assertThat(DatabaseFailures.of(silent)).contains(DatabaseFailures.Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.retryable(silent)).isFalse();
    }

    @Test
    void aPanickedDatabaseIsUnavailableNotBusy() {
        // what Neo4j answers to everything after a critical error (a full disk): a "transient" error that no retry mends
        var panic = new TransientException("Neo.TransientError.General.DatabaseUnavailable",
                "The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.");
        assertThat(DatabaseFailures.of(new RuntimeException(panic))).contains(DatabaseFailures.Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.retryable(panic)).isFalse();
    }

    @Test
    void aCommitWithAnUnknownOutcomeIsAnsweredAsUnknownWithHowToCheck() {
        var answer = DatabaseFailures.commitOutcomeUnknown(new CommitOutcomeUnknownException("the catalog load of big.yaml",
                "Loading the same source again is safe.", new RuntimeException("Could not apply the transaction to the store after written to log")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        var problem = (org.springframework.http.ProblemDetail) answer.getBody();
        assertThat(problem.getType().toString()).isEqualTo("urn:credpath:problem:commit-outcome-unknown");
        assertThat(problem.getDetail()).contains("may or may not have been saved").doesNotContain("failed to").contains("same source again");
        assertThat(problem.getProperties()).containsEntry("howToCheck", "Loading the same source again is safe.");
    }

    @Test
    void anythingElseIsNotTheDatabasesFault() {
        assertThat(DatabaseFailures.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseFailures.of(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad Cypher"))).isEmpty();
    }

    @Test
    void theAnswersCarryRetryAfter() {
        assertThat(DatabaseFailures.problem(DatabaseFailures.Kind.BUSY).getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(DatabaseFailures.problem(DatabaseFailures.Kind.UNAVAILABLE).getStatusCode().value()).isEqualTo(503);
        assertThat(DatabaseFailures.conflict(new ConflictException("x", null)).getStatusCode().value()).isEqualTo(409);
    }
}
