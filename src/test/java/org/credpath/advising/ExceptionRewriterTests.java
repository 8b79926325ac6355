package org.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.AuditResult.AuditNode;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.stacking.engine.StackingAudit;
import org.junit.jupiter.api.Test;

/**
 * Exceptions written into the rules: the audit and the plan run unchanged on the rewritten tree, count what the
 * exception allows, and show it as an exception (its marker on the nodes it made), never as the rule's own.
 */
class ExceptionRewriterTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** T = all of: core (A and B), one CS 2xx elective, 10 ECTS of CS 3xx. X (MA 100) is named nowhere. */
    static CatalogSnapshot catalog() {
        var offerings = new HashMap<String, Offering>();
        for (var c : List.of("A:CS 101", "B:CS 102", "C:CS 201", "D:CS 301", "E:CS 302", "X:MA 100")) {
            var id = c.substring(0, 1);
            offerings.put(id, new Offering(id, "course", "Course " + id, c.substring(2), c.substring(2, 4), "p", 5, 6, 100, 10,
                    "en", "online", "open", null, Set.of()));
        }
        offerings.put("T", new Offering("T", "certificate", "Target", null, null, "p", 25, 6, 0, 0, "en", "online", "open", null, Set.of()));
        var core = group("core", Rule.Kind.ALL_OF, null, null, new Rule.CredentialLeaf("core#0", "A", null),
                new Rule.CredentialLeaf("core#1", "B", "C"));
        var elective = group("elective", Rule.Kind.AT_LEAST_K_OF, 1, null, filter("cs2", "CS2"));
        var upper = group("upper", Rule.Kind.AT_LEAST_CREDITS, null, 10.0, filter("cs3", "CS3"));
        return new CatalogSnapshot(offerings, Map.of("T", group("T/requirements", Rule.Kind.ALL_OF, null, null, core, elective, upper)),
                Map.of(), Map.of());
    }

    static Rule.Group group(String id, Rule.Kind kind, Integer k, Double credits, Rule... children) {
        return new Rule.Group(id, id, kind, k, credits, Rule.Limits.NONE, List.of(children));
    }

    static Rule filter(String id, String prefix) {
        return new Rule.FilterLeaf(id, prefix + "*", new Filter(prefix, null, null, null, null, null, null));
    }

    static RuleException exception(String id, ExceptionKind kind, String target, String node, String credential, String equivalentTo) {
        return new RuleException(id, kind, target, node, credential, equivalentTo, "transfer agreement", "anna", "2026-12-01T10:00:00Z");
    }

    static List<Holding> held(String... credentials) {
        return java.util.Arrays.stream(credentials).map(c -> new Holding(c, TODAY.minusMonths(3), "B", true)).toList();
    }

    static AuditResult audit(AdvisedCatalog advised, List<Holding> holdings) {
        return new StackingAudit(advised.snapshot(), new StackingAudit.Options(TODAY, advised.waived(), StackingAudit.Options.SEARCH_NODES))
                .audit("T", holdings);
    }

    static AuditNode find(AuditNode node, String id) {
        if (node.id().equals(id)) {
            return node;
        }
        return node.children().stream().map(c -> find(c, id)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void countTowardACredentialLeafLetsTheCredentialStandInForItAndSaysSo() {
        var catalog = catalog();
        var holdings = held("A", "X", "C", "D", "E");
        assertThat(audit(AdvisedCatalog.none(catalog), holdings).met()).isFalse();

        var advised = new ExceptionRewriter(catalog).apply(List.of(exception("e1", ExceptionKind.COUNT_TOWARD, "T", "core#1", "X", null)));
        var result = audit(advised, holdings);

        assertThat(result.met()).isTrue();
        assertThat(result.counted()).anySatisfy(c -> {
            assertThat(c.credential()).isEqualTo("X");
            assertThat(c.leaf()).isEqualTo("core#1/exception/e1");
        });
        var leaf = find(result.tree(), "core#1/exception/e1");
        assertThat(leaf.label()).isEqualTo("Course X: counted by exception of anna on 2026-12-01: transfer agreement");
        assertThat(find(result.tree(), "core#1/exceptions").label()).isEqualTo("Course B, or by exception Course X");
        var shown = advised.exceptionsFor("T");
        assertThat(shown).singleElement().satisfies(e -> {
            assertThat(e.applied()).isTrue();
            assertThat(e.shownAt()).containsExactly("core#1/exception/e1");
            assertThat(e.marker()).startsWith("counted by exception of anna on 2026-12-01");
        });
    }

    @Test
    void theStandInKeepsTheMinimumGradeOfTheLeafItStandsFor() {
        var advised = new ExceptionRewriter(catalog()).apply(List.of(exception("e1", ExceptionKind.COUNT_TOWARD, "T", "core#1", "X", null)));
        var weak = List.of(new Holding("A", TODAY.minusMonths(3), "B", true), new Holding("X", TODAY.minusMonths(3), "D", true));
        assertThat(find(audit(advised, weak).tree(), "core").status()).isEqualTo(AuditResult.Status.PARTLY_MET);
    }

    @Test
    void countTowardACreditNodeAddsTheCredentialAsOneMoreItem() {
        var advised = new ExceptionRewriter(catalog()).apply(List.of(exception("e2", ExceptionKind.COUNT_TOWARD, "T", "upper", "X", null)));
        var result = audit(advised, held("A", "B", "C", "D", "X"));
        assertThat(result.met()).isTrue();
        assertThat(find(result.tree(), "upper").countedCredits()).isEqualTo(10.0);
    }

    @Test
    void waivingANodeMeetsItWithoutCreditsAndShowsTheWaiver() {
        var advised = new ExceptionRewriter(catalog()).apply(List.of(exception("w", ExceptionKind.WAIVE, "T", "elective", null, null)));
        var result = audit(advised, held("A", "B", "D", "E"));
        assertThat(result.met()).isTrue();
        var node = find(result.tree(), "elective");
        assertThat(node.type()).isEqualTo("CONDITION");
        assertThat(node.status()).isEqualTo(AuditResult.Status.MET);
        assertThat(node.label()).isEqualTo("elective: waived by exception of anna on 2026-12-01: transfer agreement");
        assertThat(result.countedCredits()).isEqualTo(20.0);
    }

    @Test
    void anEquivalenceCountsWhereTheOtherWouldByNameOrByFilter() {
        var catalog = catalog();
        // X as B: the core's named leaf; X as C: one more item of the CS 2xx filter under the 1-of elective
        var advised = new ExceptionRewriter(catalog).apply(List.of(exception("q1", ExceptionKind.EQUIVALENT, null, null, "X", "C")));
        var result = audit(advised, held("A", "B", "X", "D", "E"));
        assertThat(result.met()).isTrue();
        assertThat(result.counted()).anySatisfy(c -> assertThat(c.leaf()).isEqualTo("cs2/exception/q1"));
        assertThat(find(result.tree(), "elective").children()).extracting(AuditNode::id).containsExactly("cs2", "cs2/exception/q1");
        assertThat(advised.exceptionsFor("T")).singleElement().satisfies(e -> assertThat(e.shownAt()).containsExactly("cs2/exception/q1"));
    }

    @Test
    void anExceptionWhoseNodeIsGoneIsListedAsNotApplied() {
        var catalog = catalog();
        var advised = new ExceptionRewriter(catalog).apply(List.of(exception("g", ExceptionKind.WAIVE, "T", "no-such-node", null, null),
                exception("q", ExceptionKind.EQUIVALENT, null, null, "X", "T")));
        assertThat(advised.snapshot()).isSameAs(catalog); // nothing rewritten
        var shown = advised.exceptionsFor("T"); // an equivalence for every target that changes nothing here is not listed
        assertThat(shown).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("g");
            assertThat(e.applied()).isFalse();
            assertThat(e.note()).contains("no-such-node");
        });
    }

    @Test
    void withoutExceptionsTheCatalogIsTheSameObject() {
        var catalog = catalog();
        assertThat(new ExceptionRewriter(catalog).apply(List.of()).snapshot()).isSameAs(catalog);
    }

    @Test
    void thePlanUsesTheExceptionToo() {
        var catalog = catalog();
        var options = new PlanOptions(Selection.NONE, SolveOptions.of(CostMetric.ECTS), null, TODAY, Set.of());
        var without = new CompletionPlanner(catalog, options).plan(List.of("T"), held("A", "X"));
        var advised = new ExceptionRewriter(catalog).apply(List.of(exception("e1", ExceptionKind.COUNT_TOWARD, "T", "core#1", "X", null)));
        var with = new CompletionPlanner(advised.snapshot(), options).plan(List.of("T"), held("A", "X"));
        assertThat(without.totalEcts()).isEqualTo(20.0); // B, C and two CS 3xx... less the held A
        assertThat(with.totalEcts()).isEqualTo(without.totalEcts() - 5);
    }

    @Test
    void anEquivalenceForEveryTargetMeetsEntryRulesThatNameTheOther() {
        var base = catalog();
        var offerings = new HashMap<String, Offering>(base.offerings());
        var requirements = Map.<String, Rule>of("T", base.requirements("T").orElseThrow());
        var needsB = new Rule.CredentialLeaf("D/prerequisites", "B", null); // CS 301 needs CS 102
        var catalog = new CatalogSnapshot(offerings, requirements, Map.of("D", needsB, "E", new Rule.CredentialLeaf("E/prerequisites", "B", null)),
                Map.of());
        var options = new PlanOptions(Selection.NONE, SolveOptions.of(CostMetric.ECTS), null, TODAY, Set.of());
        var holdings = held("A", "C", "X");
        var without = new CompletionPlanner(catalog, options).plan(List.of("T"), holdings);
        var forT = new ExceptionRewriter(catalog).apply(List.of(exception("q", ExceptionKind.EQUIVALENT, "T", null, "X", "B")));
        var everywhere = new ExceptionRewriter(catalog).apply(List.of(exception("q", ExceptionKind.EQUIVALENT, null, null, "X", "B")));
        assertThat(forT.snapshot().prerequisites("D")).containsSame(needsB); // one target's equivalence leaves entry rules alone
        assertThat(everywhere.snapshot().prerequisites("D").orElseThrow().id()).isEqualTo("D/prerequisites/exceptions");
        var planned = new CompletionPlanner(everywhere.snapshot(), options).plan(List.of("T"), holdings);
        assertThat(without.credentials()).extracting(p -> p.id()).containsExactlyInAnyOrder("B", "D", "E");
        assertThat(planned.credentials()).extracting(p -> p.id()).containsExactlyInAnyOrder("D", "E");
        // with B needed in the core too, only the entry rules make the difference once the core counts X for B
        var entryOnly = new StackingAudit(everywhere.snapshot().withPrerequisitesAsRequirements(), StackingAudit.Options.at(TODAY)).audit("D", holdings);
        assertThat(entryOnly.met()).isTrue();
        assertThat(new StackingAudit(catalog.withPrerequisitesAsRequirements(), StackingAudit.Options.at(TODAY)).audit("D", holdings).met()).isFalse();
    }
}
