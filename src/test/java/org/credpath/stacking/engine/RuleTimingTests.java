package org.credpath.stacking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.credpath.stacking.engine.Fixtures.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.stacking.engine.AuditResult.Status;
import org.credpath.stacking.engine.AuditResult.TimingNote;
import org.credpath.stacking.engine.AuditResult.TimingVerdict;
import org.credpath.stacking.engine.AuditResult.UncountedHolding;
import org.junit.jupiter.api.Test;

/**
 * Rule timing in audits and plans: completeByTerm (a deadline in the learner's terms) and before (complete before
 * starting a credential), on a calendar of 6-month terms from 2024-09-01, audited as of 2026-11-22 (the learner's term 5).
 */
class RuleTimingTests {

    private static final TermCalendar CALENDAR = new TermCalendar(LocalDate.of(2024, 9, 1), 6);
    private final Fixtures f = new Fixtures();

    private void degree() {
        f.course("a", "CS1", 5).course("b", "CS2", 5).course("e", "CS3", 5)
                .target("deg", 15, f.allOf(f.timed("Core", 2, "e", f.cred("a"), f.cred("b")), f.cred("e")));
    }

    private AuditResult audit(TermCalendar calendar, Holding... holdings) {
        return new StackingAudit(f.snapshot(), StackingAudit.Options.at(TODAY).withCalendar(calendar)).audit("deg", List.of(holdings));
    }

    private static Holding on(String credential, String date) {
        return Fixtures.held(credential, LocalDate.parse(date), null);
    }

    @Test
    void termsRunFromTheStartInEqualSteps() {
        assertThat(CALENDAR.termOf(LocalDate.of(2024, 9, 1))).isEqualTo(1);
        assertThat(CALENDAR.termOf(LocalDate.of(2025, 2, 28))).isEqualTo(1);
        assertThat(CALENDAR.termOf(LocalDate.of(2025, 3, 1))).isEqualTo(2);
        assertThat(CALENDAR.termOf(LocalDate.of(2024, 8, 31))).isZero();
        assertThat(CALENDAR.endOf(2)).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(CALENDAR.termOf(TODAY)).isEqualTo(5);
    }

    @Test
    void aHoldingEarnedAfterTheDeadlineDoesNotCountAndTheOpenNodeIsMissed() {
        degree();

        var result = audit(CALENDAR, on("a", "2025-01-10"), on("b", "2025-12-01"), on("e", "2026-01-15"));

        assertThat(result.met()).isFalse();
        assertThat(result.notCounted()).extracting(UncountedHolding::credential, UncountedHolding::reason, UncountedHolding::detail)
                .containsExactly(tuple("b", NotCountedReason.AFTER_DEADLINE,
                        "earned in term 3; this requirement ('Core') had to be met by the end of term 2 (2025-08-31)"));
        assertThat(result.tree().children().get(0).status()).isEqualTo(Status.MISSED);
        assertThat(result.timing()).extracting(TimingNote::label, TimingNote::verdict)
                .contains(tuple("Core", TimingVerdict.MISSED_DEADLINE));
    }

    @Test
    void anOpenNodeBeforeItsDeadlineIsOnlyUnmet() {
        degree();

        var result = new StackingAudit(f.snapshot(), StackingAudit.Options.at(LocalDate.of(2025, 5, 1)).withCalendar(CALENDAR))
                .audit("deg", List.of(on("a", "2025-01-10")));

        assertThat(result.tree().children().get(0).status()).isEqualTo(Status.PARTLY_MET);
        assertThat(result.timing()).isEmpty();
    }

    @Test
    void flagsACredentialEarnedBeforeTheNodeThatHadToComeFirstWasComplete() {
        degree();

        var early = audit(CALENDAR, on("a", "2025-01-10"), on("b", "2025-06-01"), on("e", "2025-05-01"));
        var inOrder = audit(CALENDAR, on("a", "2025-01-10"), on("b", "2025-06-01"), on("e", "2026-01-15"));

        assertThat(early.met()).isTrue(); // the order is flagged, not a reason for a course not to count
        assertThat(early.timing()).extracting(TimingNote::verdict, TimingNote::credential, TimingNote::detail).containsExactly(
                tuple(TimingVerdict.STARTED_TOO_EARLY, "e", "e earned in term 2; 'Core' was complete only in term 2 (2025-06-01), "
                        + "and had to be complete before e was started"));
        assertThat(inOrder.timing()).isEmpty();
    }

    @Test
    void withoutTheLearnersStartTimingIsNotJudgedAndSaysSo() {
        degree();

        var result = audit(null, on("a", "2025-01-10"), on("b", "2025-12-01"), on("e", "2025-05-01"));

        assertThat(result.met()).isTrue();
        assertThat(result.timing()).extracting(TimingNote::verdict).containsExactly(TimingVerdict.NOT_JUDGED);
        assertThat(result.timing().get(0).detail()).startsWith("the learner's start is unknown, so 'Core' (complete by the end of term 2, "
                + "complete before starting e) cannot be judged");
    }

