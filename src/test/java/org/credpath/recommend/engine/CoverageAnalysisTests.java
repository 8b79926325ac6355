package org.credpath.recommend.engine;

import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.catalog.snapshot.Selection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.junit.jupiter.api.Test;

class CoverageAnalysisTests {

    private final World world = new World().occupation("job", List.of("a", "b", "c", "untaught"), List.of("x"))
            .course("ab", "fi", 5, 300, 6, "en", "open", 10, "a", "b")
            .course("a-cheap", "fr", 2, 10, 6, "en", "open", 4, "a")
            .course("b-cheap", "fr", 2, 10, 6, "en", "enrolled-only", 4, "b")
            .course("cx", "fi", 5, 100, 6, "en", "open", 10, "c", "x");

    private Coverage cover(Selection filters, CoverageAnalysis.Scope scope) {
        return new Recommender(world.index()).coverage(Goal.occupation("job"), filters, 10, scope, Duration.ofSeconds(10));
    }

    @Test
    void reportsWhoTeachesEachSkillTheCoverageAndTheSmallestBundle() {
        var coverage = cover(Selection.NONE, CoverageAnalysis.Scope.ALL);

        assertThat(coverage.taught()).isEqualTo(4);
        assertThat(coverage.coverage()).isEqualTo(80.0);
        assertThat(coverage.essentialCoverage()).isEqualTo(75.0);
        var a = coverage.perSkill().get(0);
        assertThat(a.taughtBy()).extracting(Teacher::id).containsExactly("a-cheap", "ab");
        assertThat(a.taughtBy().get(0).country()).isEqualTo("FR");
        assertThat(coverage.bundle().credentials()).extracting(i -> i.credential().id()).containsExactlyInAnyOrder("ab", "cx");
        assertThat(coverage.bundle().notTaught()).extracting(NextSteps.SkillRef::uri).containsExactly("untaught");
    }

    @Test
    void breaksBundleSizeTiesByPriceAndHonoursFilters() {
        var onlyFr = cover(new Selection(null, null, null, null, Set.of("FR"), null, null, false, null), CoverageAnalysis.Scope.ALL);
        assertThat(onlyFr.taught()).isEqualTo(2);
        assertThat(onlyFr.bundle().credentials()).extracting(i -> i.credential().id()).containsExactlyInAnyOrder("a-cheap", "b-cheap");

        var openOnly = cover(new Selection(null, null, null, null, null, null, null, true, null), CoverageAnalysis.Scope.ALL);
        assertThat(openOnly.perSkill().get(1).taughtBy()).extracting(Teacher::id).containsExactly("ab");
    }

    @Test
    void routesACredentialGoalByItsStackingPlan() {
        world.certificate("cert", world.allOf(world.cred("a-cheap"), world.kOf(1, world.cred("cx"), world.cred("ab"))));
        var route = new Recommender(world.index()).route(World.nobody(), Goal.credential("cert"), Selection.NONE,
                new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(10)));
        assertThat(route.method()).startsWith("stacking plan of cert");
        assertThat(route.credentials()).extracting(s -> s.credential().id()).containsExactlyInAnyOrder("a-cheap", "cx"); // 5 ECTS either way, cx is cheaper
        assertThat(route.status()).isEqualTo("OPTIMAL");
    }
}
