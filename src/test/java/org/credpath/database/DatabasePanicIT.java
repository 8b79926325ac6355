package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;

import org.credpath.web.DatabaseFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;
import org.springframework.boot.health.contributor.Status;

/**
 * Issue 24 defect 5 without a full disk: a throwaway embedded database made to panic the way a full disk does (its
 * health told so, as Neo4j's own store code tells it). The panic health check goes DOWN, and what the database then
 * answers to every transaction is a 503 "unavailable", not a 500 and not a "busy" to retry.
 */
class DatabasePanicIT {

    @TempDir
    Path store;

    @Test
    void aPanickedDatabaseIsDownAndItsRefusalsAreUnavailable() {
        var service = new DatabaseManagementServiceBuilder(store).setConfig(BoltConnector.enabled, false).build();
        try {
            var database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var indicator = new DatabasePanicHealthIndicator(DatabasePanicHealthIndicator.of(database));
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

            ((GraphDatabaseAPI) database).getDependencyResolver().resolveDependency(DatabaseHealth.class)
                    .panic(new IOException("No space left on device"));

            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
            var refused = catchThrowable(() -> database.executeTransactionally("CREATE (:Probe)"));
            assertThat(refused).isNotNull();
            assertThat(DatabaseFailures.of(refused)).as(String.valueOf(refused)).contains(DatabaseFailures.Kind.UNAVAILABLE);
        } finally {
            service.shutdown();
        }
    }
}