    @Test
    void anUndatedHoldingCannotBeShownInTime() {
        degree();

        var result = audit(CALENDAR, on("a", "2025-01-10"), new Holding("b", null, null, false));

        assertThat(result.notCounted()).extracting(UncountedHolding::reason, UncountedHolding::detail).containsExactly(tuple(
                NotCountedReason.AFTER_DEADLINE, "its date is unknown, so it cannot be shown in time: this requirement ('Core') had to be "
                        + "met by the end of term 2 (2025-08-31)"));
    }

    private PlanOptions plan(double termCredits, TermCalendar calendar) {
        var solve = new org.credpath.catalog.snapshot.SolveOptions(CostMetric.ECTS, termCredits, null);
        return new PlanOptions(null, solve, null, TODAY, null, calendar);
    }

    /**
     * Greedy term filling (longest prerequisite chain first, as the planner does without timing) puts b, which unlocks c, in
     * the first term and the 10-credit a in the second; but a must be done by the end of the learner's first plan term.
     */
    @Test
    void placesTermsSoThatADeadlineIsKeptWhereGreedyFillingBreaksIt() {
        f.course("a", "A1", 10).course("b", "B1", 10).course("c", "C1", 10);
        f.prerequisites.put("c", f.cred("b"));
        f.target("t", 30, f.allOf(f.timed("First", 5, null, f.cred("a")), f.cred("c")));
        var options = plan(10, CALENDAR); // TODAY is in the learner's term 5: plan term 1

        var planned = new CompletionPlanner(f.snapshot(), options).plan(List.of("t"), List.of());
        var greedy = new TermScheduler(10).schedule(List.of(f.offerings.get("a"), f.offerings.get("b"), f.offerings.get("c")),
                Map.of("c", Set.of("b")));

        assertThat(greedy.get(0).credentials()).containsExactly("b");
        assertThat(planned.status()).isEqualTo("OPTIMAL");
        assertThat(planned.terms()).extracting(CompletionPlan.Term::credentials)
                .containsExactly(List.of("a"), List.of("b"), List.of("c"));
        assertThat(planned.timing()).isEqualTo("plan term 1 is the learner's term 5 (started 2024-09-01, terms of 6 months; term 5 ends 2027-02-28)");
    }

    @Test
    void aDeadlineCostsMoreWhenTheCheapWayCannotBeDoneInTime() {
        // one of x (5, needs y first) or z (8): only z fits by the end of the first plan term
        f.course("x", "X1", 5).course("y", "Y1", 0.5).course("z", "Z1", 8);
        f.prerequisites.put("x", f.cred("y"));
        f.target("t", 8, f.timed("Early", 5, null, f.kOf(1, f.cred("x"), f.cred("z"))));

        var timed = new CompletionPlanner(f.snapshot(), plan(30, CALENDAR)).plan(List.of("t"), List.of());
        var later = new CompletionPlanner(f.snapshot(), plan(30, new TermCalendar(TODAY, 6))).plan(List.of("t"), List.of());

        assertThat(timed.credentials()).extracting(CompletionPlan.Planned::id).containsExactly("z");
        assertThat(later.credentials()).extracting(CompletionPlan.Planned::id).containsExactlyInAnyOrder("y", "x");
    }

    @Test
    void aPassedDeadlineLeavesOnlyHoldingsAndAnInfeasiblePlanNamesTheNode() {
        f.course("a", "A1", 5).course("b", "B1", 5);
        f.target("t", 10, f.allOf(f.timed("Core", 2, null, f.cred("a"), f.cred("b"))));

        assertThatThrownBy(() -> new CompletionPlanner(f.snapshot(), plan(30, CALENDAR)).plan(List.of("t"), List.of(on("a", "2025-01-10"))))
                .isInstanceOfSatisfying(UnsatisfiableTargetException.class, e -> assertThat(e.blockers())
                        .extracting(UnsatisfiableTargetException.Blocker::label, UnsatisfiableTargetException.Blocker::reason)
                        .containsExactly(tuple("Core", "no plan keeps its timing (complete by the end of the learner's term 2 (already over: "
                                + "only holdings earned in time count)) within 30.0 credits a term, with prerequisites in earlier terms")));
    }

    @Test
    void ordersANodeBeforeTheCredentialItMustPrecede() {
        f.course("a", "A1", 5).course("e", "E1", 5);
        f.target("t", 10, f.allOf(f.timed("Core", null, "e", f.cred("a")), f.cred("e")));

        var planned = new CompletionPlanner(f.snapshot(), plan(30, CALENDAR)).plan(List.of("t"), List.of());

        assertThat(planned.terms()).extracting(CompletionPlan.Term::credentials).containsExactly(List.of("a"), List.of("e"));
    }

