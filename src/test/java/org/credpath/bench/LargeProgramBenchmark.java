package org.credpath.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.StackingAudit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Audits and plans on thousand-node majors ({@link LargePrograms}: 830-950 rule nodes over 3,000 courses), one
 * request per invocation cycling through 5 majors x 8 transcripts of {@code courses} courses, so percentiles are
 * over different programs and transcripts. Run with {@code bench/run.sh LargeProgramBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED"})
public class LargeProgramBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private record Request(String major, List<Holding> holdings) {
    }

    @Param({"20", "40"})
    public int courses;

    /** 1: majors of 830-1,040 rule nodes; 2: every long list twice as long, about 1,500-2,000 nodes. */
    @Param({"1", "2"})
    public int breadth;

    private CatalogSnapshot snapshot;
    private final List<Request> requests = new ArrayList<>();
    private int next;

    @Setup
    public void build() {
        var catalog = LargePrograms.catalog(7, 5, breadth);
        snapshot = CatalogSnapshotOf.of(catalog);
        for (int p = 0; p < 5; p++) {
            for (int t = 0; t < 8; t++) {
                var major = "major-" + p;
                requests.add(new Request(major, LargePrograms.transcript(catalog, major, courses, 100L * p + t).stream()
                        .map(c -> new Holding(c, TODAY.minusYears(1), null, true)).toList()));
            }
        }
    }

    private Request next() {
        next = (next + 1) % requests.size();
        return requests.get(next);
    }

    @Benchmark
    public AuditResult audit() {
        var request = next();
        return new StackingAudit(snapshot, StackingAudit.Options.at(TODAY)).audit(request.major(), request.holdings());
    }

    @Benchmark
    public CompletionPlan plan() {
        var request = next();
        var options = new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(10)), null, TODAY, Set.of());
        return new CompletionPlanner(snapshot, options).plan(List.of(request.major()), request.holdings());
    }
}
