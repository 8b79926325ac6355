package org.credpath.bench;

import org.credpath.catalog.snapshot.CostMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.credpath.catalog.format.CatalogFileReader;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.stacking.engine.AuditResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Audit and optimal plan on a warm catalog snapshot: the seed catalog's Data Analytics certificate
 * for learner-aino. Run with {@code bench/run.sh StackingBenchmark} (see README, Performance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class StackingBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String TARGET = "hh-cert-data-analytics";

    private CatalogSnapshot snapshot;
    private List<Holding> holdings;

    @Setup
    public void load() throws Exception {
        var catalog = new CatalogFileReader().read("alliance-catalog.yaml", Files.readString(Path.of("seed-data/alliance-catalog.yaml")));
        snapshot = CatalogSnapshotOf.of(catalog);
        holdings = CatalogSnapshotOf.holdings(catalog).get("learner-aino");
    }

    @Benchmark
    public AuditResult audit() {
        return new StackingAudit(snapshot, StackingAudit.Options.at(TODAY)).audit(TARGET, holdings);
    }

    @Benchmark
    public CompletionPlan plan() {
        return new CompletionPlanner(snapshot, PlanOptions.defaults(CostMetric.ECTS, TODAY)).plan(List.of(TARGET), holdings);
    }
}
