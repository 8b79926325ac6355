package org.credpath.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The audit and the next step written directly in Cypher, the way a team without credpath's engine would
 * ({@code bench/baseline/*.cypher}), run through the Neo4j driver on the service's embedded Bolt port:
 * the same database, the same learners, in the same run.
 */
final class CypherBaseline implements AutoCloseable {

    static final Path FOLDER = Path.of("bench", "baseline");

    private final Driver driver;
    final String audit;
    final String nextStep;

    CypherBaseline(int boltPort) throws IOException {
        this.driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(64).withoutEncryption().build());
        this.audit = Files.readString(FOLDER.resolve("audit.cypher"));
        this.nextStep = Files.readString(FOLDER.resolve("next-step.cypher"));
    }

    /** Runs a read query and fetches every row; returns 200 (a failure throws). */
    int run(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(query, parameters).list());
        }
        return 200;
    }

    /** The rows of one run, for the report's sample answer. */
    java.util.List<Map<String, Object>> rows(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, parameters).list(r -> r.asMap()));
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
