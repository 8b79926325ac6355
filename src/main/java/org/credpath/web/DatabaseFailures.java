package org.credpath.web;

import java.util.Optional;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Tells database faults that are no one's mistake from bugs, through however many wrappers (Spring's translation,
 * the driver's, the embedded kernel's): {@link Kind#BUSY} a conflict that a retry settles (a deadlock, a transient
 * transaction failure), {@link Kind#UNAVAILABLE} a database that is down, unreachable or did not answer in time. Both
 * answer 503 with {@code Retry-After}, never 500.
 */
public final class DatabaseFailures {

    public enum Kind { BUSY, UNAVAILABLE }

    /** Seconds a client should wait: a conflict clears fast, an outage does not. */
    static final int RETRY_BUSY_SECONDS = 1;
    static final int RETRY_UNAVAILABLE_SECONDS = 5;

    private DatabaseFailures() {
    }

    /**
     * The kind of database fault {@code e} is, if any. The whole chain of causes is read for an outage first: Spring
     * wraps a lost or silent connection in a "transient" exception, and a panicked database calls its refusals
     * transient too, yet retrying either only waits longer.
     */
    public static Optional<Kind> of(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (unavailable(cause)) {
                return Optional.of(Kind.UNAVAILABLE);
            }
        }
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientException || cause instanceof TransientDataAccessException
                    || cause instanceof org.neo4j.graphdb.TransientFailureException) {
                return Optional.of(Kind.BUSY);
            }
        }
        return Optional.empty();
    }

    private static boolean unavailable(Throwable cause) {
        return panicked(cause) || cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                || cause instanceof DataAccessResourceFailureException || timedOut(cause)
                || cause.getClass().getName().equals("org.neo4j.kernel.api.exceptions.DatabaseShutdownException")
                || cause instanceof org.neo4j.graphdb.DatabaseShutdownException;
    }

    /** A conflict a retry may settle. */
    public static boolean retryable(Throwable e) {
        return of(e).filter(kind -> kind == Kind.BUSY).isPresent();
    }

    /**
     * Whether a commit that threw was refused outright, so nothing was saved: the database rejected the write itself (a
     * constraint) or a conflict a retry settles. Anything else (the connection lost, the database failing while it applies
     * the commit) leaves the outcome unknown.
     */
    public static boolean commitRefused(Throwable e) {
        if (retryable(e)) {
            return true;
        }
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClientException && of(cause).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Neo4j after a critical error (a full disk, say): it refuses everything until restarted. */
    private static boolean panicked(Throwable e) {
        return e.getMessage() != null && e.getMessage().contains("needs to be restarted");
    }

    /** The transaction hit the driver's or the server's time limit: the database did not answer in time. */
    private static boolean timedOut(Throwable e) {
        if (e.getClass().getSimpleName().matches("BoltConnection(Acquisition|InitialisationTimeout|ReadTimeout)Exception")) {
            return true;
        }
        // the driver's pool timeout (a silent database keeps the pool's connections from opening) comes as a ClientException
        return e instanceof ClientException client && (client.code() != null && client.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
                || client.getMessage() != null && client.getMessage().startsWith("Unable to acquire connection from the pool"));
    }

    static ResponseEntity<Object> problem(Kind kind) {
        var busy = kind == Kind.BUSY;
        var problem = busy
                ? Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-busy", "Database busy",
                        "The database could not complete this request because of concurrent changes; try again shortly.")
                : Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                        "The database is unavailable or did not answer in time; try again later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(busy ? RETRY_BUSY_SECONDS : RETRY_UNAVAILABLE_SECONDS))
                .body(problem);
    }

    /** A write whose commit failed part-way: not "failed", but unknown, with how to find out. */
    static ResponseEntity<Object> commitOutcomeUnknown(CommitOutcomeUnknownException e) {
        var problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "commit-outcome-unknown", "Write outcome unknown", e.getMessage());
        problem.setProperty("howToCheck", e.howToCheck());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(RETRY_UNAVAILABLE_SECONDS)).body(problem);
    }

    /** A write that stayed in conflict through every retry: 409, to try again after a second. */
    static ResponseEntity<Object> conflict(ConflictException e) {
        var problem = Problems.of(HttpStatus.CONFLICT, "conflict", "Conflicting write", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).header("Retry-After", String.valueOf(RETRY_BUSY_SECONDS)).body(problem);
    }
}
