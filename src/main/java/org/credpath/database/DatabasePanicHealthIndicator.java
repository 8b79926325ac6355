package org.credpath.database;

import java.util.Optional;
import java.util.function.Supplier;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DOWN once the database in this process has panicked: after a critical error (a full disk can cause one) Neo4j
 * refuses every transaction until it is restarted, while the process looks alive. In liveness and readiness, so an
 * orchestrator restarts the replica. Against a database server the server's own health is its operators' concern:
 * its failures make the {@code neo4j} check (readiness) DOWN, and restarting this replica would not mend them.
 */
final class DatabasePanicHealthIndicator implements HealthIndicator {

    private final Supplier<Optional<Throwable>> panic;

    /** {@code panic}: the cause of the database's panic, empty while it has none. */
    DatabasePanicHealthIndicator(Supplier<Optional<Throwable>> panic) {
        this.panic = panic;
    }

    /** The panic state of the database in this process; never a panic when there is none here. */
    static Supplier<Optional<Throwable>> of(GraphDatabaseService database) {
        if (!(database instanceof GraphDatabaseAPI api)) {
            return Optional::empty;
        }
        return () -> {
            var health = api.getDependencyResolver().resolveDependency(DatabaseHealth.class);
            if (health.hasNoPanic()) {
                return Optional.empty();
            }
            var cause = health.causeOfPanic();
            return Optional.of(cause == null ? new IllegalStateException("database panic") : cause);
        };
    }

    @Override
    public Health health() {
        return panic.get()
                .map(cause -> Health.down().withDetail("reason", "the database has panicked and needs to be restarted")
                        .withDetail("cause", String.valueOf(cause.getMessage())).build())
                .orElseGet(() -> Health.up().build());
    }
}
