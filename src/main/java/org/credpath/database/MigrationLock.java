package org.credpath.database;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lock for the schema migrations of a database, so that replicas started at once on an empty database do not
 * apply them side by side (two starts then raced on the same constraints and recorded a migration twice). The lock is
 * a single {@code :__MigrationLock} node under a uniqueness constraint: taking it is a transaction that merges the node
 * (the constraint makes that atomic), locks it by writing it, and only then reads who holds it, so of two replicas
 * exactly one sees it free. The holder sets a lease; a replica that finds it held waits and tries again, and after
 * the holder released it re-reads what was applied. A holder that died leaves a lease that runs out.
 */
final class MigrationLock {

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

    private final Driver driver;
    private final Duration lease;
    private final Duration wait;
    private final String holder = UUID.randomUUID().toString();

    MigrationLock(Driver driver, Duration lease, Duration wait) {
        this.driver = driver;
        this.lease = lease;
        this.wait = wait;
    }

    /** Takes the lock, waiting for another holder up to the wait; the lock's constraint is made first when missing. */
    void acquire() {
        constraint();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean logged = false;
        while (!tryAcquire()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Schema migrations: another instance holds the migration lock for longer than " + wait);
            }
            if (!logged) {
                log.info("Schema migrations: another instance is migrating; waiting for it");
                logged = true;
            }
            sleep(200);
        }
    }

    void release() {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (l:__MigrationLock {id: 'schema'}) WHERE l.holder = $holder REMOVE l.holder, l.until",
                    Map.of("holder", holder)).consume());
        }
    }

    private boolean tryAcquire() {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeWrite(tx -> {
                // write first: the node is locked from here to the commit, so the read below sees the last holder's commit
                tx.run("MERGE (l:__MigrationLock {id: 'schema'}) SET l.touched = timestamp()").consume();
                return tx.run("""
                        MATCH (l:__MigrationLock {id: 'schema'})
                        WITH l, l.holder IS NULL OR l.holder = $holder OR l.until < timestamp() AS free
                        SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
                            l.until = CASE WHEN free THEN timestamp() + $lease ELSE l.until END
                        RETURN free""", Map.of("holder", holder, "lease", lease.toMillis())).single().get("free").asBoolean();
            });
        }
    }

    /** Creates the lock's constraint; two instances creating it at once may see the other's as a conflict: then it is there. */
    private void constraint() {
        for (int attempt = 1; ; attempt++) {
            try (var session = driver.session(SessionConfig.defaultConfig())) {
                session.run("CREATE CONSTRAINT migration_lock_id IF NOT EXISTS FOR (n:__MigrationLock) REQUIRE n.id IS UNIQUE").consume();
                return;
            } catch (Neo4jException e) {
                if (attempt >= 5) {
                    throw e;
                }
                log.debug("Migration lock constraint not created (attempt {}): {}", attempt, e.getMessage());
                sleep(100L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the migration lock", e);
        }
    }
}
