package org.credpath.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.credpath.catalog.ImportReport;
import org.credpath.database.CypherMigrations;
import org.credpath.imports.LoggingProgress;
import org.credpath.imports.esco.EscoImporter;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full ESCO v1.1.1 import (../shared/data/esco-v1.1.1) into a fresh, empty store with credpath's schema,
 * one import per iteration; and the re-import of the same download into a store that already holds it.
 * JMH prints each run and the percentiles (p(50) is the median). Run with
 * {@code bench/run.sh EscoImportBenchmark} (see docs/imports.md); override the data folder with
 * {@code -jvmArgsAppend -Dcredpath.shared-data=/path/to/data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED", "-Xmx3g"})
public class EscoImportBenchmark {

    private Path esco;

    @Setup(Level.Trial)
    public void describeMachine() {
        esco = escoFolder();
        var runtime = Runtime.getRuntime();
        System.out.printf("%nmachine: %d cores, max heap %d MiB, %s %s (%s)%n", runtime.availableProcessors(),
                runtime.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /** A new in-process Neo4j with credpath's schema and no data, for each measured import. */
    @State(Scope.Benchmark)
    public static class EmptyStore {

        Neo4j server;
        Driver driver;

        @Setup(Level.Iteration)
        public void start() {
            server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
            new CypherMigrations(driver).migrate();
        }

        @TearDown(Level.Iteration)
        public void drop() {
            driver.close();
            server.close();
        }
    }

    @Benchmark
    public ImportReport importIntoEmptyStore(EmptyStore store) {
        return new EscoImporter(store.driver).importFrom(esco, new LoggingProgress("ESCO import"));
    }

    /** Re-import: the store holds the download already (imported once per trial, outside the measurement). */
    @State(Scope.Benchmark)
    public static class Imported {

        Neo4j server;
        Driver driver;

        @Setup(Level.Trial)
        public void importOnce() {
            server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
            new CypherMigrations(driver).migrate();
            new EscoImporter(driver).importFrom(escoFolder(), new LoggingProgress("ESCO first import"));
        }

        @TearDown(Level.Trial)
        public void dropStore() {
            driver.close();
            server.close();
        }
    }

    @Benchmark
    public ImportReport reimportUnchanged(Imported store) {
        var report = new EscoImporter(store.driver).importFrom(esco, new LoggingProgress("ESCO re-import"));
        if (report.entries().values().stream().anyMatch(c -> c.created() + c.updated() > 0)) {
            throw new IllegalStateException("re-import changed something: " + report.entries());
        }
        return report;
    }

    private static Path escoFolder() {
        var folder = Path.of(System.getProperty("credpath.shared-data", "../shared/data"), "esco-v1.1.1").toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("ESCO v1.1.1 is not at " + folder + " (see ../shared/data/README.md)");
        }
        return folder;
    }
}
