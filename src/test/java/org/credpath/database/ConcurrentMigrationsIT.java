package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4jBuilders;

/** Replicas started at once on an empty database apply each schema migration once between them, and both start. */
class ConcurrentMigrationsIT {

    @Test
    void twoInstancesStartingAtOnceOnAnEmptyDatabaseApplyEachMigrationOnce() throws Exception {
        try (var server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
             var a = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
             var b = GraphDatabase.driver(server.boltURI(), AuthTokens.none())) {
            var go = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(migrate(a, go));
                var second = pool.submit(migrate(b, go));
                go.countDown();
                var applied = new ArrayList<Integer>(first.get(2, TimeUnit.MINUTES));
                applied.addAll(second.get(2, TimeUnit.MINUTES));

                var recorded = versions(a, "MATCH (m:__Migration) RETURN m.version AS v ORDER BY v");
                assertThat(applied).as("each applied by one of them").containsExactlyInAnyOrderElementsOf(recorded).doesNotHaveDuplicates();
                assertThat(recorded).as("every migration recorded once").doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4);
                assertThat(new CypherMigrations(a).migrate()).as("nothing left to apply").isEmpty();
                assertThat(versions(b, "MATCH (v:CatalogVersion) RETURN count(v) AS v")).as("one catalog version node").containsExactly(1);
                assertThat(versions(b, "MATCH (l:__MigrationLock) WHERE l.holder IS NOT NULL RETURN count(l) AS v"))
                        .as("the lock released").containsExactly(0);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Callable<List<Integer>> migrate(Driver driver, CountDownLatch go) {
        return () -> {
            go.await();
            return new CypherMigrations(driver).migrate();
        };
    }

    private static List<Integer> versions(Driver driver, String query) {
        try (var session = driver.session()) {
            return session.run(query).list(r -> r.get("v").asInt());
        }
    }
}
