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
    void keepsOnlyAsManyCoursesOfANamedListAsTheRuleCanUse() {
        var g = new Fixtures();
        var named = new Rule[20];
        for (int i = 0; i < 20; i++) {
            g.offerings.put("el" + i, course("el" + i, "EL " + (100 + i), 3, 10 + (i * 7) % 40, 4));
            named[i] = g.cred("el" + i);
        }
        var area = new Rule[6];
        for (int j = 0; j < 6; j++) {
            g.offerings.put("x" + j, course("x" + j, "X " + j, 3, 60 - 10 * j, 4));
            area[j] = g.cred("x" + j);
        }
        g.target("t", 12, g.allOf(g.kOf(2, named), g.credits(6, area), g.kOf(1, g.cred("el5"), g.cred("x5"))));

        var pool = pool(g, CostMetric.PRICE, List.of());

        // any two of the pick-2 list do (el0 and el6 are the cheapest), two of the 6-credit area (x4 and x3); el5 and x5
        // are also in a pick-1, so each is a class of its own
        assertThat(pool.candidates()).extracting(Offering::id).containsExactlyInAnyOrder("el0", "el6", "el5", "x5", "x4", "x3");
    }

    @Test
    void keepsEveryCourseOfAnAllOfListAndEachCourseAnotherIsRecognisedAs() {
        var g = new Fixtures();
        for (int i = 0; i < 4; i++) {
            g.offerings.put("c" + i, course("c" + i, "EL " + i, 3, 10 * (i + 1), 4));
        }
        g.offerings.put("ext", course("ext", "EX 1", 3, 100, 4));
        g.recognise("ext", "c3", null);
        g.target("t", 9, g.allOf(g.allOf(g.cred("c0"), g.cred("c1")), g.kOf(1, g.cred("c2"), g.cred("c3"))));

        var pool = pool(g, CostMetric.PRICE, List.of());

        // every course under ALL_OF is needed by itself; c3's leaf also takes what is recognised as c3, so it is no
        // stand-in for c2 (one class of c2 and c3 would keep c2 alone)
        assertThat(pool.candidates()).extracting(Offering::id).contains("c0", "c1", "c2", "c3");
        var plan = new CompletionPlanner(g.snapshot(), PlanOptions.defaults(CostMetric.PRICE, TODAY)).plan(List.of("t"), List.of(held("ext")));
        assertThat(plan.credentials()).extracting(CompletionPlan.Planned::id).containsExactlyInAnyOrder("c0", "c1");
    }

    @Test
    void matchesExhaustiveSearchLexicographicallyWhereManyCoursesAreInterchangeable() {
        compareWithExhaustiveSearch(11, false, false);
    }

    @Test
    @DisplayName("Optimal against exhaustive search where some courses are recognised as others (counting at their leaves, as courses or credits)")
    void matchesExhaustiveSearchWithRecognitions() {
        compareWithExhaustiveSearch(23, true, false);
    }

    @Test
    @DisplayName("Optimal against exhaustive search with long explicit course lists under k-of-n and credit sums, courses in several lists")
    void matchesExhaustiveSearchWithNamedLists() {
        compareWithExhaustiveSearch(31, false, true);
        compareWithExhaustiveSearch(37, true, true);
    }

    /**
     * Cross-listed codes: some courses have a second code ("a" + n, sorting first, under a code no rule's filter takes,
     * with the same entry rule, or sometimes none where the named code has one) that counts wherever the course does only as
     * the course. Plans are optimal against exhaustive search, take at most one code of a course, and take the second
     * code only where the catalog prices it below the first or taking the named code instead would leave the plan
     * invalid (its entry rule unmet: always swapping to the named code, greedily, would be wrong there), then saying which
     * code it counts as: where both cost the same and the swap is valid, the code the rules name.
     */
    @Test
    void matchesExhaustiveSearchAndNamesTheCodeTheRulesNameWithCrossListedCodes() {
        var random = new Random(41);
        String[] prefixes = {"DATA", "SEC"};
        int checked = 0;
        int aliasesPlanned = 0;
        int namedOverAliases = 0;
        int keptForValidity = 0;
        for (int instance = 0; instance < 150; instance++) {
            var g = new Fixtures();
            int courses = 5 + random.nextInt(3);
            var aliases = new java.util.HashMap<String, String>(); // alias -> the course's code the rules know
            for (int c = 0; c < courses; c++) {
                var code = prefixes[random.nextInt(2)] + " " + c;
                double price = 10 * random.nextInt(3);
                g.offerings.put("c" + c, course("c" + c, code, 1 + random.nextInt(3), price, 2 + 2 * random.nextInt(2)));
                if (random.nextInt(3) == 0 && aliases.size() < 3) {
                    var o = g.offerings.get("c" + c);
                    double aliasPrice = random.nextBoolean() ? price : 10 * random.nextInt(3);
                    g.offerings.put("a" + c, course("a" + c, "XX " + c, o.ects(), aliasPrice, o.durationWeeks()));
                    g.sameCourse("c" + c, "a" + c);
                    aliases.put("a" + c, "c" + c);
                }
            }
            for (int c = 1; c < courses; c++) {
                if (random.nextInt(aliases.containsKey("a" + c) ? 2 : 4) == 0) {
                    var rule = g.allOf(g.cred("c" + random.nextInt(c)));
                    g.prerequisites.put("c" + c, rule);
                    if (aliases.containsKey("a" + c) && random.nextBoolean()) {
                        g.prerequisites.put("a" + c, rule); // else the second code is open where the named code is not
                    }
                }
            }
            g.target("t", 10, randomTarget(g, random, prefixes, courses, true));
            var holdings = new ArrayList<Holding>();
            if (random.nextBoolean()) {
                holdings.add(held("c" + random.nextInt(courses)));
            }
            var metric = CostMetric.values()[random.nextInt(3)];
            var options = PlanOptions.defaults(metric, TODAY);
            var brute = ExhaustivePlans.cheapest(g.snapshot(), options, holdings, "t");
            if (brute == null) {
                continue;
            }
            var plan = new CompletionPlanner(g.snapshot(), options).plan(List.of("t"), holdings);
            assertThat(ExhaustivePlans.costOf(plan, metric)).as("instance %d (%s first)", instance, metric)
                    .containsExactly(brute, org.assertj.core.data.Offset.offset(1e-6));
            var ids = plan.credentials().stream().map(CompletionPlan.Planned::id).toList();
            for (var planned : plan.credentials()) {
                var named = aliases.get(planned.id());
                if (named == null) {
                    continue;
                }
                aliasesPlanned++;
                assertThat(ids).as("instance %d: one code of a course", instance).doesNotContain(named);
                var alias = g.offerings.get(planned.id());
                var real = g.offerings.get(named);
                var swapped = plan.credentials().stream().map(p -> g.offerings.get(p.id().equals(planned.id()) ? named : p.id())).toList();
                boolean swapValid = ExhaustivePlans.feasible(g.snapshot(), holdings, swapped, options, "t");
                assertThat(alias.price() < real.price() || alias.durationWeeks() < real.durationWeeks() || !swapValid)
                        .as("instance %d: %s taken for %s, which costs the same and could be taken", instance, planned.id(), named).isTrue();
                keptForValidity += alias.price().equals(real.price()) && alias.durationWeeks().equals(real.durationWeeks()) ? 1 : 0;
                if (!planned.counts().isEmpty()) {
                    assertThat(planned.countsAs()).as("instance %d", instance).containsExactly(named);
                }
            }
            namedOverAliases += (int) ids.stream().filter(aliases::containsValue).count();
            checked++;
        }
        assertThat(checked).as("feasible instances compared").isGreaterThan(60);
        assertThat(namedOverAliases).as("plans taking a course that has a second code").isGreaterThan(20);
        System.out.printf("cross-listed plans: %d compared, %d named codes taken, %d second codes taken (%d at the same cost: the"
                + " named code's entry rule unmet)%n", checked, namedOverAliases, aliasesPlanned, keptForValidity);
        assertThat(keptForValidity).as("second codes kept at the same cost because the named code's entry rule is unmet").isGreaterThan(0);
    }

    private static void compareWithExhaustiveSearch(long seed, boolean recognitions, boolean lists) {
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
            g.target("t", 10, randomTarget(g, random, prefixes, courses, lists));
            var holdings = new ArrayList<Holding>();
            if (random.nextBoolean()) {
                holdings.add(held("c" + random.nextInt(courses)));
            }
            if (lists && random.nextBoolean()) {
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

    private static Rule randomTarget(Fixtures g, Random random, String[] prefixes, int courses, boolean lists) {
        var children = new ArrayList<Rule>();
        int n = 1 + random.nextInt(lists ? 3 : 2);
        for (int i = 0; i < n; i++) {
            var prefix = prefixes[random.nextInt(2)];
            children.add(switch (random.nextInt(lists ? 7 : 4)) {
                case 4 -> g.kOf(1 + random.nextInt(3), named(g, random, courses));
                case 5 -> g.credits(2 + random.nextInt(6), named(g, random, courses));
                case 6 -> g.group(Rule.Kind.AT_LEAST_K_OF, 1 + random.nextInt(2), null, new Rule.Limits(2.0 + random.nextInt(3), 2, null, null, null),
                        named(g, random, courses));
                case 0 -> g.credits(2 + random.nextInt(4), g.prefix(prefix));
                case 1 -> g.kOf(1 + random.nextInt(2), g.prefix(prefix));
                case 2 -> g.group(Rule.Kind.AT_LEAST_CREDITS, null, 3.0 + random.nextInt(3),
                        new Rule.Limits(null, 2, null, null, null), g.prefix(prefix), g.cred("c" + random.nextInt(courses)));
                default -> g.kOf(1, g.cred("c" + random.nextInt(courses)), g.prefix(prefix));
            });
        }
        return g.group(Rule.Kind.ALL_OF, null, null, Rule.Limits.NONE, children.toArray(new Rule[0]));
    }

    /** An explicit list of 3 to 6 distinct courses, one credential leaf each (lists overlap across a target). */
    private static Rule[] named(Fixtures g, Random random, int courses) {
        var ids = new java.util.LinkedHashSet<Integer>();
        int size = Math.min(courses, 3 + random.nextInt(4));
        while (ids.size() < size) {
            ids.add(random.nextInt(courses));
        }
        return ids.stream().map(c -> g.cred("c" + c)).toArray(Rule[]::new);
    }
}
