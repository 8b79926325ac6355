package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credpath.stacking.engine.Fixtures.TODAY;
import static org.credpath.stacking.engine.Fixtures.held;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.stacking.engine.CompletionPlan.Planned;
import org.credpath.catalog.snapshot.CostMetric;
import org.junit.jupiter.api.Test;

class CompletionPlannerTests {

    private final Fixtures f = new Fixtures();

    private CompletionPlan plan(PlanOptions options, List<String> targets, Holding... holdings) {
        return new CompletionPlanner(f.snapshot(), options).plan(targets, List.of(holdings));
    }

    private CompletionPlan plan(String target, Holding... holdings) {
        return plan(PlanOptions.defaults(CostMetric.ECTS, TODAY), List.of(target), holdings);
    }

    private static List<String> ids(CompletionPlan plan) {
        return plan.credentials().stream().map(Planned::id).sorted().toList();
    }

    @Test
    void findsTheCheapestCombinationWhereTheBiggestFirstIsNot() {
        // 6 credits of DATA: taking the 4-credit module first (greedy by size) needs 7; 3 + 3 is optimal
        f.course("a", "DATA1", 4).course("b", "DATA2", 3).course("c", "DATA3", 3)
                .target("cert", 6, f.credits(6, f.prefix("DATA")));

        var plan = plan("cert");

        assertThat(plan.status()).isEqualTo("OPTIMAL");
        assertThat(ids(plan)).containsExactly("b", "c");
        assertThat(plan.totalEcts()).isEqualTo(6);
    }

    @Test
    void plansOnlyWhatIsLeftAfterTheHoldings() {
        f.course("a", "X1", 3).course("b", "X2", 3).target("cert", 6, f.allOf(f.cred("a"), f.cred("b")));

        assertThat(ids(plan("cert", held("a")))).containsExactly("b");
    }

    @Test
    void answersTheEmptyPlanAtOnceWhenTheHoldingsAlreadyMeetTheTarget() {
        f.course("a", "X1", 3).course("b", "X2", 3).course("c", "X3", 3)
                .target("cert", 6, f.allOf(f.kOf(2, f.cred("a"), f.cred("b"), f.cred("c")), f.credits(3, f.prefix("X"))));

        var plan = plan("cert", held("a"), held("b"), held("c"));

        assertThat(plan.status()).isEqualTo("OPTIMAL");
        assertThat(plan.gap()).isZero();
        assertThat(plan.credentials()).isEmpty();
        assertThat(plan.totalEcts()).isZero();
        assertThat(plan.method()).startsWith("the exact audit");
    }

    @Test
    void includesPrerequisitesTransitivelyChoosingTheCheaperKOfNBranch() {
        f.course("x", "X1", 5).course("p1", "P1", 5).course("p2", "P2", 2).course("q", "Q1", 4)
                .target("cert", 5, f.allOf(f.cred("x")));
        f.prerequisites.put("x", f.kOf(1, f.cred("p1"), f.cred("p2")));
        f.prerequisites.put("p2", f.allOf(f.cred("q")));

        var plan = plan("cert");

        assertThat(ids(plan)).containsExactly("p1", "x"); // 10 ECTS beats x + p2 + q = 11
        assertThat(plan.terms()).hasSize(2);
        assertThat(plan.credentials()).filteredOn(p -> p.id().equals("p1")).singleElement()
                .satisfies(p -> assertThat(p.unlocks()).containsExactly("x"));
    }

