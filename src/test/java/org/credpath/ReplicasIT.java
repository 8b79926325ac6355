package org.credpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.credpath.catalog.snapshot.CatalogSnapshots;
import org.credpath.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several replicas on one database, started as the run command starts the service: A on the embedded Neo4j with
 * its Bolt port open, B and C with {@code spring.neo4j.uri} pointing at it. B rebuilds its snapshot whole on every
 * change ({@code incremental-limit=0}) and has a test view ({@link HeldBuilds}) that can hold a build, to show that
 * readiness waits for the first one and requests do not wait for a later one. A and C run the defaults.
 */
class ReplicasIT {

    /** The promise with the default 1 s refresh interval: the interval plus the refresh itself (README, "Several replicas"). */
    private static final Duration PROMISE = Duration.ofSeconds(2);
    private static final String LEARNER = "learner-aino";

    @TempDir
    Path store;

    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        HeldBuilds.release();
        for (int i = replicas.size() - 1; i >= 0; i--) {
            replicas.get(i).close();
        }
    }

    @Test
    @DisplayName("a catalog change on either replica is served by both within the promise; a rebuild holds no request; a late replica converges")
    void replicasServeEveryChange() throws Exception {
        var a = start(List.of(), "--credpath.embedded.directory=" + store, "--credpath.embedded.bolt-port=0");
        var httpA = http(a);
        awaitReady(httpA, Duration.ofSeconds(60));
        var bolt = "--spring.neo4j.uri=" + a.getBean(Neo4jConnectionDetails.class).getUri();

        // B's first build is held: not ready (and no traffic), yet alive
        HeldBuilds.hold();
        var b = start(List.of(HeldBuilds.class), bolt, "--credpath.catalog.incremental-limit=0");
        var httpB = http(b);
        assertThat(HeldBuilds.entered(Duration.ofSeconds(30))).as("B's first build started").isTrue();
        assertThat(httpB.get("/actuator/health/readiness").status()).isEqualTo(503);
        assertThat(httpB.get("/actuator/health/readiness").json().path("components").path("catalogSnapshot").path("status").asString())
                .isEqualTo("OUT_OF_SERVICE");
        assertThat(httpB.get("/actuator/health/liveness").status()).isEqualTo(200);
        HeldBuilds.release();
        awaitReady(httpB, Duration.ofSeconds(30));

        // a change on A: A serves it at once, B within the promise (B rebuilds whole, A updates in place)
        load(httpA, "replica-cert-a");
        assertThat(visible(httpA, "replica-cert-a")).as("the writer reads its own write").isTrue();
        assertThat(awaitVisible(httpB, "replica-cert-a", PROMISE)).as("B sees A's change within " + PROMISE).isTrue();

        // and a change on B: the other way round
        load(httpB, "replica-cert-b");
        assertThat(visible(httpB, "replica-cert-b")).isTrue();
        assertThat(awaitVisible(httpA, "replica-cert-b", PROMISE)).as("A sees B's change within " + PROMISE).isTrue();

        // while B's rebuild is held, B keeps answering from the snapshot it has
        HeldBuilds.hold();
        load(httpA, "replica-cert-held");
        assertThat(HeldBuilds.entered(Duration.ofSeconds(10))).as("B started rebuilding").isTrue();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            assertThat(httpB.get("/api/learners/" + LEARNER + "/next-steps?credential=replica-cert-a").status()).isEqualTo(200);
            assertThat(httpB.get("/api/learners/" + LEARNER + "/audit/replica-cert-held").status()).as("not yet in B's snapshot").isEqualTo(404);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("requests during the rebuild").isLessThan(Duration.ofSeconds(1));
        }
        assertThat(httpB.get("/actuator/health/readiness").status()).as("B stays ready while rebuilding").isEqualTo(200);
        HeldBuilds.release();
        assertThat(awaitVisible(httpB, "replica-cert-held", PROMISE)).isTrue();

        // C starts while A writes, and ends up with every write
        var c = CompletableFuture.supplyAsync(() -> start(List.of(), bolt));
        var written = new ArrayList<String>();
        for (int i = 0; i < 15; i++) {
            written.add("replica-cert-w" + i);
            load(httpA, written.get(i));
        }
        var httpC = http(c.get(60, TimeUnit.SECONDS));
        awaitReady(httpC, Duration.ofSeconds(30));
        for (var id : written) {
            assertThat(awaitVisible(httpC, id, PROMISE)).as("C serves " + id).isTrue();
            assertThat(awaitVisible(httpB, id, PROMISE)).as("B serves " + id + " within " + PROMISE).isTrue(); // B polls on its own clock
        }
    }

    private ConfigurableApplicationContext start(List<Class<?>> extra, String... args) {
        var sources = new ArrayList<Class<?>>(List.of(CredpathApplication.class));
        sources.addAll(extra);
        var all = new ArrayList<>(List.of(args));
        all.add("--server.port=0");
        var context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(all.toArray(String[]::new));
        synchronized (replicas) {
            replicas.add(context);
        }
        return context;
    }

    private static Http http(ConfigurableApplicationContext app) {
        return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    private static void load(Http http, String id) {
        var catalog = """
                format: credpath-catalog/1
                credentials:
                  - id: %s
                    kind: certificate
                    title: Certificate %s
                    provider: hh
                    ects: 10
                    eqfLevel: 6
                    language: en
                    requirements:
                      kind: ALL_OF
                      children:
                        - credential: hh-mc-sql-basics
                        - credential: hh-mc-python-data
                """.formatted(id, id);
        var response = http.post("/api/admin/catalog", "application/yaml", catalog);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    /** Whether audit, plan and next step all know the credential (each answers 404 until the snapshot holds it). */
    private static boolean visible(Http http, String id) {
        var paths = List.of("/api/learners/" + LEARNER + "/audit/" + id, "/api/learners/" + LEARNER + "/plan/" + id,
                "/api/learners/" + LEARNER + "/next-steps?credential=" + id);
        boolean all = true;
        for (var path : paths) {
            var response = http.get(path);
            assertThat(response.status()).as(path + ": " + response.text()).isIn(200, 404);
            all &= response.status() == 200;
        }
        return all;
    }

    private static boolean awaitVisible(Http http, String id, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        do {
            if (visible(http, id)) {
                return true;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        return visible(http, id);
    }

    private static void awaitReady(Http http, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (http.get("/actuator/health/readiness").status() != 200) {
            assertThat(System.nanoTime()).as("ready within " + within).isLessThan(end);
            Thread.sleep(100);
        }
    }

    /** A catalog view whose builds wait while the test holds them. */
    @Configuration(proxyBeanMethods = false)
    static class HeldBuilds {

        record Held() {
        }

        private static volatile CountDownLatch gate;
        private static volatile CountDownLatch entered = new CountDownLatch(1);

        static void hold() {
            entered = new CountDownLatch(1);
            gate = new CountDownLatch(1);
        }

        static void release() {
            var g = gate;
            if (g != null) {
                g.countDown();
            }
        }

        static boolean entered(Duration within) throws InterruptedException {
            return entered.await(within.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Bean
        Held heldView(CatalogSnapshots snapshots) {
            snapshots.register(Held.class, snapshot -> {
                var g = gate;
                entered.countDown();
                if (g != null) {
                    try {
                        g.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new Held();
            });
            return new Held();
        }
    }
}
