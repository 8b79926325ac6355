package org.credpath.stacking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.stacking.engine.Fixtures.TODAY;
import static org.credpath.stacking.engine.Fixtures.held;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Rule;
import org.junit.jupiter.api.Test;

/** Distribution areas: "k courses from at least m areas", "at most n from one area", in the audit and the plan. */
class DistributionAreasTests {

    private static final Rule.Kind K_OF = Rule.Kind.AT_LEAST_K_OF;
    private static final Rule.Kind CREDITS = Rule.Kind.AT_LEAST_CREDITS;

    /**
     * A course in two areas must count for the rarer one: counted for HU (its first area, and the one another course
     * has too) the three courses cover two areas, for LA they cover three. Every search mode and the solver alone must find it.
     */
    @Test
    void aTwoAreaCourseCountsForTheRarerAreaWhereGreedyWouldNot() {
        var f = new Fixtures().courseIn("both", "GEN1", 5, "HU", "LA").courseIn("lit", "GEN2", 5, "HU").courseIn("soc", "GEN3", 5, "SA");
        f.target("t", 15, f.areas(K_OF, 3, null, 3, null, null, f.inAreas("HU", "LA", "SA")));
        var holdings = List.of(held("both"), held("lit"), held("soc"));

        for (long searchNodes : new long[] {0, StackingAudit.Options.SEARCH_NODES}) {
            var result = new StackingAudit(f.snapshot(), new StackingAudit.Options(TODAY, Set.of(), searchNodes)).audit("t", holdings);

            assertThat(result.met()).as("%d search nodes", searchNodes).isTrue();
            assertThat(result.counted()).filteredOn(c -> c.credential().equals("both")).singleElement()
                    .extracting(AuditResult.CountedHolding::area).isEqualTo("LA");
            assertThat(result.tree().areas()).extracting(AuditResult.AreaCount::area).containsExactly("HU", "LA", "SA");
        }
    }

    @Test
    void saysHowManyCoursesAndAreasCountedWhenTheAreasFallShort() {
        var f = new Fixtures().courseIn("a", "GEN1", 5, "LA").courseIn("b", "GEN2", 5, "LA").courseIn("c", "GEN3", 5, "LA")
                .courseIn("d", "GEN4", 5, "HA");
        f.target("t", 20, f.areas(K_OF, 4, null, 3, null, null, f.inAreas("LA", "HA", "SA", "NS")));

        var result = new StackingAudit(f.snapshot(), StackingAudit.Options.at(TODAY)).audit("t", List.of(held("a"), held("b"), held("c"), held("d")));

        assertThat(result.met()).isFalse();
        assertThat(result.tree().detail()).isEqualTo("4 of 4 courses but only 2 of the 3 areas needed (HA, LA)");
        assertThat(result.tree().missingItems()).isZero();
    }

    @Test
    void atMostNPerAreaCountAndTheRestAreSaidToBeFull() {
        var f = new Fixtures().courseIn("a", "GEN1", 5, "LA").courseIn("b", "GEN2", 4, "LA").courseIn("c", "GEN3", 3, "LA")
                .courseIn("d", "GEN4", 2, "HA");
        f.target("t", 20, f.areas(K_OF, 3, null, 0, 2, null, f.inAreas("LA", "HA")));

        var result = new StackingAudit(f.snapshot(), StackingAudit.Options.at(TODAY)).audit("t", List.of(held("a"), held("b"), held("c"), held("d")));

        assertThat(result.met()).isTrue();
        assertThat(result.countedCredits()).isEqualTo(11.0); // a, b and d: c would be a third from LA
        assertThat(result.notCounted()).singleElement().satisfies(u -> {
            assertThat(u.credential()).isEqualTo("c");
            assertThat(u.reason()).isEqualTo(NotCountedReason.AREA_FULL);
            assertThat(u.detail()).contains("area LA").contains("at most 2 per area");
        });
    }

    /** Unknown is not a match: a course with no area counts toward k and credits, toward no area, and the audit says so. */
    @Test
    void aCourseWithoutAreasCountsTowardKButTowardNoArea() {
        var f = new Fixtures().courseIn("a", "GEN1", 5, "LA").course("plain", "GEN2", 5).courseIn("b", "GEN3", 5, "HA");
        f.target("t", 15, f.areas(K_OF, 3, null, 3, null, Set.of("LA", "HA", "SA"), f.prefix("GEN")));

        var result = new StackingAudit(f.snapshot(), StackingAudit.Options.at(TODAY)).audit("t", List.of(held("a"), held("plain"), held("b")));

        assertThat(result.met()).isFalse();
        assertThat(result.tree().metItems()).isEqualTo(3);
        assertThat(result.tree().detail()).isEqualTo("3 of 3 courses but only 2 of the 3 areas needed (HA, LA); 1 counts toward no area "
                + "(it carries none of HA, LA, SA: an unknown area is not a match)");
        assertThat(result.tree().areas()).last().isEqualTo(new AuditResult.AreaCount(null, List.of("plain")));
    }

    @Test
    void aCreditSumFromSeveralAreas() {
        var f = new Fixtures().courseIn("a", "GEN1", 6, "LA").courseIn("b", "GEN2", 6, "LA").courseIn("c", "GEN3", 2, "HA");
        f.target("t", 12, f.areas(CREDITS, null, 10.0, 2, null, null, f.inAreas("LA", "HA")));
        var audit = new StackingAudit(f.snapshot(), StackingAudit.Options.at(TODAY));

        assertThat(audit.audit("t", List.of(held("a"), held("b"))).met()).isFalse(); // 12 credits, one area
        assertThat(audit.audit("t", List.of(held("a"), held("c"))).met()).isFalse(); // two areas, 8 credits
        assertThat(audit.audit("t", List.of(held("a"), held("b"), held("c"))).met()).isTrue();
    }

