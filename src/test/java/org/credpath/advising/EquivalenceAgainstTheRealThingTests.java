package org.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.StackingAudit;
import org.junit.jupiter.api.Test;

/**
 * "Accept X as equivalent to Z" means: holding X does for this learner what holding Z would. On random rule trees
 * (all-of, k-of-n and credit nodes with item and credit caps, named credentials and filters, Z named several times or
 * not at all), the exact audit of the rewritten rules with X held gives the same verdict and the same credits as the
 * exact audit of the original rules with Z held instead (X and Z of equal credits, X matching no rule of its own).
 * The audit is itself checked against exhaustive search (StackingAuditBruteForceTests), so this compares against the
 * optimum. The same for "count X toward Y" at every node naming Z.
 */
class EquivalenceAgainstTheRealThingTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String[] PREFIXES = {"CS1", "CS2", "MA"};

    @Test
    void holdingTheEquivalentIsHoldingTheRealThing() {
        var random = new Random(22);
        int compared = 0;
        int countedToward = 0;
        for (int instance = 0; instance < 400; instance++) {
            var offerings = new HashMap<String, Offering>();
            int courses = 4 + random.nextInt(4);
            for (int c = 0; c < courses; c++) {
                offerings.put("c" + c, course("c" + c, PREFIXES[random.nextInt(PREFIXES.length)] + c, 1 + random.nextInt(6)));
            }
            var z = "c" + random.nextInt(courses);
            offerings.put("x", course("x", "XX999", offerings.get(z).ects()));
            offerings.put("t", new Offering("t", "certificate", "t", null, null, "p", 12, 6, 0, 0, "en", "online", "open", null, Set.of()));
            var ids = new int[1];
            var root = randomRule(random, courses, 0, ids);
            var catalog = new CatalogSnapshot(offerings, Map.of("t", root), Map.of(), Map.of());
            var others = new ArrayList<Holding>();
            for (int h = random.nextInt(5); h > 0; h--) {
                var c = "c" + random.nextInt(courses);
                if (!c.equals(z)) {
                    others.add(held(c));
                }
            }
            var withZ = new ArrayList<>(others);
            withZ.add(held(z));
            var withX = new ArrayList<>(others);
            withX.add(held("x"));

            var real = audit(catalog, Set.of(), withZ);
            var equivalence = new ExceptionRewriter(catalog).apply(List.of(rule(ExceptionKind.EQUIVALENT, null, null, z)));
            var stand = audit(equivalence.snapshot(), equivalence.waived(), withX);
            assertThat(stand.met()).as("instance %d met", instance).isEqualTo(real.met());
            assertThat(stand.countedCredits()).as("instance %d credits", instance).isEqualTo(real.countedCredits());
            compared++;

            var nodes = RuleIndex.byId(root).values();
            if (nodes.stream().noneMatch(n -> n instanceof Rule.FilterLeaf f && f.filter().matches(offerings.get(z)))) {
                var counts = nodes.stream().filter(n -> n instanceof Rule.CredentialLeaf l && l.credential().equals(z))
                        .map(n -> new RuleException("e" + n.id(), ExceptionKind.COUNT_TOWARD, "t", n.id(), "x", null, "test", "anna",
                                "2026-12-01T00:00:00Z")).toList();
                var counted = new ExceptionRewriter(catalog).apply(counts);
                var toward = audit(counted.snapshot(), counted.waived(), withX);
                assertThat(toward.met()).as("instance %d met, counted toward", instance).isEqualTo(real.met());
                assertThat(toward.countedCredits()).as("instance %d credits, counted toward", instance).isEqualTo(real.countedCredits());
                countedToward++;
            }
        }
        assertThat(compared).isEqualTo(400);
        assertThat(countedToward).isGreaterThan(100);
    }

    static StackingAudit.Options options(Set<String> waived) {
        return new StackingAudit.Options(TODAY, waived, StackingAudit.Options.SEARCH_NODES);
    }

    static org.credpath.stacking.engine.AuditResult audit(CatalogSnapshot catalog, Set<String> waived, List<Holding> holdings) {
        return new StackingAudit(catalog, options(waived)).audit("t", holdings);
    }

    static RuleException rule(ExceptionKind kind, String target, String node, String z) {
        return new RuleException("e", kind, target, node, "x", z, "test", "anna", "2026-12-01T00:00:00Z");
    }

    static Offering course(String id, String code, double ects) {
        return new Offering(id, "course", id, code, code.replaceAll("[^A-Z]", ""), "p", ects, 6, 10, 1, "en", "online", "open", null, Set.of());
    }

    static Holding held(String credential) {
        return new Holding(credential, TODAY.minusMonths(2), null, true);
    }

    static Rule randomRule(Random random, int courses, int depth, int[] ids) {
        var id = "n" + ids[0]++;
        if (depth >= 2 || depth > 0 && random.nextInt(3) == 0) {
            if (random.nextInt(3) == 0) {
                var prefix = PREFIXES[random.nextInt(PREFIXES.length)];
                return new Rule.FilterLeaf(id, prefix, new Filter(prefix, null, null, null, null, null, null));
            }
            return new Rule.CredentialLeaf(id, "c" + random.nextInt(courses), null);
        }
        var kind = Rule.Kind.values()[random.nextInt(3)];
        var children = new ArrayList<Rule>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            children.add(randomRule(random, courses, depth + 1, ids));
        }
        var limits = random.nextInt(4) == 0 ? new Rule.Limits(random.nextBoolean() ? 4.0 : null, random.nextBoolean() ? 1 : null, null, null, null)
                : Rule.Limits.NONE;
        return new Rule.Group(id, null, kind, 1 + random.nextInt(2), 2.0 + random.nextInt(8), limits, children);
    }
}
