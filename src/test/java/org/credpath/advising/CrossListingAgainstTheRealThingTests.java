package org.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credpath.advising.EquivalenceAgainstTheRealThingTests.audit;
import static org.credpath.advising.EquivalenceAgainstTheRealThingTests.course;
import static org.credpath.advising.EquivalenceAgainstTheRealThingTests.held;
import static org.credpath.advising.EquivalenceAgainstTheRealThingTests.randomRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.SameCourse;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.UnsatisfiableTargetException;
import org.junit.jupiter.api.Test;

/**
 * A cross-listed course ("Same as ...") is one course under several codes: holding one code does what holding the code
 * a rule names would. As the adviser's equivalence is proved (EquivalenceAgainstTheRealThingTests), on random rule trees
 * the exact audit with a group {z, x, y} in the catalog and x held gives the same verdict and credits as the audit of
 * the catalog without the group and z held instead (x and y of z's credits, matching no rule of their own); and holding
 * several codes of the course (x, y and z) counts the course once: the same verdict and credits as holding z alone.
 * The audit is itself checked against exhaustive search (StackingAuditBruteForceTests), so this compares against the optimum.
 */
class CrossListingAgainstTheRealThingTests {

    @Test
    void holdingAnyCodeOfTheCourseIsHoldingTheCodeTheRuleNames() {
        var random = new Random(20);
        int named = 0;
        for (int instance = 0; instance < 400; instance++) {
            var world = world(random, "x", "y", 5);
            var z = world.z();
            var plain = world.plain();
            var grouped = world.grouped();
            var others = world.others();
            var real = audit(plain, Set.of(), with(others, z));
            var crossListed = audit(grouped, Set.of(), with(others, "x"));
            assertThat(crossListed.met()).as("instance %d met", instance).isEqualTo(real.met());
            assertThat(crossListed.countedCredits()).as("instance %d credits", instance).isEqualTo(real.countedCredits());

            var allCodes = audit(grouped, Set.of(), with(with(with(others, "y"), z), "x"));
            assertThat(allCodes.met()).as("instance %d met, every code held", instance).isEqualTo(real.met());
            assertThat(allCodes.countedCredits()).as("instance %d credits, every code held", instance).isEqualTo(real.countedCredits());
            assertThat(allCodes.notCounted().stream().filter(u -> u.reason().name().equals("SAME_COURSE_HELD")).count())
                    .as("instance %d: two of the three codes are the same course as the one that counts", instance).isEqualTo(2);
            named += real.countedCredits() > 0 ? 1 : 0;
        }
        assertThat(named).isGreaterThan(100);
    }

    /**
     * The plan side: on random rule trees, the plan with a group {z, a-x, a-y} in the catalog (the other codes sort
     * before z, cost the same and match no rule of their own) costs exactly what the plan without the group costs, and
     * never takes a-x or a-y where a rule names z or a filter matches z: of one course's codes it takes the one the rules
     * name. The plans are checked against exhaustive search in CandidatePoolTests.
     */
    @Test
    void aPlanTakesTheCodeTheRulesNameAtTheCostOfThePlanWithoutTheGroup() {
        var random = new Random(21);
        int namedTaken = 0;
        for (int instance = 0; instance < 300; instance++) {
            var world = world(random, "a-x", "a-y", 3);
            var plain = world.plain();
            var grouped = world.grouped();
            var others = world.others();
            var z = world.z();
            var real = plan(plain, others);
            var crossListed = plan(grouped, others);
            if (real == null) {
                assertThat(crossListed).as("instance %d: no plan either", instance).isNull();
                continue;
            }
            assertThat(crossListed).as("instance %d", instance).isNotNull();
            assertThat(java.util.Arrays.asList(crossListed.totalEcts(), crossListed.totalPrice(), crossListed.totalWeeks()))
                    .as("instance %d costs", instance).isEqualTo(java.util.Arrays.asList(real.totalEcts(), real.totalPrice(), real.totalWeeks()));
            var ids = crossListed.credentials().stream().map(CompletionPlan.Planned::id).toList();
            assertThat(ids).as("instance %d", instance).doesNotContain("a-x", "a-y");
            crossListed.credentials().forEach(p -> assertThat(p.countsAs()).isEmpty());
            namedTaken += ids.contains(z) ? 1 : 0;
        }
        assertThat(namedTaken).as("plans taking the cross-listed course").isGreaterThan(30);
    }

