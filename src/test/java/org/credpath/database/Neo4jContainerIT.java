package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.credpath.CredpathApplication;
import org.credpath.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** Against a real Neo4j 5.26 server in Docker, with authentication; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("credpath-test");

    @Test
    void runsMigratedAndSeededOnAServer() {
        try (var app = SpringApplication.run(CredpathApplication.class, "--server.port=0",
                "--spring.neo4j.uri=" + NEO4J.getBoltUrl(), "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=credpath-test")) {
            var http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            assertThat(http.get("/api/credentials").json().path("total").asInt()).isPositive();
            assertThat(http.get("/actuator/health").json().path("components").path("neo4j").path("status").asString()).isEqualTo("UP");
        }
    }
}