    /** The plan takes the cheaper course of the missing area, not the cheapest course. */
    @Test
    void thePlanPicksCoursesThatCoverTheMissingArea() {
        var f = new Fixtures().courseIn("held", "GEN1", 5, "LA").courseIn("cheapLa", "GEN2", 1, "LA").courseIn("ha", "GEN3", 4, "HA")
                .courseIn("haBig", "GEN4", 6, "HA");
        f.target("t", 20, f.areas(K_OF, 2, null, 2, null, null, f.inAreas("LA", "HA")));

        var plan = new CompletionPlanner(f.snapshot(), PlanOptions.defaults(CostMetric.ECTS, TODAY)).plan(List.of("t"), List.of(held("held")));

        assertThat(plan.status()).isEqualTo("OPTIMAL");
        assertThat(plan.totalEcts()).isEqualTo(4.0);
    }

    /**
     * The plan's candidate pool keeps interchangeable courses only up to what the rules can use: courses in other
     * areas are not interchangeable. Five LA courses sort first and would fill a 3-of-n class; the HA and SA
     * courses must stay.
     */
    @Test
    void thePoolKeepsCoursesOfEveryArea() {
        var f = new Fixtures();
        for (int i = 1; i <= 5; i++) {
            f.courseIn("a" + i, "GEN" + i, 5, "LA");
        }
        f.courseIn("h", "GEN6", 5, "HA").courseIn("s", "GEN7", 5, "SA");
        f.target("t", 15, f.areas(K_OF, 3, null, 3, null, null, f.inAreas("LA", "HA", "SA")));

        var plan = new CompletionPlanner(f.snapshot(), PlanOptions.defaults(CostMetric.ECTS, TODAY)).plan(List.of("t"), List.of());

        assertThat(plan.status()).isEqualTo("OPTIMAL");
        assertThat(plan.totalEcts()).isEqualTo(15.0);
    }

    /**
     * {@link AreaCounting} against every subset of the courses placed: met exactly when some subset within the caps
     * meets the area rule and reaches k or the credits; credits the most of the subsets meeting the area rule (of all,
     * when none does).
     */
    @Test
    void theSelectionIsTheBestOfEverySubset() {
        var random = new Random(5);
        var areas = new String[] {"LA", "HA", "SA", null};
        for (int instance = 0; instance < 3000; instance++) {
            int n = 1 + random.nextInt(7);
            var placed = new ArrayList<Candidate>();
            for (int i = 0; i < n; i++) {
                placed.add(new Candidate(i, 0, 1 + random.nextInt(5), null, areas[random.nextInt(areas.length)]));
            }
            int minAreas = random.nextInt(3);
            Integer perArea = random.nextBoolean() ? null : 1 + random.nextInt(2);
            boolean kOf = random.nextBoolean();
            int k = Math.max(minAreas, 1 + random.nextInt(4));
            Integer maxItems = kOf || random.nextBoolean() ? null : Math.max(minAreas, 1 + random.nextInt(4));
            double needed = 2 + random.nextInt(12);
            var limits = new Rule.Limits(null, maxItems, null, null, null).with(new Rule.Distribution(null, minAreas, perArea));
            var g = new Rule.Group("g", null, kOf ? K_OF : CREDITS, k, needed, limits, List.of());

            var chosen = AreaCounting.select(g, placed, false);
            boolean met = chosen.possible() && (kOf ? chosen.counted().size() >= k : chosen.credits() >= needed);
            var oracle = oracle(placed, minAreas, perArea, kOf ? k : maxItems == null ? Integer.MAX_VALUE : maxItems, kOf, k, needed);

            assertThat(met).as("instance %d met", instance).isEqualTo(oracle[0] == 1);
            assertThat(chosen.credits()).as("instance %d credits", instance).isEqualTo(oracle[1]);
        }
    }

    /** {met 0/1, credits}: over every subset within the caps and the item limit. */
    private static double[] oracle(List<Candidate> placed, int minAreas, Integer perArea, int limit, boolean kOf, int k, double needed) {
        boolean met = false;
        boolean anyAreaRule = false;
        double bestWithAreas = -1;
        double bestAny = 0;
        for (int mask = 0; mask < (1 << placed.size()); mask++) {
            var perAreaCount = new java.util.HashMap<String, Integer>();
            int count = 0;
            double credits = 0;
            boolean ok = true;
            for (int i = 0; i < placed.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    var c = placed.get(i);
                    count++;
                    credits += c.credits();
                    if (c.area() != null && perAreaCount.merge(c.area(), 1, Integer::sum) > (perArea == null ? Integer.MAX_VALUE : perArea)) {
                        ok = false;
                    }
                }
            }
            if (!ok || count > limit) {
                continue;
            }
            bestAny = Math.max(bestAny, credits);
            if (perAreaCount.size() >= minAreas) {
                anyAreaRule = true;
                bestWithAreas = Math.max(bestWithAreas, credits);
                met |= kOf ? count >= k : credits >= needed;
            }
        }
        return new double[] {met ? 1 : 0, anyAreaRule ? bestWithAreas : bestAny};
    }
}
