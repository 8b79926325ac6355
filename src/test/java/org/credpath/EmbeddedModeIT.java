package org.credpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.credpath.support.Http;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the service as the README's run command does: no spring.neo4j.uri, so an embedded Neo4j
 * with an on-disk store starts, is migrated and seeded, and serves Bolt; then restarts it on the
 * same store to show the data stays and the seed is not loaded twice.
 */
class EmbeddedModeIT {

    @TempDir
    Path store;

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(CredpathApplication.class,
                "--credpath.embedded.directory=" + store, "--credpath.embedded.bolt-port=0", "--server.port=0");
    }

    @Test
    @DisplayName("GET /api/credentials on the embedded, seeded service; data survives a restart")
    void servesTheSeededCatalogAndKeepsDataAcrossRestarts() {
        long seeded;
        try (var app = start()) {
            assertThat(app.getBeanNamesForType(DatabaseManagementService.class)).hasSize(1);
            var http = new Http(port(app));
            var page = http.get("/api/credentials?kind=micro-credential&size=1");
            assertThat(page.status()).isEqualTo(200);
            seeded = page.json().path("total").asLong();
            assertThat(seeded).isGreaterThanOrEqualTo(40);
            assertThat(page.json().path("items").get(0).has("qualityAssurance")).isTrue();

            // the Bolt connector is open for Neo4j Browser or cypher-shell, here a plain driver
            try (var driver = GraphDatabase.driver(boltUri(app), AuthTokens.none()); var session = driver.session()) {
                session.run("CREATE (:Learner {id: 'restart-marker'})").consume();
            }
        }

        try (var app = start()) {
            var http = new Http(port(app));
            assertThat(http.get("/api/credentials?kind=micro-credential&size=1").json().path("total").asLong()).isEqualTo(seeded);
            assertThat(http.get("/api/learners/restart-marker").status()).isEqualTo(200);
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static String boltUri(ConfigurableApplicationContext app) {
        var details = app.getBean(org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails.class);
        return details.getUri().toString();
    }
}
