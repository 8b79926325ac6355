package org.credpath.bench.scale;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.credpath.CredpathApplication;
import org.credpath.catalog.CatalogChanged;
import org.credpath.catalog.CatalogService;
import org.credpath.catalog.CatalogVersion;
import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.snapshot.CatalogSnapshots;
import org.credpath.database.CypherQueries;
import org.credpath.database.GraphReader;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importers;
import org.credpath.support.Http;
import org.neo4j.driver.Driver;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Two replicas on one database with a generated world (issue 23): A on the embedded store, B over Bolt. Measures
 * the cost of a catalog version read, the time from commit to visible for one changed credential (on the writer
 * and on the other replica), and next-step latency on B while B rebuilds its snapshot whole. Not a JMH benchmark:
 * it prints its figures; the store is kept for a rerun.
 *
 * <pre>{@code RefreshBenchmark <esco-folder> <scale> <store> [B's refresh interval, e.g. 100ms]}</pre>
 */
public final class RefreshBenchmark {

    private RefreshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var esco = Path.of(args[0]).toAbsolutePath().normalize();
        var spec = ScaleSpec.of(Double.parseDouble(args[1]), ScaleSpec.DEFAULT_SEED);
        var store = Path.of(args[2]).toAbsolutePath().normalize();
        var interval = args.length > 3 ? args[3] : "1s";
        boolean filled = Files.exists(store.resolve("refresh-bench-filled"));
        var a = start("--credpath.seed.enabled=false", "--credpath.embedded.directory=" + store, "--credpath.embedded.bolt-port=0");
        if (!filled) {
            long t0 = System.nanoTime();
            a.getBean(Importers.class).run("esco", esco, ImportProgress.NONE);
            print("ESCO import", millis(t0));
        }
        var generated = ScaleGenerator.generate(EscoViews.read(a.getBean(Neo4jClient.class)), spec);
        var learners = generated.learnerBatches(1_000).get(0);
        if (!filled) {
            long t0 = System.nanoTime();
            a.getBean(CatalogService.class).load("generated credentials", generated.credentialsPart());
            a.getBean(CatalogService.class).load("generated learners", learners);
            print("catalog load (credentials and 1,000 learners)", millis(t0));
            Files.writeString(store.resolve("refresh-bench-filled"), spec.label());
        }
        var snapshotsA = a.getBean(CatalogSnapshots.class);
        awaitReady(snapshotsA);
        long t0 = System.nanoTime();
        a.publishEvent(new CatalogChanged("benchmark: whole rebuild", false));
        print("A: whole rebuild of " + snapshotsA.current().size() + " credentials (snapshot and skill index)", millis(t0));

        var b = start("--spring.neo4j.uri=" + a.getBean(Neo4jConnectionDetails.class).getUri(),
                "--credpath.catalog.refresh-interval=" + interval);
        var snapshotsB = b.getBean(CatalogSnapshots.class);
        awaitReady(snapshotsB);
        versionReads("A (in-process)", a.getBean(GraphReader.class));
        versionReads("B (over Bolt)", b.getBean(GraphReader.class));
        commitToVisible(generated, a, snapshotsA);
        changeOne(generated, a, snapshotsA, snapshotsB, interval);
        duringRebuild(b, snapshotsB, learners.learners().get(0).id(), Workload.sample(generated.catalog(), spec.seed(), 20).occupations());
        b.close();
        a.close();
        System.exit(0);
    }

    private static void versionReads(String where, GraphReader graph) {
        for (int i = 0; i < 500; i++) {
            graph.one("catalog/snapshot/version", Map.of());
        }
        var times = new double[2_000];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            graph.one("catalog/snapshot/version", Map.of());
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        print("version read on " + where + ", p50 / p99", percentile(times, 50) + " / " + percentile(times, 99));
    }

    /**
     * Commits one changed credential in a driver transaction, as any writer does (the change and the version in one
     * transaction), and has A refresh at once, 20 times: the time from the commit to A serving the change, which is
     * what a writer's own refresh costs and what another replica adds to its poll's wait.
     */
    private static void commitToVisible(GeneratedCatalog generated, ConfigurableApplicationContext a, CatalogSnapshots snapshots) {
        var driver = a.getBean(Driver.class);
        var micro = generated.catalog().credentials().stream().filter(c -> c.requirements() == null).toList();
        var times = new double[20];
        for (int i = 0; i < times.length; i++) {
            var id = micro.get((i * 131 + 7) % micro.size()).id();
            var title = "Committed " + System.nanoTime();
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(tx -> {
                    tx.run("MATCH (c:Credential {id: $id}) SET c.title = $title", Map.of("id", id, "title", title)).consume();
                    tx.run(CypherQueries.get(CatalogVersion.STATEMENT), CatalogVersion.parameters(List.of(id), false)).consume();
                });
            }
            long committed = System.nanoTime();
            a.publishEvent(new CatalogChanged("benchmark: commit to visible", true));
            times[i] = (System.nanoTime() - committed) / 1e6;
            if (!title.equals(snapshots.current().offering(id).orElseThrow().title())) {
                throw new IllegalStateException("the change is not served after the refresh");
            }
        }
        print("one changed credential: from its commit to A serving it (A refreshes at once), p50 / p99 / max",
                percentile(times, 50) + " / " + percentile(times, 99) + " / " + percentile(times, 100));
    }

    /** Loads one changed credential on A, ten times: A serves it when the load returns; B when its next refresh ran. */
    private static void changeOne(GeneratedCatalog generated, ConfigurableApplicationContext a, CatalogSnapshots snapshotsA,
                                  CatalogSnapshots snapshotsB, String interval) throws Exception {
        var catalog = a.getBean(CatalogService.class);
        var micro = generated.catalog().credentials().stream().filter(c -> c.requirements() == null).toList();
        var writer = new double[10];
        var other = new double[10];
        for (int i = 0; i < writer.length; i++) {
            var changed = with(micro.get(i * 97), "title", "Changed " + System.nanoTime());
            long t = System.nanoTime();
            catalog.load("benchmark change", new Catalog(List.of(), List.of(), List.of(), List.of(changed), List.of()));
            long committed = System.nanoTime();
            writer[i] = (committed - t) / 1e6;
            if (!changed.title().equals(snapshotsA.current().offering(changed.id()).orElseThrow().title())) {
                throw new IllegalStateException("the writer does not serve its own write");
            }
            while (!changed.title().equals(snapshotsB.current().offering(changed.id()).orElseThrow().title())) {
                Thread.sleep(1);
            }
            other[i] = (System.nanoTime() - committed) / 1e6;
        }
        print("one changed credential: the writer's whole load call (validate, write, commit, refresh), p50 / max",
                percentile(writer, 50) + " / " + percentile(writer, 100));
        print("one changed credential: from the load's return to B serving it (B polls every " + interval + "), p50 / max",
                percentile(other, 50) + " / " + percentile(other, 100));
    }

    /** After a warm-up, next steps on B at up to 20 requests/s for 30 s; after 10 s B rebuilds whole. Latencies outside and during it. */
    private static void duringRebuild(ConfigurableApplicationContext b, CatalogSnapshots snapshotsB, String learner,
                                      List<String> occupations) throws Exception {
        var http = new Http(Integer.parseInt(b.getEnvironment().getProperty("local.server.port")));
        for (int i = 0; i < 40; i++) { // warm-up, not measured
            http.get("/api/learners/" + learner + "/next-steps?occupation=" + Http.encode(occupations.get(i % occupations.size())));
        }
        var before = new ArrayList<Double>();
        var during = new ArrayList<Double>();
        var rebuild = new long[2];
        var rebuilder = CompletableFuture.runAsync(() -> {
            sleep(10_000);
            rebuild[0] = System.nanoTime();
            b.publishEvent(new CatalogChanged("benchmark: whole rebuild", false));
            rebuild[1] = System.nanoTime();
        });
        long end = System.nanoTime() + 30_000_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            long t = System.nanoTime();
            var response = http.get("/api/learners/" + learner + "/next-steps?occupation=" + Http.encode(occupations.get(i % occupations.size())));
            double ms = (System.nanoTime() - t) / 1e6;
            if (response.status() != 200) {
                throw new IllegalStateException("next step answered " + response.status() + ": " + response.text());
            }
            boolean inRebuild = rebuild[0] != 0 && (rebuild[1] == 0 || t < rebuild[1]);
            (inRebuild ? during : before).add(ms);
            sleep(Math.max(0, 50 - (long) ms));
        }
        rebuilder.join();
        print("B: whole rebuild while serving", (rebuild[1] - rebuild[0]) / 1_000_000 + " ms");
        print("next step on B outside the rebuild: requests, p50 / p99 / max", summary(before));
        print("next step on B during the rebuild: requests, p50 / p99 / max", summary(during));
    }

    private static ConfigurableApplicationContext start(String... args) {
        var all = new ArrayList<>(Arrays.asList(args));
        all.add("--server.port=0");
        return new SpringApplicationBuilder(CredpathApplication.class).bannerMode(Banner.Mode.OFF).run(all.toArray(String[]::new));
    }

    private static void awaitReady(CatalogSnapshots snapshots) {
        long t0 = System.nanoTime();
        while (!snapshots.ready()) {
            sleep(50);
        }
        print("first snapshot ready after", millis(t0));
    }

    /** A copy of the record with one component replaced (so the benchmark follows the record's shape). */
    static CredentialSpec with(CredentialSpec spec, String component, Object value) throws Exception {
        var components = CredentialSpec.class.getRecordComponents();
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(spec);
        }
        var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return CredentialSpec.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static String summary(List<Double> values) {
        var array = values.stream().mapToDouble(Double::doubleValue).toArray();
        return array.length + ", " + percentile(array, 50) + " / " + percentile(array, 99) + " / " + percentile(array, 100);
    }

    private static String percentile(double[] values, double p) {
        if (values.length == 0) {
            return "-";
        }
        var sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return "%.2f ms".formatted(sorted[Math.max(0, Math.min(sorted.length - 1, at))]);
    }

    private static String millis(long since) {
        return (System.nanoTime() - since) / 1_000_000 + " ms";
    }

    private static void print(String what, String value) {
        System.out.println("REFRESH-BENCH " + what + ": " + value);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
