package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

import org.credpath.web.CommitOutcomeUnknownException;
import org.credpath.web.ConflictException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** Retries of transient conflicts, and commits whose outcome is unknown (issue 24 defects 2 and 5). */
class TransientRetryTests {

    private static final TransientException DEADLOCK = new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");

    @Test
    void aDeadlockIsRetriedInANewTransaction() {
        var transactions = new ScriptedTransactions();
        var attempts = new AtomicInteger();

        var result = new TransientRetry(transactions).inTransaction("a write", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw DEADLOCK;
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(transactions.begun).isEqualTo(3);
        assertThat(transactions.rolledBack).isEqualTo(2);
        assertThat(transactions.committed).isEqualTo(1);
    }

    @Test
    void aConflictThatStaysIsAConflict() {
        assertThatThrownBy(() -> new TransientRetry(new ScriptedTransactions()).inTransaction("a write", () -> {
            throw DEADLOCK;
        })).isInstanceOf(ConflictException.class).hasMessageContaining("6 times");
    }

    @Test
    void aCommitThatFailsPartWayIsUnknownNeverFailedAndNotRetried() {
        var failures = new Object[] {
                new DatabaseException("Neo.DatabaseError.Transaction.TransactionCommitFailed",
                        "Could not apply the transaction to the store after written to log"),
                new ServiceUnavailableException("Connection to the database terminated"),
                new TransientException("Neo.TransientError.General.DatabaseUnavailable",
                        "The database has encountered a critical error, and needs to be restarted.")};
        for (var failure : failures) {
            var transactions = new ScriptedTransactions();
            transactions.commitFailures.add(new TransactionSystemException("commit failed", (Throwable) failure));

            assertThatThrownBy(() -> new TransientRetry(transactions).inTransaction("the catalog load of big.yaml", "Load it again.", () -> 1))
                    .isInstanceOfSatisfying(CommitOutcomeUnknownException.class, e -> {
                        assertThat(e.getMessage()).contains("the catalog load of big.yaml", "may or may not have been saved", "Load it again.");
                        assertThat(e.howToCheck()).isEqualTo("Load it again.");
                    });
            assertThat(transactions.begun).as("not retried: it may be saved").isEqualTo(1);
        }
    }

    @Test
    void aCommitTheDatabaseRefusedIsWhatItWas() {
        var constraint = new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists");
        var transactions = new ScriptedTransactions();
        transactions.commitFailures.add(new TransactionSystemException("commit failed", constraint));

        assertThatThrownBy(() -> new TransientRetry(transactions).inTransaction("a write", () -> 1))
                .isInstanceOf(TransactionSystemException.class).hasCause(constraint);
    }

    /** A transaction manager that counts and whose commits fail as scripted. */
    private static final class ScriptedTransactions extends AbstractPlatformTransactionManager {
        final Deque<RuntimeException> commitFailures = new ArrayDeque<>();
        int begun;
        int committed;
        int rolledBack;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            begun++;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (!commitFailures.isEmpty()) {
                throw commitFailures.pop();
            }
            committed++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack++;
        }
    }
}
