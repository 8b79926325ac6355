package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.credpath.bench.UtdallasCsDegree;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.UnsatisfiableTargetException;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The real UT Dallas Computer Science BS (2023) with only its two unresolved references waived (the core curriculum
 * file and CS 1436, both absent from the source): the consent and standing conditions of course prerequisites stay,
 * so no plan exists, and the answer names the courses those conditions block.
 */
class UtdallasUnsatisfiablePlanTests {

    static final String CORE = UtdallasCsDegree.DEGREE + "/requirements/0";
    static final String CS_1436 = UtdallasCsDegree.DEGREE + "/requirements/1/0/2";

    @Test
    void namesTheCoursesWhosePrerequisitesCannotBeMetAndWhatStopsEach() throws IOException {
        var utd = UtdallasCsDegree.load(SharedData.require("utdallas"));
        var options = new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(30)), null,
                UtdallasCsDegree.TODAY, Set.of(CORE, CS_1436));

        assertThatThrownBy(() -> new CompletionPlanner(utd.snapshot(), options).plan(List.of(UtdallasCsDegree.DEGREE), utd.transcript()))
                .isInstanceOfSatisfying(UnsatisfiableTargetException.class, e -> {
                    System.out.println("UTD CS BS, unresolved references waived: " + e.getMessage());
                    assertThat(e.getMessage()).doesNotContain("every way to meet it");
                    assertThat(e.blockers()).isNotEmpty().allSatisfy(b -> assertThat(b.reason())
                            .containsPattern("utd-[A-Z]+-\\d{4} \\([A-Z]+ \\d{4}\\), whose prerequisites cannot be met: \\S+"));
                    assertThat(e.getMessage()).contains("a condition only an adviser can waive");
                });
    }
}
