package org.credpath.stacking;

import org.credpath.catalog.snapshot.CostMetric;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.credpath.bench.UtdallasCsDegree;
import org.credpath.solver.SolverTimeoutException;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.NotCountedReason;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real UT Dallas Computer Science BS (124 credit hours) for a learner with a first-year transcript:
 * audit and optimal plan on the whole mapped course catalog (3,450 courses).
 */
class UtdallasDegreeTests {

    static UtdallasCsDegree utd;

    @BeforeAll
    static void load() throws IOException {
        utd = UtdallasCsDegree.load(SharedData.require("utdallas"));
    }

    private StackingAudit audit() {
        return new StackingAudit(utd.snapshot(), new StackingAudit.Options(UtdallasCsDegree.TODAY, utd.waived(), 5_000_000));
    }

    @Test
    void auditsAFirstYearTranscriptAgainstTheDegree() {
        var audit = audit().audit(UtdallasCsDegree.DEGREE, utd.transcript());

        assertThat(utd.transcript()).hasSize(UtdallasCsDegree.FIRST_YEAR.size());
        assertThat(audit.exact()).isTrue();
        assertThat(audit.met()).isFalse();
        assertThat(audit.tree().status()).isEqualTo(AuditResult.Status.PARTLY_MET);
        assertThat(audit.counted()).hasSize(9); // CS 1136 is excluded from the free electives, named nowhere else
        assertThat(audit.countedCredits()).isEqualTo(48.0);
        System.out.printf("UTD CS BS audit: %d holdings counted, %.0f ECTS counted, %d not counted, %d search nodes%n",
                audit.counted().size(), audit.countedCredits(), audit.notCounted().size(), audit.searchNodes());
    }

    @Test
    void doesNotCountACourseTheFreeElectivesExcludeByName() {
        // "Free Electives: 10 semester credit hours ... excluding ... CS 1136": CS 1136 is named nowhere else in the
        // degree, so before exclusions were held it counted there (10 holdings, 50 ECTS)
        var audit = audit().audit(UtdallasCsDegree.DEGREE, utd.transcript());

        assertThat(audit.counted()).extracting(AuditResult.CountedHolding::credential).doesNotContain("utd-CS-1136");
        assertThat(audit.notCounted()).filteredOn(h -> h.credential().equals("utd-CS-1136")).singleElement().satisfies(h -> {
            assertThat(h.reason()).isEqualTo(NotCountedReason.EXCLUDED_BY_RULE);
            assertThat(h.detail()).contains("Free Electives");
        });
    }

    @Test
    void plansTheRestOfTheDegreeOptimally() {
        var options = new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(30)), null,
                UtdallasCsDegree.TODAY, utd.waived());

        var plan = new CompletionPlanner(utd.snapshot(), options).plan(List.of(UtdallasCsDegree.DEGREE), utd.transcript());

        // proven optimal by CP-SAT on the pruned candidate pool (see CandidatePool for why pruning keeps it exact)
        assertThat(plan.status()).isEqualTo("OPTIMAL");
        assertThat(plan.gap()).isZero();
        // 148 while CS 1136 (held, 2 ECTS) wrongly filled part of the free electives; now another course must
        assertThat(plan.totalEcts()).isEqualTo(150.0);
        var all = new ArrayList<>(utd.transcript());
        plan.credentials().forEach(p -> all.add(new Holding(p.id(), UtdallasCsDegree.TODAY, "A", false)));
        assertThat(audit().audit(UtdallasCsDegree.DEGREE, all).met()).isTrue();
        plan.terms().forEach(t -> assertThat(t.ects()).isLessThanOrEqualTo(30));
        // of the codes of a cross-listed course (CS 3345 = CE, SE, TE 3345) the plan takes the one the degree names
        var ids = plan.credentials().stream().map(CompletionPlan.Planned::id).toList();
        assertThat(ids).contains("utd-CS-3345").doesNotContain("utd-CE-3345", "utd-SE-3345", "utd-TE-3345");
        plan.credentials().forEach(p -> assertThat(p.countsAs()).as(p.id()).isEmpty());
        System.out.printf("UTD CS BS plan: %s, %d courses, %.0f ECTS (%.0f credit hours), %d terms, solved in %d ms%n",
                plan.status(), plan.credentials().size(), plan.totalEcts(), plan.totalEcts() / 2, plan.terms().size(), plan.solveMillis());
    }

    /**
     * Issue 25 point 3: a plan the time limit cuts is the best plan found with its gap, or, when the solver found none,
     * the 503's exception naming the limit: never an internal error ("The solver found no plan within PT10S (UNKNOWN)"
     * was a 500). The whole degree from an empty transcript within the 50 ms the solver is given at least.
     */
    @Test
    void aPlanCutByATinyTimeLimitIsTheBestFoundOrTheTimeLimitProblem() {
        var options = new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 30, Duration.ofMillis(1)), null,
                UtdallasCsDegree.TODAY, utd.waived());

        try {
            var plan = new CompletionPlanner(utd.snapshot(), options).plan(List.of(UtdallasCsDegree.DEGREE), List.of());
            assertThat(plan.status()).isIn("OPTIMAL", "FEASIBLE");
            assertThat(plan.gap()).isBetween(0.0, 1.0);
            var all = new ArrayList<Holding>();
            plan.credentials().forEach(p -> all.add(new Holding(p.id(), UtdallasCsDegree.TODAY, "A", false)));
            assertThat(audit().audit(UtdallasCsDegree.DEGREE, all).met()).isTrue();
            System.out.printf("UTD CS BS plan within 1 ms: %s, gap %.3f, %.0f ECTS%n", plan.status(), plan.gap(), plan.totalEcts());
        } catch (SolverTimeoutException e) {
            assertThat(e.limit()).isEqualTo(Duration.ofMillis(1));
            assertThat(e.getMessage()).contains("within its time limit of 0.001 s", "timeLimitSeconds");
            System.out.println("UTD CS BS plan within 1 ms: none found, " + e.getMessage());
        }
    }
}
