package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credpath.stacking.engine.Fixtures.TODAY;
import static org.credpath.stacking.engine.Fixtures.held;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The planner's candidate pool: dominance pruning that keeps plans exact while the catalog grows. */
class CandidatePoolTests {

    private static Offering course(String id, String code, double ects, double price, double weeks) {
        return new Offering(id, "course", id, code, code.replaceAll("[^A-Z]", ""), "p", ects, 6, price, weeks, "en", "online", "open",
                null, Set.of());
    }

    private static CandidatePool.Pool pool(Fixtures g, CostMetric metric, List<Holding> holdings) {
        var options = PlanOptions.defaults(metric, TODAY);
        return new CandidatePool(g.snapshot(), options, Map.of("t", g.requirements.get("t")), holdings, Set.of("p")).collect();
    }

    @Test
    void keepsOnlyAsManyInterchangeableElectivesAsTheRuleCanUse() {
        var g = new Fixtures();
        for (int i = 0; i < 40; i++) {
            g.offerings.put("el" + i, course("el" + i, "EL " + (100 + i), 3, 10 + (i * 7) % 40, 4));
        }
        g.target("t", 9, g.credits(9, g.prefix("EL")));

        var pool = pool(g, CostMetric.PRICE, List.of());

        // three 3-ECTS electives reach 9 credits: the three cheapest are all a plan can need
        assertThat(pool.candidates()).extracting(Offering::price).containsExactlyInAnyOrder(10.0, 11.0, 12.0);
    }

    @Test
    void keepsDearerMembersWhoseEntryRulesAreUnmetOnlyWhenCheaper() {
        var g = new Fixtures();
        g.offerings.put("base", course("base", "BA 100", 3, 500, 4));
        g.offerings.put("cheap-locked", course("cheap-locked", "EL 1", 3, 10, 4));
        g.offerings.put("free-a", course("free-a", "EL 2", 3, 50, 4));
        g.offerings.put("dear-locked", course("dear-locked", "EL 3", 3, 90, 4));
        g.offerings.put("free-b", course("free-b", "EL 4", 3, 60, 4));
        g.prerequisites.put("cheap-locked", g.allOf(g.cred("base")));
        g.prerequisites.put("dear-locked", g.allOf(g.cred("base")));
        g.target("t", 3, g.kOf(1, g.prefix("EL")));

        var pool = pool(g, CostMetric.PRICE, List.of());

        // one item is needed: the cheapest free one bounds what is worth keeping; the cheaper locked one
        // stays (with its prerequisite) because it might win, the dearer locked one cannot
        assertThat(pool.candidates()).extracting(Offering::id).containsExactlyInAnyOrder("base", "cheap-locked", "free-a");
        assertThat(pool.free()).containsExactlyInAnyOrder("base", "free-a");
        var plan = new CompletionPlanner(g.snapshot(), PlanOptions.defaults(CostMetric.PRICE, TODAY)).plan(List.of("t"), List.of());
        assertThat(plan.credentials()).extracting(CompletionPlan.Planned::id).containsExactly("free-a");
    }

    @Test
    void countsAnEntryRuleTheHoldingsMeetAsFree() {
        var g = new Fixtures();
        g.offerings.put("base", course("base", "BA 100", 3, 500, 4));
        g.offerings.put("locked", course("locked", "EL 1", 3, 10, 4));
        g.offerings.put("open", course("open", "EL 2", 3, 20, 4));
        g.prerequisites.put("locked", g.allOf(g.cred("base")));
        g.target("t", 3, g.kOf(1, g.prefix("EL")));

        var pool = pool(g, CostMetric.PRICE, List.of(held("base")));

        assertThat(pool.candidates()).extracting(Offering::id).containsExactly("locked");
        assertThat(pool.free()).containsExactly("locked");
    }

    @Test
    void matchesExhaustiveSearchLexicographicallyWhereManyCoursesAreInterchangeable() {
        compareWithExhaustiveSearch(11, false);
    }

    @Test
    @DisplayName("Optimal against exhaustive search where some courses are recognised as others (counting at their leaves, as courses or credits)")
    void matchesExhaustiveSearchWithRecognitions() {
        compareWithExhaustiveSearch(23, true);
    }

    private static void compareWithExhaustiveSearch(long seed, boolean recognitions) {
        var random = new Random(seed);
        String[] prefixes = {"DATA", "SEC"};
        int checked = 0;
        for (int instance = 0; instance < 150; instance++) {
            var g = new Fixtures();
            int courses = 6 + random.nextInt(5);
            for (int c = 0; c < courses; c++) {
                var code = prefixes[random.nextInt(2)] + " " + c;
                g.offerings.put("c" + c, course("c" + c, code, 1 + random.nextInt(3), 10 * random.nextInt(3), 2 + 2 * random.nextInt(2)));
            }
            for (int c = 0; c < courses; c++) {
                switch (random.nextInt(5)) {
                    case 0 -> g.prerequisites.put("c" + c, g.kOf(1, g.prefix(prefixes[random.nextInt(2)]))); // may support in a circle
                    case 1 -> {
                        if (c > 0) {
                            g.prerequisites.put("c" + c, g.allOf(g.cred("c" + random.nextInt(c))));
                        }
                    }
                    default -> {
                    }
                }
            }
            for (int c = 0; recognitions && c < courses; c++) {
                if (random.nextInt(3) == 0) {
                    g.recognise("c" + c, "c" + random.nextInt(courses), random.nextBoolean() ? null : 1.0 + random.nextInt(3));
                }
            }
            g.target("t", 10, randomTarget(g, random, prefixes, courses));
            var holdings = new ArrayList<Holding>();
            if (random.nextBoolean()) {
                holdings.add(held("c" + random.nextInt(courses)));
            }
            var metric = CostMetric.values()[random.nextInt(3)];
            var options = PlanOptions.defaults(metric, TODAY);
            var brute = ExhaustivePlans.cheapest(g.snapshot(), options, holdings, "t");
            if (brute == null) {
                final int at = instance;
                assertThatThrownBy(() -> new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings))
                        .as("instance %d", at).isInstanceOf(UnsatisfiableTargetException.class);
                continue;
            }
            var plan = new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings);
            assertThat(plan.status()).isEqualTo("OPTIMAL");
            assertThat(ExhaustivePlans.costOf(plan, metric)).as("instance %d (%s first)", instance, metric)
                    .containsExactly(brute, org.assertj.core.data.Offset.offset(1e-6));
            checked++;
        }
        assertThat(checked).as("feasible instances compared").isGreaterThan(60);
    }

    private static Rule randomTarget(Fixtures g, Random random, String[] prefixes, int courses) {
        var children = new ArrayList<Rule>();
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            var prefix = prefixes[random.nextInt(2)];
            children.add(switch (random.nextInt(4)) {
                case 0 -> g.credits(2 + random.nextInt(4), g.prefix(prefix));
                case 1 -> g.kOf(1 + random.nextInt(2), g.prefix(prefix));
                case 2 -> g.group(Rule.Kind.AT_LEAST_CREDITS, null, 3.0 + random.nextInt(3),
                        new Rule.Limits(null, 2, null, null, null), g.prefix(prefix), g.cred("c" + random.nextInt(courses)));
                default -> g.kOf(1, g.cred("c" + random.nextInt(courses)), g.prefix(prefix));
            });
        }
        return g.group(Rule.Kind.ALL_OF, null, null, Rule.Limits.NONE, children.toArray(new Rule[0]));
    }
}
