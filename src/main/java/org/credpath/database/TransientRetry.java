package org.credpath.database;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.credpath.web.ConflictException;
import org.credpath.web.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write in its own transaction and, when the database answers with a conflict a retry settles (a deadlock
 * between concurrent writes, a transient failure), runs it again in a new transaction, after a growing, jittered
 * pause. A write still in conflict after {@value #ATTEMPTS} attempts is a {@link ConflictException} (409). The work
 * must be safe to repeat: each attempt starts from what is committed then.
 */
@Component
public class TransientRetry {

    static final int ATTEMPTS = 6;
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    private final TransactionTemplate transactions;

    TransientRetry(PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The work's result, from the first attempt whose transaction committed. */
    public <T> T inTransaction(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
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
