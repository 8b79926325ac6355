package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.bench.UtdallasCsDegree;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.stacking.engine.TermCalendar;
import org.credpath.stacking.engine.UnsatisfiableTargetException;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real UT Dallas Computer Science BS with a timing a programme could state: "the degree completed by the end of term
 * N" (6-month terms), for a learner who started a year before the plan (their first-year transcript, earned six months
 * ago, in term 2). The remaining 150 ECTS need five terms of 30 ECTS: by term 8 the plan places them in plan terms
 * 1-6 (learner terms 3-8), by term 6 no plan can.
 */
class UtdallasTimingTests {

    static UtdallasCsDegree utd;
    static final TermCalendar CALENDAR = new TermCalendar(UtdallasCsDegree.TODAY.minusMonths(12), 6);

    @BeforeAll
    static void load() throws IOException {
        utd = UtdallasCsDegree.load(SharedData.require("utdallas"));
    }

    private static CatalogSnapshot degreeBy(int term) {
        var root = (Rule.Group) utd.snapshot().requirements(UtdallasCsDegree.DEGREE).orElseThrow();
        var timed = new Rule.Group(root.id(), root.label(), root.kind(), root.kind() == Rule.Kind.ALL_OF ? null : root.k(), root.credits(),
                root.limits().withTiming(Rule.Timing.of(term, null)), root.children());
        return utd.snapshot().withRules(Map.of(UtdallasCsDegree.DEGREE, timed), Map.of());
    }

    private static PlanOptions options() {
        return new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 30, Duration.ofSeconds(30)), null, UtdallasCsDegree.TODAY,
                utd.waived(), CALENDAR);
    }

    @Test
    void plansTheDegreeInsideItsDeadline() {
        var untimedOptions = new PlanOptions(null, options().solve(), null, UtdallasCsDegree.TODAY, utd.waived());
        new CompletionPlanner(utd.snapshot(), untimedOptions).plan(List.of(UtdallasCsDegree.DEGREE), utd.transcript()); // warm-up
        long started = System.nanoTime();
        var plan = new CompletionPlanner(degreeBy(8), options()).plan(List.of(UtdallasCsDegree.DEGREE), utd.transcript());
        long millis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        new CompletionPlanner(utd.snapshot(), untimedOptions).plan(List.of(UtdallasCsDegree.DEGREE), utd.transcript());
        long untimed = (System.nanoTime() - started) / 1_000_000;

        assertThat(plan.status()).isEqualTo("OPTIMAL");
        assertThat(plan.totalEcts()).isEqualTo(150.0); // the deadline leaves the cheapest plan possible
        assertThat(plan.terms()).hasSizeLessThanOrEqualTo(6).allSatisfy(t -> assertThat(t.ects()).isLessThanOrEqualTo(30.0));
        assertThat(plan.timing()).startsWith("plan term 1 is the learner's term 3");
        assertThat(plan.credentials()).extracting(CompletionPlan.Planned::id).contains("utd-CS-3345") // the code the degree names
                .doesNotContain("utd-CE-3345", "utd-SE-3345", "utd-TE-3345");
        var all = new ArrayList<Holding>(utd.transcript());
        plan.terms().forEach(t -> t.credentials().forEach(id -> all.add(new Holding(id, CALENDAR.endOf(t.number() + 2), "A", true))));
        var audit = new StackingAudit(degreeBy(8), new StackingAudit.Options(UtdallasCsDegree.TODAY, utd.waived(), 5_000_000)
                .withCalendar(CALENDAR)).audit(UtdallasCsDegree.DEGREE, all);
        assertThat(audit.met()).as("the planned terms meet the degree by term 8 by the audit's own rules").isTrue();
        assertThat(audit.timing()).isEmpty();
        System.out.printf("UTD CS BS plan by term 8: %d terms, %.0f ECTS, %d ms (%s); without timing %d ms%n", plan.terms().size(),
                plan.totalEcts(), millis, plan.terms().stream().map(CompletionPlan.Term::ects).toList(), untimed);
    }

    @Test
    void refusesADeadlineNoPlanCanKeepAndAuditsTheDegreeAsOpen() {
        assertThatThrownBy(() -> new CompletionPlanner(degreeBy(6), options()).plan(List.of(UtdallasCsDegree.DEGREE), utd.transcript()))
                .isInstanceOfSatisfying(UnsatisfiableTargetException.class, e -> assertThat(e.blockers()).singleElement()
                        .satisfies(b -> assertThat(b.reason()).startsWith("no plan keeps its timing (complete by the end of the learner's term 6 (plan term 4))")));
        var audit = new StackingAudit(degreeBy(2), new StackingAudit.Options(UtdallasCsDegree.TODAY, utd.waived(), 5_000_000)
                .withCalendar(CALENDAR)).audit(UtdallasCsDegree.DEGREE, utd.transcript());
        assertThat(audit.tree().status()).isEqualTo(AuditResult.Status.MISSED); // term 2 ended before the audit
        assertThat(audit.countedCredits()).isEqualTo(48.0); // the first year was earned in term 2: it still counts
    }
}