    /**
     * Random small plans with deadlines (completeByTerm on random groups, some already over), prerequisites and a small
     * per-term cap: the planner's cost equals the cheapest over every subset and every placement in terms, its terms keep
     * the cap, and the audit on the calendar finds the target met with each planned course dated in its term.
     */
    @Test
    void matchesExhaustiveSearchOverSubsetsAndTermPlacementsWithDeadlines() {
        var random = new java.util.Random(31);
        var calendar = new TermCalendar(TODAY.minusMonths(6), 6); // the plan starts in the learner's term 2
        int infeasible = 0;
        int greedyWrong = 0;
        for (int instance = 0; instance < 60; instance++) {
            var g = new Fixtures();
            int courses = 3 + random.nextInt(3);
            for (int c = 0; c < courses; c++) {
                g.course("c" + c, new String[] {"DATA", "SEC"}[random.nextInt(2)] + c, 1 + random.nextInt(5));
            }
            for (int c = 1; c < courses; c++) {
                if (random.nextInt(3) == 0) {
                    g.prerequisites.put("c" + c, g.cred("c" + random.nextInt(c)));
                }
            }
            var children = new java.util.ArrayList<org.credpath.catalog.snapshot.Rule>();
            for (int i = 0; i < 2; i++) {
                var prefix = new String[] {"DATA", "SEC"}[random.nextInt(2)];
                var child = random.nextBoolean() ? g.credits(2 + random.nextInt(5), g.prefix(prefix))
                        : g.kOf(1, g.cred("c" + random.nextInt(courses)), g.cred("c" + random.nextInt(courses)));
                children.add(random.nextInt(3) == 0 ? child : g.timed("by " + i, 1 + random.nextInt(4), null, child));
            }
            g.target("t", 10, g.allOf(children.toArray(new org.credpath.catalog.snapshot.Rule[0])));
            var holdings = new java.util.ArrayList<Holding>();
            if (random.nextBoolean()) {
                holdings.add(Fixtures.held("c" + random.nextInt(courses), TODAY.minusDays(random.nextInt(300)), null));
            }
            var options = plan(new double[] {5, 8, 30}[random.nextInt(3)], calendar);
            var brute = ExhaustivePlans.cheapestInTerms(g.snapshot(), options, holdings, "t");
            if (brute == null) {
                infeasible++;
                assertThatThrownBy(() -> new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings))
                        .as("instance %d", instance).isInstanceOf(UnsatisfiableTargetException.class);
                continue;
            }
            var planned = new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings);
            assertThat(planned.status()).isEqualTo("OPTIMAL");
            assertThat(planned.totalEcts()).as("instance %d", instance).isCloseTo(brute[0], org.assertj.core.data.Offset.offset(1e-6));
            var all = new java.util.ArrayList<>(holdings);
            planned.terms().forEach(term -> {
                assertThat(term.ects() <= options.termCredits() + 1e-9 || term.credentials().size() == 1).isTrue();
                term.credentials().forEach(id -> all.add(new Holding(id, calendar.endOf(term.number() + 1), null, true)));
            });
            assertThat(new StackingAudit(g.snapshot(), StackingAudit.Options.at(TODAY).withCalendar(calendar)).audit("t", all).met())
                    .as("instance %d: the planned terms keep the deadlines by the audit's rules", instance).isTrue();
            greedyWrong += greedyBreaksADeadline(g, planned, options, holdings, calendar) ? 1 : 0;
        }
        assertThat(infeasible).as("instances with no plan in time").isBetween(3, 40);
        assertThat(greedyWrong).as("instances where greedy term filling of the same courses breaks a deadline").isGreaterThan(0);
    }

    /** Whether the planner's courses, placed by greedy list scheduling instead, fail the audit on the calendar. */
    private static boolean greedyBreaksADeadline(Fixtures g, CompletionPlan planned, PlanOptions options, List<Holding> holdings,
                                                 TermCalendar calendar) {
        var chosen = planned.credentials().stream().map(p -> g.offerings.get(p.id())).toList();
        var needs = new java.util.HashMap<String, Set<String>>();
        planned.credentials().forEach(p -> p.unlocks().forEach(u -> needs.computeIfAbsent(u, k -> new java.util.HashSet<>()).add(p.id())));
        var all = new java.util.ArrayList<>(holdings);
        new TermScheduler(options.termCredits()).schedule(chosen, needs).forEach(term -> term.credentials()
                .forEach(id -> all.add(new Holding(id, calendar.endOf(term.number() + 1), null, true))));
        return !new StackingAudit(g.snapshot(), StackingAudit.Options.at(TODAY).withCalendar(calendar)).audit("t", all).met();
    }
}
