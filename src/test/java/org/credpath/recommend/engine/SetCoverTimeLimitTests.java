package org.credpath.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Routes and bundles the time limit cuts (issue 25 point 3): the best cover found with its gap (the solver's, or the
 * greedy warm start's with gap 1.0), never an error. (No cover found and no greedy one: {@code LexicographicTests} and
 * {@code SolverProblemAdviceTests}.)
 */
class SetCoverTimeLimitTests {

    /** 2,000 candidates, 500 hard skills each taught by 2-9 of them: far more than 50 ms proves. */
    private static SetCover.Problem large() {
        var random = new Random(25);
        int n = 2000;
        var hard = new ArrayList<int[]>();
        for (int s = 0; s < 500; s++) {
            hard.add(random.ints(2 + random.nextInt(8), 0, n).distinct().toArray());
        }
        var primary = random.longs(n, 100, 1000).toArray();
        var secondary = random.longs(n, 0, 10_000).toArray();
        var offering = new World().course("a", 1, 0, "s0").offerings.get("a");
        return new SetCover.Problem(Collections.nCopies(n, offering), hard, List.of(), primary, secondary, Map.of(),
                Duration.ofNanos(1));
    }

    @Test
    void aCoverCutByATinyTimeLimitIsTheBestFoundWithItsGap() {
        var problem = large();

        var solution = SetCover.solve(problem, new EntryRules(new World().index(), List.of(), World.TODAY));

        assertThat(solution.status()).isIn("OPTIMAL", "FEASIBLE");
        assertThat(solution.gap()).isBetween(0.0, 1.0);
        var chosen = new java.util.HashSet<>(solution.chosen());
        problem.hard().forEach(cover -> assertThat(java.util.Arrays.stream(cover).anyMatch(chosen::contains)).isTrue());
        System.out.printf("set cover of 500 skills over 2,000 candidates within 1 ns (50 ms given): %s, gap %.3f, %d chosen%n",
                solution.status(), solution.gap(), chosen.size());
    }
}
