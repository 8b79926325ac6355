package org.credpath.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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
import org.credpath.recommend.engine.SkillData.OccupationProfile;
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
 * The recommendation workload over many occupations rather than three: the same world as {@link RecommendBenchmark}
 * (full ESCO v1.1.1 + 20,000 generated credentials), and a fixed random sample of ESCO occupations (seeded), each with
 * a learner holding five credentials toward it. Every invocation is one request for the next occupation of the sample,
 * one shot each, so the reported percentiles are over requests, each occupation weighted alike: one warm-up pass over
 * the sample (ten for next steps), then two measured passes. Run with {@code bench/run.sh RecommendWorkloadBenchmark} (README, Performance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = RecommendWorkloadBenchmark.SAMPLE)
@Measurement(iterations = 2 * RecommendWorkloadBenchmark.SAMPLE)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx6g"})
public class RecommendWorkloadBenchmark {

    static final int SAMPLE = 200;

    @Param("11")
    public long seed;

    private Recommender recommender;
    private final List<Goal> goals = new ArrayList<>();
    private final List<LearnerState> learners = new ArrayList<>();
    private int next;

    @Setup
    public void load() throws Exception {
        var esco = Path.of(System.getProperty("credpath.shared-data", "../shared/data")).resolve("esco-v1.1.1");
        var index = GeneratedSkillWorld.build(esco, 20_000, 42);
        recommender = new Recommender(index);
        var occupations = new ArrayList<>(index.occupations().stream().filter(o -> !o.essential().isEmpty())
                .sorted(Comparator.comparing(OccupationProfile::uri)).toList());
        Collections.shuffle(occupations, new Random(seed));
        for (var occupation : occupations.subList(0, SAMPLE)) {
            goals.add(Goal.occupation(occupation.uri()));
            learners.add(RecommendBenchmark.learnerToward(index, occupation.uri()));
        }
    }

    private int nextRequest() {
        int at = next;
        next = (next + 1) % SAMPLE;
        return at;
    }

    @Benchmark
    @Warmup(iterations = 10 * SAMPLE) // a millisecond each: one pass would leave the JIT cold
    public NextSteps nextSteps() {
        int at = nextRequest();
        return recommender.nextSteps(learners.get(at), goals.get(at), Filters.NONE, 10, CostMetric.ECTS);
    }

    @Benchmark
    public Route route() {
        int at = nextRequest();
        return recommender.route(learners.get(at), goals.get(at), Filters.NONE,
                new RoutePlanner.Options(CostMetric.ECTS, 30, Duration.ofSeconds(10)));
    }

    @Benchmark
    public Coverage coverage() {
        return recommender.coverage(goals.get(nextRequest()), Filters.NONE, 5, CoverageAnalysis.Scope.ALL, Duration.ofSeconds(10));
    }
}
