package org.credpath.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.credpath.recommend.engine.Coverage;
import org.credpath.recommend.engine.CoverageAnalysis;
import org.credpath.recommend.engine.Filters;
import org.credpath.recommend.engine.Goal;
import org.credpath.recommend.engine.LearnerState;
import org.credpath.recommend.engine.NextSteps;
import org.credpath.recommend.engine.Recommender;
import org.credpath.recommend.engine.Route;
import org.credpath.recommend.engine.RoutePlanner;
import org.credpath.recommend.engine.SkillIndex;
import org.credpath.stacking.engine.Holding;
import org.credpath.stacking.engine.PlanOptions.CostMetric;
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
 * Next steps, full route and employer coverage on full ESCO v1.1.1 (read from ../shared/data) and a
 * generated catalog of 20,000 credentials, for a learner holding five credentials toward three real
 * occupations. Run with {@code bench/run.sh RecommendBenchmark} (see README, Performance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx6g"})
public class RecommendBenchmark {

    @Param({"http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2",
            "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",
            "http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7"})
    public String occupation;

    private Recommender recommender;
    private LearnerState learner;
    private Goal goal;

    @Setup
    public void load() throws Exception {
        var esco = Path.of(System.getProperty("credpath.shared-data", "../shared/data")).resolve("esco-v1.1.1");
        var index = GeneratedSkillWorld.build(esco, 20_000, 42);
        recommender = new Recommender(index);
        goal = Goal.occupation(occupation);
        learner = learnerToward(index, occupation);
    }

    /** A learner holding five credentials that teach essential skills of the occupation, taken two years ago. */
    static LearnerState learnerToward(SkillIndex index, String occupation) {
        var profile = index.occupation(occupation).orElseThrow();
        var holdings = profile.essential().stream().flatMap(s -> index.teachers(s).stream()).distinct().limit(5)
                .map(o -> new Holding(o.id(), GeneratedSkillWorld.TODAY.minusYears(2), null, true)).toList();
        return new LearnerState("bench", holdings, List.of(), List.of(), GeneratedSkillWorld.TODAY);
    }

    @Benchmark
    public NextSteps nextSteps() {
        return recommender.nextSteps(learner, goal, Filters.NONE, 10, CostMetric.ECTS);
    }

    @Benchmark
    public Route route() {
        return recommender.route(learner, goal, Filters.NONE, new RoutePlanner.Options(CostMetric.ECTS, 30, Duration.ofSeconds(10)));
    }

    @Benchmark
    public Coverage coverage() {
        return recommender.coverage(goal, Filters.NONE, 5, CoverageAnalysis.Scope.ALL, Duration.ofSeconds(10));
    }
}
