package org.credpath.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.credpath.recommend.engine.Coverage;
import org.credpath.recommend.engine.Goal;
import org.credpath.recommend.engine.LearnerState;
import org.credpath.recommend.engine.NextSteps;
import org.credpath.recommend.engine.Route;
import org.credpath.recommend.engine.SkillData.OccupationProfile;
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
 * The recommendation workload over many occupations rather than three: the requests of {@link RecommendBenchmark}
 * ({@link RecommendRequests}) for a fixed random sample of ESCO occupations (seeded), each with a learner holding five
 * credentials toward it. Every invocation is one request for the next occupation of the sample, one shot each, so the
 * reported percentiles are over requests, each occupation weighted alike: one warm-up pass over the sample (ten for
 * next steps), then two measured passes. Run with {@code bench/run.sh RecommendWorkloadBenchmark} (README, Performance).
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

    private record Request(Goal goal, LearnerState learner) {
    }

    private RecommendRequests requests;
    private final List<Request> sample = new ArrayList<>();
    private int next;

    @Setup
    public void load() throws Exception {
        requests = new RecommendRequests();
        var occupations = new ArrayList<>(requests.index.occupations().stream().filter(o -> !o.essential().isEmpty())
                .map(OccupationProfile::uri).sorted().toList());
        Collections.shuffle(occupations, new Random(seed));
        for (var occupation : occupations.subList(0, SAMPLE)) {
            sample.add(new Request(Goal.occupation(occupation), requests.learnerToward(occupation)));
        }
    }

    private Request nextRequest() {
        var request = sample.get(next);
        next = (next + 1) % SAMPLE;
        return request;
    }

    @Benchmark
    @Warmup(iterations = 10 * SAMPLE) // a millisecond each: one pass would leave the JIT cold
    public NextSteps nextSteps() {
        var request = nextRequest();
        return requests.nextSteps(request.learner(), request.goal());
    }

    @Benchmark
    public Route route() {
        var request = nextRequest();
        return requests.route(request.learner(), request.goal());
    }

    @Benchmark
    public Coverage coverage() {
        return requests.coverage(nextRequest().goal());
    }
}