    @Test
    void leavesAOneOfCycleByItsWayOut() {
        // a needs one of b, c, d; d needs one of a, b, c; c needs a; b needs only e: the cycles among a, c, d are
        // attainable (the catalog accepts them) and the plan must order its way out, never count a circle
        f.course("a", "A1", 5).course("b", "B1", 5).course("c", "C1", 1).course("d", "D1", 1).course("e", "E1", 5)
                .target("cert", 5, f.allOf(f.cred("a"), f.cred("d")));
        f.prerequisites.put("a", f.kOf(1, f.cred("b"), f.cred("c"), f.cred("d")));
        f.prerequisites.put("d", f.kOf(1, f.cred("a"), f.cred("b"), f.cred("c")));
        f.prerequisites.put("c", f.allOf(f.cred("a")));
        f.prerequisites.put("b", f.allOf(f.cred("e")));

        var plan = plan("cert");

        // a and d each need the other (or c, which needs a): the only way in is e then b
        assertThat(ids(plan)).containsExactlyInAnyOrder("a", "b", "d", "e");
        assertThat(plan.terms()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void refusesToPlanThroughACycleWithNoWayOut() {
        f.course("a", "A1", 5).course("b", "B1", 5).target("cert", 5, f.allOf(f.cred("a")));
        f.prerequisites.put("a", f.allOf(f.cred("b")));
        f.prerequisites.put("b", f.kOf(1, f.cred("a")));

        assertThatThrownBy(() -> plan("cert")).isInstanceOf(UnsatisfiableTargetException.class);
    }

    @Test
    void ordersTermsByPrerequisitesUnderTheCreditCap() {
        f.course("a", "X1", 10).course("b", "X2", 10).course("c", "X3", 10).course("d", "X4", 10)
                .target("cert", 40, f.allOf(f.cred("a"), f.cred("b"), f.cred("c"), f.cred("d")));
        f.prerequisites.put("d", f.allOf(f.cred("a")));
        var options = new PlanOptions(null, new SolveOptions(CostMetric.ECTS, 20, null), null, TODAY, null);

        var plan = plan(options, List.of("cert"));

        assertThat(plan.terms()).allSatisfy(t -> assertThat(t.ects()).isLessThanOrEqualTo(20));
        var term = new java.util.HashMap<String, Integer>();
        plan.credentials().forEach(p -> term.put(p.id(), p.term()));
        assertThat(term.get("d")).isGreaterThan(term.get("a"));
        assertThat(plan.terms()).hasSize(2);
    }

    @Test
    void respectsLanguageAndAccessRestrictions() {
        f.course("en", "DATA1", 3).course("cheap-fr", "DATA2", 2).target("cert", 2, f.credits(2, f.prefix("DATA")));
        f.offerings.put("cheap-fr", withLanguage(f.offerings.get("cheap-fr"), "fr"));
        var english = new PlanOptions(new Selection(null, Set.of("en"), null, null, null, null, null, false, null), SolveOptions.of(CostMetric.ECTS),
                null, TODAY, null);

        assertThat(ids(plan("cert"))).containsExactly("cheap-fr");
        assertThat(ids(plan(english, List.of("cert")))).containsExactly("en");
    }

    @Test
    void sharesCredentialsBetweenTargetsAsFarAsTheRulesAllow() {
        // ta's rules allow sharing with any other target (maxSharedWith default); without it nothing is shared
        f.course("s", "S1", 5).course("a", "A1", 5).course("b", "B1", 5).course("s2", "S2", 5)
                .target("ta", 10, f.group(Rule.Kind.ALL_OF, null, null, Rule.Limits.NONE.withSharedWith(java.util.Map.of("default", 5)),
                        f.cred("a"), f.kOf(1, f.cred("s"), f.cred("s2"))))
                .target("tb", 10, f.allOf(f.cred("b"), f.cred("s")));

        var together = plan(PlanOptions.defaults(CostMetric.ECTS, TODAY), List.of("ta", "tb"));
        var separate = plan("ta").totalEcts() + plan("tb").totalEcts();

        assertThat(together.totalEcts()).isEqualTo(15).isLessThan(separate);
        var noSharing = new Fixtures();
        noSharing.course("s", "S1", 5).course("a", "A1", 5).course("b", "B1", 5).course("s2", "S2", 5)
                .target("ta", 10, noSharing.group(Rule.Kind.ALL_OF, null, null, new Rule.Limits(null, null, 0.0, null, null),
                        noSharing.cred("a"), noSharing.kOf(1, noSharing.cred("s"), noSharing.cred("s2"))))
                .target("tb", 10, noSharing.allOf(noSharing.cred("b"), noSharing.cred("s")));
        var limited = new CompletionPlanner(noSharing.snapshot(), PlanOptions.defaults(CostMetric.ECTS, TODAY)).plan(List.of("ta", "tb"), List.of());
        assertThat(limited.totalEcts()).isEqualTo(20);
    }

    @Test
    void aCourseCountedTwiceWithinATargetIsSharedWithAnotherTargetOnce() {
        // within ta the course counts in the core and again in a part that allows double counting; toward tb too:
        // that is 5 ECTS shared between the targets, within ta's maxSharedCredits of 5
        f.course("a", "A1", 5);
        var writing = f.group(Rule.Kind.AT_LEAST_K_OF, 1, null, false, true, f.cred("a"));
        f.target("ta", 10, new Rule.Group("ta-root", null, Rule.Kind.ALL_OF, null, null, new Rule.Limits(null, null, 5.0, null, null),
                List.of(f.cred("a"), writing)));
        f.target("tb", 5, f.allOf(f.cred("a")));

        var both = plan(PlanOptions.defaults(CostMetric.ECTS, TODAY), List.of("ta", "tb"));

        assertThat(ids(both)).containsExactly("a");
        assertThat(both.credentials().get(0).counts()).as("named once per target").containsExactly("ta", "tb");
    }

    @Test
    void saysWhichRuleCannotBeMetAndWhy() {
        f.course("a", "X1", 3).target("cert", 6, f.allOf(f.cred("a"), new Rule.UnresolvedLeaf("core", "@import core.json")));

        assertThatThrownBy(() -> plan("cert")).isInstanceOfSatisfying(UnsatisfiableTargetException.class, e ->
                assertThat(e.blockers()).singleElement().satisfies(b -> {
                    assertThat(b.node()).isEqualTo("core");
                    assertThat(b.reason()).contains("unresolved");
                }));
    }

    @Test
    void namesTheCredentialsWhosePrerequisitesBlockAPlanAndThePrerequisiteThatStopsEach() {
        f.course("a", "X1", 3).course("b", "X2", 3).course("c", "X3", 3).course("d", "X4", 3).course("e", "Y1", 3)
                .target("cert", 12, f.allOf(f.cred("a"), f.kOf(2, f.cred("b"), f.cred("c"), f.cred("d")), f.prefix("Y")));
        f.prerequisites.put("b", f.allOf(new Rule.ConditionLeaf("standing", "Upper-division standing")));
        f.prerequisites.put("c", f.allOf(f.cred("b")));
        f.prerequisites.put("e", f.allOf(f.cred("c")));

        assertThatThrownBy(() -> plan("cert")).isInstanceOfSatisfying(UnsatisfiableTargetException.class, e -> {
            assertThat(e.getMessage()).doesNotContain("every way to meet it");
            var reasons = e.blockers().stream().map(UnsatisfiableTargetException.Blocker::reason).toList();
            assertThat(reasons).hasSize(4);
            assertThat(reasons.get(0)).isEqualTo("needs b (X2), whose prerequisites cannot be met: "
                    + "standing (Upper-division standing): a condition only an adviser can waive");
            assertThat(reasons.get(1)).startsWith("needs c (X3), whose prerequisites cannot be met: ")
                    .endsWith("needs b (X2), whose prerequisites cannot be met either");
            assertThat(reasons.get(2)).isEqualTo("needs 2 items but at most 1 can be met with the credentials the options allow");
            assertThat(reasons.get(3)).startsWith("no credential the options allow matches this filter; 1 credential(s) here cannot be "
                    + "taken: e (Y1), whose prerequisites cannot be met: ").endsWith("needs c (X3), whose prerequisites cannot be met either");
            assertThat(e.getMessage()).doesNotContain("d (X4)");
        });
        f.prerequisites.put("a", f.allOf(f.cred("c")));
        assertThatThrownBy(() -> plan("cert")).isInstanceOfSatisfying(UnsatisfiableTargetException.class, e ->
                assertThat(e.blockers()).anySatisfy(b -> assertThat(b.reason()).startsWith("needs a (X1), whose prerequisites cannot be met: ")));
    }

    @Test
    void matchesExhaustiveSearchOnRandomInstances() {
        var random = new Random(7);
        for (int instance = 0; instance < 120; instance++) {
            var g = new Fixtures();
            int courses = 4 + random.nextInt(5);
            for (int c = 0; c < courses; c++) {
                g.course("c" + c, new String[] {"DATA", "SEC", "AI"}[random.nextInt(3)] + c, 1 + random.nextInt(6));
            }
            for (int c = 1; c < courses; c++) {
                if (random.nextInt(3) == 0) { // prerequisites only on lower-numbered courses: acyclic
                    int p = random.nextInt(c);
                    int q = random.nextInt(c);
                    g.prerequisites.put("c" + c, p == q ? g.allOf(g.cred("c" + p)) : g.kOf(1, g.cred("c" + p), g.cred("c" + q)));
                }
            }
            g.target("t", 10, randomTarget(g, random, courses));
            var holdings = new ArrayList<Holding>();
            if (random.nextBoolean()) {
                holdings.add(held("c" + random.nextInt(courses)));
            }
            var metric = CostMetric.values()[random.nextInt(3)];
            var options = PlanOptions.defaults(metric, TODAY);
            var brute = ExhaustivePlans.cheapest(g.snapshot(), options, holdings, "t");
            if (brute == null) {
                assertThatThrownBy(() -> new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings))
                        .as("instance %d", instance).isInstanceOf(UnsatisfiableTargetException.class);
                continue;
            }
            var plan = new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings);
            double cost = metric == CostMetric.ECTS ? plan.totalEcts() : metric == CostMetric.PRICE ? plan.totalPrice() : plan.totalWeeks();
            assertThat(plan.status()).isEqualTo("OPTIMAL");
            assertThat(cost).as("instance %d (%s)", instance, metric).isCloseTo(brute[0], org.assertj.core.data.Offset.offset(1e-6));
            var all = new ArrayList<>(holdings);
            plan.credentials().forEach(p -> all.add(held(p.id())));
            assertThat(new StackingAudit(g.snapshot(), StackingAudit.Options.at(TODAY)).audit("t", all).met())
                    .as("instance %d: the plan meets the target by the audit's own rules", instance).isTrue();
        }
    }

