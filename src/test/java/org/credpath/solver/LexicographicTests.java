package org.credpath.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.credpath.solver.Lexicographic.Options;
import org.credpath.solver.Lexicographic.Status;
import org.junit.jupiter.api.Test;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;

/** The lexicographic solve against exhaustive search, both ways (one weighted sum, level by level), and its statuses. */
class LexicographicTests {

    private static final Options TEN_SECONDS = Options.within(Duration.ofSeconds(10));

    /** A random covering model: n choices, each of m rows needs one of its members; three cost levels (the second may reward). */
    private record Instance(int n, List<int[]> rows, long[][] costs) {

        static Instance random(Random random, long firstLevelScale) {
            int n = 4 + random.nextInt(7);
            var rows = new ArrayList<int[]>();
            for (int r = 0; r < 1 + random.nextInt(5); r++) {
                rows.add(random.ints(1 + random.nextInt(3), 0, n).distinct().toArray());
            }
            var costs = new long[3][n];
            for (int i = 0; i < n; i++) {
                costs[0][i] = random.nextInt(4) * firstLevelScale;
                costs[1][i] = random.nextInt(5) - 2;
                costs[2][i] = random.nextInt(10);
            }
            return new Instance(n, rows, costs);
        }

        boolean feasible(int mask) {
            return rows.stream().allMatch(row -> java.util.Arrays.stream(row).anyMatch(i -> (mask >> i & 1) == 1));
        }

        long[] value(int mask) {
            var v = new long[3];
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    for (int l = 0; l < 3; l++) {
                        v[l] += costs[l][i];
                    }
                }
            }
            return v;
        }

        long[] bruteForce() {
            long[] best = null;
            for (int mask = 0; mask < 1 << n; mask++) {
                var v = value(mask);
                if (feasible(mask) && (best == null || java.util.Arrays.compare(v, best) < 0)) {
                    best = v;
                }
            }
            return best;
        }
    }

    private static long[] solve(Instance instance, Options options) {
        Lexicographic.loadNative();
        var model = new CpModel();
        var x = new BoolVar[instance.n()];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        instance.rows().forEach(row -> model.addBoolOr(java.util.Arrays.stream(row).mapToObj(i -> x[i]).toArray(BoolVar[]::new)));
        var levels = List.of(new Level(x, instance.costs()[0]), new Level(x, instance.costs()[1]), new Level(x, instance.costs()[2]));
        var outcome = Lexicographic.minimise(model, levels, x, options);
        assertThat(outcome.status()).isEqualTo(Status.OPTIMAL);
        assertThat(outcome.gap()).isZero();
        int mask = 0;
        for (int i = 0; i < x.length; i++) {
            mask |= outcome.isTrue(x[i]) ? 1 << i : 0;
        }
        assertThat(instance.feasible(mask)).isTrue();
        return instance.value(mask);
    }

    @Test
    void oneWeightedSumEqualsExhaustiveSearch() {
        var random = new Random(19);
        for (int t = 0; t < 60; t++) {
            var instance = Instance.random(random, 1);
            assertThat(Weights.of(List.of(new Level(new BoolVar[0], new long[0]), new Level(new BoolVar[0], new long[0])))).isNotNull();
            assertThat(solve(instance, TEN_SECONDS)).as("instance %d", t).containsExactly(instance.bruteForce());
        }
    }

    @Test
    void levelByLevelEqualsExhaustiveSearchWhereTheWeightedSumWouldLeaveExactArithmetic() {
        var random = new Random(25);
        for (int t = 0; t < 60; t++) {
            // first-level costs near 2^50: its weight times its spread passes 2^53, so the levels are solved one by one
            var instance = Instance.random(random, 1L << 50);
            assertThat(solve(instance, TEN_SECONDS)).as("instance %d", t).containsExactly(instance.bruteForce());
        }
    }

    @Test
    void aWeightedSumNotProvenWithinItsEffortGoesOnLevelByLevel() {
        var random = new Random(7);
        for (int t = 0; t < 30; t++) {
            var instance = Instance.random(random, 1);
            assertThat(solve(instance, TEN_SECONDS.combinedEffort(0))).as("instance %d", t).containsExactly(instance.bruteForce());
        }
    }

    @Test
    void weightsExceedTheSpreadOfEveryLevelAfterThemAndStayWithin2To53() {
        var vars = new BoolVar[3];
        var first = new Level(vars, new long[] {5, 7, 0});
        var count = Level.maximiseCount(vars); // spread 3, least value -3
        var last = new Level(vars, new long[] {10, 20, 30}); // spread 60
        var weights = Weights.of(List.of(first, count, last));

        assertThat(weights.weights()).containsExactly(61 * 3 + 60 + 1, 61, 1);
        assertThat(weights.restMin()).isEqualTo(-3 * 61);
        // a weighted value of 12 on the first level, every soft item rewarded, 60 on the last: the first level reads back 12
        assertThat(weights.firstLevel(12.0 * weights.weights()[0] - 3 * 61 + 60)).isEqualTo(12);
        assertThat(Weights.of(List.of(new Level(vars, new long[] {1L << 52, 0, 0}), last))).isNull();
        assertThat(Weights.of(List.of(first))).isNull();
    }

    @Test
    void anInfeasibleModelIsInfeasibleAndAModelWithNoSolutionByTheLimitTimesOut() {
        Lexicographic.loadNative();
        var model = new CpModel();
        var a = model.newBoolVar("a");
        model.addBoolOr(new BoolVar[] {a});
        model.addBoolOr(new com.google.ortools.sat.Literal[] {a.not()});
        var infeasible = Lexicographic.minimise(model, List.of(new Level(new BoolVar[] {a}, new long[] {1})), new BoolVar[] {a}, TEN_SECONDS);
        assertThat(infeasible.status()).isEqualTo(Status.INFEASIBLE);
        assertThat(infeasible.found()).isFalse();

        // stopping after presolve stands for a deadline that comes before any solution
        var open = new CpModel();
        var x = new BoolVar[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = open.newBoolVar("x" + i);
        }
        for (int i = 0; i + 2 < x.length; i++) {
            open.addBoolOr(new BoolVar[] {x[i], x[i + 1], x[i + 2]});
        }
        var costs = new Random(3).longs(x.length, 1, 9).toArray();
        var timedOut = Lexicographic.minimise(open, List.of(new Level(x, costs)), x, TEN_SECONDS.tuned(p -> p.setStopAfterPresolve(true)));
        assertThat(timedOut.status()).isEqualTo(Status.TIMED_OUT);
        assertThat(timedOut.found()).isFalse();
    }
}
