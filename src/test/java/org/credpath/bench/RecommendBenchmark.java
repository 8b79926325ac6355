package org.credpath.bench;

import java.util.concurrent.TimeUnit;

import org.credpath.recommend.engine.Coverage;
import org.credpath.recommend.engine.Goal;
import org.credpath.recommend.engine.LearnerState;
import org.credpath.recommend.engine.NextSteps;
import org.credpath.recommend.engine.Route;
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
 * Next steps, full route and employer coverage ({@link RecommendRequests}) for a learner holding five credentials
 * toward three real occupations. Run with {@code bench/run.sh RecommendBenchmark} (see README, Performance).
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

    private RecommendRequests requests;
    private LearnerState learner;
    private Goal goal;

    @Setup
    public void load() throws Exception {
        requests = new RecommendRequests();
        goal = Goal.occupation(occupation);
        learner = requests.learnerToward(occupation);
    }

    @Benchmark
    public NextSteps nextSteps() {
        return requests.nextSteps(learner, goal);
    }

    @Benchmark
    public Route route() {
        return requests.route(learner, goal);
    }

    @Benchmark
    public Coverage coverage() {
        return requests.coverage(goal);
    }
}