    /**
     * Gated groups and double counting: the plan is the cheapest set of courses the audit itself (exhaustive search)
     * finds meeting the target, so the plan encoder and the audit agree on both constructs.
     */
    @Test
    void matchesExhaustiveSearchWithGatedGroupsAndDoubleCounting() {
        var random = new Random(23);
        int unsatisfiable = 0;
        for (int instance = 0; instance < 120; instance++) {
            var g = new Fixtures();
            int courses = 4 + random.nextInt(4);
            for (int c = 0; c < courses; c++) {
                g.course("c" + c, new String[] {"DATA", "SEC", "AI"}[random.nextInt(3)] + c, 1 + random.nextInt(6));
            }
            g.target("t", 10, randomTargetWithConstructs(g, random, courses));
            var holdings = new ArrayList<Holding>();
            if (random.nextBoolean()) {
                holdings.add(held("c" + random.nextInt(courses)));
            }
            var metric = CostMetric.values()[random.nextInt(3)];
            var options = PlanOptions.defaults(metric, TODAY);
            var brute = ExhaustivePlans.cheapest(g.snapshot(), options, holdings, "t");
            if (brute == null) {
                unsatisfiable++;
                assertThatThrownBy(() -> new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings))
                        .as("instance %d", instance).isInstanceOf(UnsatisfiableTargetException.class);
                continue;
            }
            var plan = new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings);
            double cost = metric == CostMetric.ECTS ? plan.totalEcts() : metric == CostMetric.PRICE ? plan.totalPrice() : plan.totalWeeks();
            assertThat(plan.status()).isEqualTo("OPTIMAL");
            assertThat(cost).as("instance %d (%s)", instance, metric).isCloseTo(brute[0], org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(unsatisfiable).as("most instances have a plan").isLessThan(60);
    }

