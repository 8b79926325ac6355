package org.credpath.database;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.credpath.web.CommitOutcomeUnknownException;
import org.credpath.web.ConflictException;
import org.credpath.web.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a write in its own transaction and, when the database answers with a conflict a retry settles (a deadlock
 * between concurrent writes, a transient failure), runs it again in a new transaction, after a growing, jittered
 * pause. A write still in conflict after {@value #ATTEMPTS} attempts is a {@link ConflictException} (409). The work
 * must be safe to repeat: each attempt starts from what is committed then. A commit that fails part-way (the database
 * failing, the connection lost) is a {@link CommitOutcomeUnknownException}: the write may be saved, so it is neither
 * retried nor reported failed. Called inside a transaction already, the work joins it and the caller decides.
 */
@Component
public class TransientRetry {

    static final int ATTEMPTS = 6;
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    private final PlatformTransactionManager transactions;

    TransientRetry(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    /** The work's result, from the first attempt whose transaction committed. */
    public <T> T inTransaction(String what, Supplier<T> work) {
        return inTransaction(what, "Read it back before sending it again.", work);
    }

    /** As {@link #inTransaction(String, Supplier)}; {@code howToCheck} tells a client how to find out whether a write whose commit failed is saved. */
    public <T> T inTransaction(String what, String howToCheck, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(what, howToCheck, work);
            } catch (RuntimeException e) {
                if (!DatabaseFailures.retryable(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConflictException(what + " conflicted with concurrent writes " + ATTEMPTS + " times; try again", e);
                }
                log.debug("{}: attempt {} conflicted ({}), retrying", what, attempt, e.getMessage());
                pause(attempt);
            }
        }
    }

    private <T> T once(String what, String howToCheck, Supplier<T> work) {
        var status = transactions.getTransaction(TransactionDefinition.withDefaults());
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                transactions.rollback(status);
            } catch (RuntimeException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        try {
            transactions.commit(status);
        } catch (RuntimeException e) {
            if (DatabaseFailures.commitRefused(e)) {
                throw e;
            }
            throw new CommitOutcomeUnknownException(what, howToCheck, e);
        }
        return result;
    }

    private static void pause(int attempt) {
        long ceiling = FIRST_PAUSE_MILLIS << Math.min(attempt, 6);
        try {
            Thread.sleep(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
