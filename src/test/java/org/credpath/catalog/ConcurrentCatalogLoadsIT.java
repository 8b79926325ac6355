package org.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 24 defect 2: two catalog loads at once that each add half of a rule cycle (A needs B; B needs A). One after
 * the other, the first is written and the second refused (422, the cycle named); at once, the answers must be the
 * same and the graph must hold the winner's half only: never a 500 from a deadlock, never both halves.
 */
@IntegrationTest
@DisplayName("POST /api/admin/catalog: overlapping loads settle as one after the other")
class ConcurrentCatalogLoadsIT {

    private static final int ROUNDS = 6;

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;

    @AfterEach
    void removeTestData() {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (n:Credential) WHERE n.id STARTS WITH 'concurrent-load-'
                    OPTIONAL MATCH (n)-[:HAS_PREREQUISITE|HAS_REQUIREMENT]->(owned)
                    OPTIONAL MATCH (owned)-[:OPTION*0..]->(r:Requirement)
                    DETACH DELETE n, owned, r""").consume();
        }
    }

    @Test
    void twoHalvesOfACycleLoadedAtOnceEndAsOneAfterTheOther() throws Exception {
        var http = new Http(port);
        for (int round = 0; round < ROUNDS; round++) {
            var a = "concurrent-load-" + round + "-a";
            var b = "concurrent-load-" + round + "-b";
            assertThat(http.post("/api/admin/catalog?name=base.yaml", "application/yaml", catalog(a, null, b, null)).status()).isEqualTo(200);

            var answers = atOnce(http, List.of(catalog(a, b, null, null), catalog(b, a, null, null)));

            assertThat(answers.stream().map(Http.Response::status).sorted().toList()).as(round + ": " + answers).containsExactly(200, 422);
            var written = answers.get(0).status() == 200 ? Map.of(a, b) : Map.of(b, a);
            var refused = answers.get(0).status() == 200 ? answers.get(1) : answers.get(0);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text()).contains("rule cycle");
            assertThat(prerequisite(a, b)).as(round + ": " + a + " needs " + b).isEqualTo(written.containsKey(a));
            assertThat(prerequisite(b, a)).as(round + ": " + b + " needs " + a).isEqualTo(written.containsKey(b));
        }
    }

    /** A catalog of one or two badges; {@code firstNeeds} (may be null) the first's prerequisite. */
    private static String catalog(String first, String firstNeeds, String second, String secondNeeds) {
        var yaml = new StringBuilder("format: credpath-catalog/1\ncredentials:\n");
        yaml.append(badge(first, firstNeeds));
        if (second != null) {
            yaml.append(badge(second, secondNeeds));
        }
        return yaml.toString();
    }

    private static String badge(String id, String needs) {
        return "  - {id: %s, kind: badge, title: Badge %s, provider: hh%s}\n"
                .formatted(id, id, needs == null ? "" : ", prerequisites: {credential: " + needs + "}");
    }

    private static List<Http.Response> atOnce(Http http, List<String> bodies) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(bodies.size());
        try {
            var futures = new ArrayList<java.util.concurrent.Future<Http.Response>>();
            for (var body : bodies) {
                Callable<Http.Response> load = () -> {
                    start.await();
                    return http.post("/api/admin/catalog?name=half.yaml", "application/yaml", body);
                };
                futures.add(pool.submit(load));
            }
            start.countDown();
            var answers = new ArrayList<Http.Response>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean prerequisite(String from, String to) {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (x:Credential {id: $from})-[:HAS_PREREQUISITE]->(:Requirement)-[:OPTION*0..]->(y:Credential {id: $to})
                    RETURN count(*) > 0 AS found""", Map.of("from", from, "to", to)).single().get("found").asBoolean();
        }
    }
}