    /**
     * Distribution areas: the plan is the cheapest set of courses the audit (exhaustive search) finds meeting the
     * target, where groups ask for courses from several areas and cap one area; courses are in zero to two areas.
     */
    @Test
    void matchesExhaustiveSearchWithDistributionAreas() {
        var random = new Random(31);
        var areas = new String[] {"LA", "HA", "SA"};
        int unsatisfiable = 0;
        for (int instance = 0; instance < 120; instance++) {
            var g = new Fixtures();
            int courses = 4 + random.nextInt(4);
            for (int c = 0; c < courses; c++) {
                var in = new java.util.TreeSet<String>();
                for (int a = random.nextInt(3); a > 0; a--) {
                    in.add(areas[random.nextInt(3)]);
                }
                g.courseIn("c" + c, new String[] {"DATA", "SEC", "AI"}[random.nextInt(3)] + c, 1 + random.nextInt(6), in.toArray(String[]::new));
            }
            var children = new ArrayList<Rule>();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                int minAreas = random.nextInt(3);
                Integer perArea = minAreas == 0 || random.nextBoolean() ? 1 + random.nextInt(2) : null;
                boolean kOf = random.nextBoolean();
                var leaves = new Rule[] {g.inAreas(areas[random.nextInt(3)], areas[random.nextInt(3)]),
                    random.nextBoolean() ? g.prefix(new String[] {"DATA", "SEC", "AI"}[random.nextInt(3)]) : g.cred("c" + random.nextInt(courses))};
                children.add(g.areas(kOf ? Rule.Kind.AT_LEAST_K_OF : Rule.Kind.AT_LEAST_CREDITS, kOf ? Math.max(minAreas, 1 + random.nextInt(3)) : null,
                        2.0 + random.nextInt(8), minAreas, perArea, null, leaves));
            }
            g.target("t", 10, g.group(random.nextBoolean() ? Rule.Kind.ALL_OF : Rule.Kind.AT_LEAST_CREDITS, null, 3.0 + random.nextInt(8),
                    Rule.Limits.NONE, children.toArray(new Rule[0])));
            var holdings = new ArrayList<Holding>();
            if (random.nextBoolean()) {
                holdings.add(held("c" + random.nextInt(courses)));
            }
            var metric = CostMetric.values()[random.nextInt(3)];
            var options = PlanOptions.defaults(metric, TODAY);
            var brute = ExhaustivePlans.cheapest(g.snapshot(), options, holdings, "t");
            if (brute == null) {
                unsatisfiable++;
                assertThatThrownBy(() -> new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings))
                        .as("instance %d", instance).isInstanceOf(UnsatisfiableTargetException.class);
                continue;
            }
            var plan = new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings);
            double cost = metric == CostMetric.ECTS ? plan.totalEcts() : metric == CostMetric.PRICE ? plan.totalPrice() : plan.totalWeeks();
            assertThat(plan.status()).isEqualTo("OPTIMAL");
            assertThat(cost).as("instance %d (%s)", instance, metric).isCloseTo(brute[0], org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(unsatisfiable).as("most instances have a plan").isLessThan(60);
    }

    /**
     * The same with a third of the courses not stating one of their costs: the plan must be the exhaustive optimum
     * under the pessimistic stand-in ({@code CatalogSnapshot.cost}), so an unknown cost is never taken where a known
     * one does the same job, and its totals must leave out no unknown silently.
     */
    @Test
    void matchesExhaustiveSearchWithUnknownCosts() {
        var random = new Random(11);
        int withUnknown = 0;
        for (int instance = 0; instance < 120; instance++) {
            var g = new Fixtures();
            int courses = 4 + random.nextInt(5);
            for (int c = 0; c < courses; c++) {
                g.course("c" + c, new String[] {"DATA", "SEC", "AI"}[random.nextInt(3)] + c, 1 + random.nextInt(6));
                if (random.nextInt(3) == 0) {
                    g.offerings.put("c" + c, withoutCost(g.offerings.get("c" + c), CostMetric.values()[1 + random.nextInt(2)]));
                }
            }
            g.target("t", 10, randomTarget(g, random, courses));
            var metric = CostMetric.values()[random.nextInt(3)];
            var options = PlanOptions.defaults(metric, TODAY);
            var snapshot = g.snapshot();
            var brute = ExhaustivePlans.cheapest(snapshot, options, List.of(), "t");
            if (brute == null) {
                continue;
            }
            var plan = new CompletionPlanner(snapshot, options).plan(List.of("t"), List.of());
            var chosen = plan.credentials().stream().map(p -> snapshot.offering(p.id()).orElseThrow()).toList();
            double cost = chosen.stream().mapToDouble(o -> snapshot.cost(o, metric)).sum();
            assertThat(plan.status()).isEqualTo("OPTIMAL");
            assertThat(cost).as("instance %d (%s)", instance, metric).isCloseTo(brute[0], org.assertj.core.data.Offset.offset(1e-6));
            long unknownPrice = chosen.stream().filter(o -> o.price() == null).count();
            assertThat(plan.unknownPrice()).isEqualTo((int) unknownPrice);
            assertThat(plan.totalPrice() == null).as("instance %d: no partial sum as the total", instance).isEqualTo(unknownPrice > 0);
            withUnknown += unknownPrice > 0 || chosen.stream().anyMatch(o -> o.durationWeeks() == null) ? 1 : 0;
        }
        assertThat(withUnknown).as("plans that had to take an unknown cost").isGreaterThan(10);
    }

    @Test
    void takesAKnownCostOverAnUnknownOneThatDoesTheSameJob() {
        var g = new Fixtures().course("known", "DATA1", 5).course("unknown", "DATA2", 5);
        g.offerings.put("unknown", withoutCost(g.offerings.get("unknown"), CostMetric.PRICE));
        g.target("cert", 5, g.kOf(1, g.cred("known"), g.cred("unknown")));

        var plan = new CompletionPlanner(g.snapshot(), PlanOptions.defaults(CostMetric.PRICE, TODAY)).plan(List.of("cert"), List.of());

        assertThat(ids(plan)).containsExactly("known");
        assertThat(plan.totalPrice()).isEqualTo(500.0);
        assertThat(plan.unknownPrice()).isZero();
    }

    private static Offering withoutCost(Offering o, CostMetric metric) {
        return new Offering(o.id(), o.kind(), o.title(), o.code(), o.subject(), o.provider(), o.country(), o.ects(), o.eqfLevel(),
                metric == CostMetric.PRICE ? null : o.price(), metric == CostMetric.WEEKS ? null : o.durationWeeks(), o.language(),
                o.participation(), o.access(), o.validityYears(), o.skills());
    }

    private static Rule randomTarget(Fixtures g, Random random, int courses) {
        var children = new ArrayList<Rule>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            var prefix = new String[] {"DATA", "SEC", "AI"}[random.nextInt(3)];
            var filter = random.nextBoolean() ? g.prefix(prefix)
                    : g.prefixExcept(prefix, "c" + random.nextInt(courses), "c" + random.nextInt(courses));
            children.add(switch (random.nextInt(4)) {
                case 0 -> g.cred("c" + random.nextInt(courses));
                case 1 -> g.credits(2 + random.nextInt(6), filter);
                case 2 -> g.kOf(2, filter); // each matching course is one item
                default -> g.kOf(1, g.cred("c" + random.nextInt(courses)), g.cred("c" + random.nextInt(courses)));
            });
        }
        return g.group(Rule.Kind.ALL_OF, null, null, Rule.Limits.NONE, children.toArray(new Rule[0]));
    }

    /** Groups that may be gated or say doubleCount, under a credit sum (where gating matters) or all-of (where sharing does). */
    private static Rule randomTargetWithConstructs(Fixtures g, Random random, int courses) {
        var children = new ArrayList<Rule>();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            var prefix = new String[] {"DATA", "SEC", "AI"}[random.nextInt(3)];
            boolean gated = random.nextBoolean();
            int share = random.nextInt(4);
            Boolean doubleCount = share == 0 ? Boolean.TRUE : share == 1 ? Boolean.FALSE : null;
            children.add(switch (random.nextInt(3)) {
                case 0 -> g.group(Rule.Kind.ALL_OF, null, null, gated, doubleCount, g.cred("c" + random.nextInt(courses)),
                        g.cred("c" + random.nextInt(courses)));
                case 1 -> g.group(Rule.Kind.AT_LEAST_CREDITS, null, 2.0 + random.nextInt(6), gated, doubleCount, g.prefix(prefix));
                default -> g.group(Rule.Kind.AT_LEAST_K_OF, 1, null, gated, doubleCount, g.cred("c" + random.nextInt(courses)),
                        g.cred("c" + random.nextInt(courses)));
            });
        }
        return random.nextBoolean() ? g.group(Rule.Kind.ALL_OF, null, null, Rule.Limits.NONE, children.toArray(new Rule[0]))
                : g.group(Rule.Kind.AT_LEAST_CREDITS, null, 4.0 + random.nextInt(10), Rule.Limits.NONE, children.toArray(new Rule[0]));
    }

    private static Offering withLanguage(Offering o, String language) {
        return new Offering(o.id(), o.kind(), o.title(), o.code(), o.subject(), o.provider(), o.ects(), o.eqfLevel(), o.price(),
                o.durationWeeks(), language, o.participation(), o.access(), o.validityYears(), o.skills());
    }
}
