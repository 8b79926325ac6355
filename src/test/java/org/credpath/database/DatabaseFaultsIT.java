package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.credpath.CredpathApplication;
import org.credpath.support.FaultyProxy;
import org.credpath.support.Http;
import org.credpath.support.SharedNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service behind a faulty network to its database (issue 24, defects 3 and 4): a loopback TCP proxy
 * ({@link FaultyProxy}) between the service and the suite's in-process Neo4j, which it reaches only over Bolt (no
 * in-process reads here). The proxy refuses connections (a closed port), black-holes them (open connections and new
 * ones stay silent) or resets them; the service must answer 503 problems with {@code Retry-After} within the bounds,
 * say DOWN on readiness quickly, keep liveness UP, and recover by itself when the proxy heals.
 */
class DatabaseFaultsIT {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFaultsIT.class);
    /**
     * The promise: the driver gives up on a silent open connection after 4 s (the harness's keep-alive, 2 s x 2 probes), on
     * a new one after the 5 s pool acquisition timeout; plus slack for a machine shared with other builds.
     */
    private static final Duration BOUND = Duration.ofSeconds(8);
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @TempDir
    Path store;

    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    @Test
    @DisplayName("a database down at start (a closed port): the service starts not ready, answers 503, and connects when it appears")
    void startsWithTheDatabaseDown() throws Exception {
        var proxy = proxy();
        long started = System.nanoTime();
        var http = start(proxy);
        log.info("started with the database refused in {} ms", millis(started));

        assertNotReady(http);
        proxy.heal();
        awaitRecovery(http);
        assertThat(http.json("/api/credentials?size=1").path("total").asLong()).as("seeded once the database answered").isPositive();
    }

    @Test
    @DisplayName("a database black-holed at start: the service starts within the connection timeout, not ready, and connects when it answers")
    void startsWithTheDatabaseBlackHoled() throws Exception {
        var proxy = proxy();
        proxy.blackHole();
        long started = System.nanoTime();
        var http = start(proxy);
        log.info("started with the database black-holed in {} ms", millis(started));

        assertNotReady(http);
        proxy.heal();
        awaitRecovery(http);
    }

    @Test
    @DisplayName("black-holed and reset while serving: 503 problems within the bound, readiness DOWN, recovery without restart")
    void answersOutagesWithBounded503s() throws Exception {
        var proxy = proxy();
        proxy.heal();
        var http = start(proxy, "--credpath.storage.directory=" + store, "--credpath.storage.min-free-space=1000000GB");
        awaitRecovery(http);
        var anonymous = http.anonymous();

        // an open, pooled connection goes silent: the request must not wait for it longer than the bound
        proxy.blackHole();
        assertBounded503(anonymous, "/api/credentials?size=3", "black hole, open connection");
        assertBounded503(anonymous, "/api/providers", "black hole, second request");
        assertReadinessDown(http, "black hole");
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        proxy.heal();
        awaitRecovery(http);

        // the database goes away: connections reset, new ones refused
        proxy.reset();
        assertBounded503(anonymous, "/api/credentials?size=3", "reset");
        assertReadinessDown(http, "reset");
        proxy.close();
        assertBounded503(anonymous, "/api/credentials?size=3", "refused");
        proxy.heal();
        awaitRecovery(http);

        // too little disk for a large write: refused before it starts, naming the store and the space
        var refused = http.post("/api/admin/catalog?name=disk.yaml", "application/yaml", "format: credpath-catalog/1\ncredentials: []\n");
        var problem = refused.problem(507, null);
        assertThat(problem.path("type").asString()).isEqualTo("urn:credpath:problem:insufficient-storage");
        assertThat(problem.path("store").asString()).isEqualTo(store.toAbsolutePath().normalize().toString());
        assertThat(problem.path("neededBytes").asLong()).isGreaterThan(problem.path("freeBytes").asLong());
        assertThat(problem.path("detail").asString()).contains("credpath.storage.min-free-space");
    }

    private void assertNotReady(Http http) {
        long before = System.nanoTime();
        var readiness = timed(() -> http.get("/actuator/health/readiness"));
        assertThat(readiness.status()).as(readiness.text()).isEqualTo(503);
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
        var api = timed(() -> http.anonymous().get("/api/credentials"));
        var problem = api.problem(503, null);
        assertThat(problem.path("type").asString()).isEqualTo("urn:credpath:problem:database-unavailable");
        assertThat(api.header("Retry-After")).isNotBlank();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("readiness and the API answer at once while not ready").isLessThan(BOUND);
    }

    private static void assertBounded503(Http http, String path, String fault) {
        long before = System.nanoTime();
        var response = timed(() -> http.get(path));
        long took = millis(before);
        log.info("{}: GET {} answered {} in {} ms", fault, path, response.status(), took);
        var problem = response.problem(503, null);
        assertThat(problem.path("type").asString()).as("an outage, not a conflict to retry at once").isEqualTo("urn:credpath:problem:database-unavailable");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(Duration.ofMillis(took)).as(fault + ": 503 within the bound").isLessThan(BOUND);
    }

    private static void assertReadinessDown(Http http, String fault) {
        long before = System.nanoTime();
        var readiness = timed(() -> http.get("/actuator/health/readiness"));
        long took = millis(before);
        log.info("{}: readiness answered {} in {} ms", fault, readiness.status(), took);
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(Duration.ofMillis(took)).as(fault + ": readiness DOWN within the bound").isLessThan(BOUND);
    }

    /** Polls readiness and the API until both answer 200; logs how long that took. */
    private static void awaitRecovery(Http http) throws InterruptedException {
        long before = System.nanoTime();
        long deadline = before + RECOVERY.toNanos();
        while (System.nanoTime() < deadline) {
            if (timed(() -> http.get("/actuator/health/readiness")).status() == 200
                    && timed(() -> http.anonymous().get("/api/credentials?size=1")).status() == 200) {
                log.info("recovered in {} ms", millis(before));
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not recovered within " + RECOVERY + ": readiness " + http.get("/actuator/health/readiness").text());
    }

    /** A request that must come back at all: the test fails rather than hangs when the service holds it. */
    private static Http.Response timed(Supplier<Http.Response> request) {
        try {
            return CompletableFuture.supplyAsync(request).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer within 60 s", e);
        }
    }

    private FaultyProxy proxy() throws IOException {
        var proxy = new FaultyProxy(SharedNeo4j.server().boltURI().getPort());
        closing.add(proxy);
        return proxy;
    }

    private Http start(FaultyProxy proxy, String... more) {
        var args = new ArrayList<>(List.of("--spring.neo4j.uri=" + proxy.boltUri(), "--server.port=0",
                "--spring.neo4j.connection-timeout=2s", "--credpath.database.start-retry-interval=500ms",
                "--credpath.database.health-timeout=2s"));
        args.addAll(List.of(more));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CredpathApplication.class).run(args.toArray(String[]::new));
        closing.add(app);
        return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    private static long millis(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis();
    }
}