    private static CompletionPlan plan(CatalogSnapshot catalog, List<Holding> holdings) {
        try {
            return new CompletionPlanner(catalog, PlanOptions.defaults(CostMetric.PRICE, EquivalenceAgainstTheRealThingTests.TODAY))
                    .plan(List.of("t"), holdings);
        } catch (UnsatisfiableTargetException e) {
            return null;
        }
    }

    @Test
    void aGroupIsKnownFromEachOfItsMembers() {
        var offerings = Map.of("a", course("a", "CS2305", 3), "b", course("b", "TE2305", 3), "c", course("c", "MA1", 3));
        var catalog = new CatalogSnapshot(offerings, Map.of(), Map.of(), group("b", "a"));
        assertThat(SameCourse.others(catalog, "a")).containsExactly("b");
        assertThat(SameCourse.others(catalog, "b")).containsExactly("a");
        assertThat(SameCourse.others(catalog, "c")).isEmpty();
        assertThat(SameCourse.key(catalog, "b")).isEqualTo("a");
        var later = new Holding("b", EquivalenceAgainstTheRealThingTests.TODAY, null, false);
        assertThat(SameCourse.countedInstead(catalog, List.of(held("a"), later, held("c")))).containsExactly(1, -1, -1);
    }

    /** The recognitions the snapshot loader makes of a group: every member as every other, for its own ECTS. */
    static Map<String, List<CatalogSnapshot.Recognition>> group(String... members) {
        var recognitions = new HashMap<String, List<CatalogSnapshot.Recognition>>();
        for (var a : members) {
            for (var b : members) {
                if (!a.equals(b)) {
                    recognitions.computeIfAbsent(a, k -> new ArrayList<>()).add(new CatalogSnapshot.Recognition(a, b, null, true));
                }
            }
        }
        return recognitions;
    }

    private static List<Holding> with(List<Holding> holdings, String credential) {
        var more = new ArrayList<>(holdings);
        more.add(held(credential));
        return more;
    }

    /** A random case: courses c0.. under random rules, z one of them, x and y its other codes (grouped or not), and other courses held. */
    private record World(String z, CatalogSnapshot plain, CatalogSnapshot grouped, List<Holding> others) {
    }

    private static World world(Random random, String x, String y, int maxOthers) {
        var offerings = new HashMap<String, Offering>();
        int courses = 4 + random.nextInt(4);
        for (int c = 0; c < courses; c++) {
            offerings.put("c" + c, course("c" + c, EquivalenceAgainstTheRealThingTests.PREFIXES[random.nextInt(3)] + c, 1 + random.nextInt(6)));
        }
        var z = "c" + random.nextInt(courses);
        double ects = offerings.get(z).ects();
        offerings.put(x, course(x, "XX999", ects));
        offerings.put(y, course(y, "YY999", ects));
        offerings.put("t", new Offering("t", "certificate", "t", null, null, "p", 12, 6, 0, 0, "en", "online", "open", null, Set.of()));
        var root = randomRule(random, courses, 0, new int[1]);
        var plain = new CatalogSnapshot(offerings, Map.of("t", root), Map.of(), Map.of());
        var grouped = new CatalogSnapshot(offerings, Map.of("t", root), Map.of(), group(z, x, y));
        var others = new ArrayList<Holding>();
        for (int h = random.nextInt(maxOthers); h > 0; h--) {
            var c = "c" + random.nextInt(courses);
            if (!c.equals(z)) {
                others.add(held(c));
            }
        }
        return new World(z, plain, grouped, others);
    }
}
