package org.credpath.bench;

import org.credpath.catalog.snapshot.CostMetric;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.stacking.engine.StackingAudit;
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
 * Audit and optimal plan for a UT Dallas-size degree on a warm catalog snapshot: the real Computer
 * Science BS over all 3,450 courses, for a first-year transcript. Needs ../shared/data (or
 * {@code -Dcredpath.shared-data=...}). Run with {@code bench/run.sh UtdallasBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class UtdallasBenchmark {

    private UtdallasCsDegree utd;
    private PlanOptions options;

    @Setup
    public void load() throws Exception {
        var root = Path.of(System.getProperty("credpath.shared-data", "../shared/data")).resolve("utdallas");
        utd = UtdallasCsDegree.load(root);
        options = new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(30)), null,
                UtdallasCsDegree.TODAY, utd.waived());
    }

    @Benchmark
    public AuditResult audit() {
        return new StackingAudit(utd.snapshot(), new StackingAudit.Options(UtdallasCsDegree.TODAY, utd.waived(), 5_000_000))
                .audit(UtdallasCsDegree.DEGREE, utd.transcript());
    }

    @Benchmark
    public CompletionPlan plan() {
        return new CompletionPlanner(utd.snapshot(), options).plan(List.of(UtdallasCsDegree.DEGREE), utd.transcript());
    }
}
