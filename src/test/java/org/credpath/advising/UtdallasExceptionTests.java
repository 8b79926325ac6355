package org.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.credpath.bench.UtdallasCsDegree;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.NotCountedReason;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real case: the UT Dallas Computer Science BS (2023) excludes CS 1136 from its free electives by name. An adviser
 * counts it there anyway for one learner: the audit counts it, at a leaf of its own marked as the exception, and the
 * rule's exclusion still holds for everyone else. Also times the exception's cost (rewrite and audit) on this degree.
 */
class UtdallasExceptionTests {

    static UtdallasCsDegree utd;
    static String freeElectives;

    @BeforeAll
    static void load() throws IOException {
        utd = UtdallasCsDegree.load(SharedData.require("utdallas"));
        var found = new ArrayList<String>();
        utd.snapshot().requirements(UtdallasCsDegree.DEGREE).orElseThrow().forEachLeaf(leaf -> {
            if (leaf instanceof Rule.FilterLeaf f && f.filter().excludes("utd-CS-1136")) {
                found.add(leaf.id());
            }
        });
        assertThat(found).hasSize(1);
        freeElectives = found.get(0);
    }

    static RuleException countCs1136() {
        return new RuleException("e1", ExceptionKind.COUNT_TOWARD, UtdallasCsDegree.DEGREE, freeElectives, "utd-CS-1136", null,
                "taken as a transfer lab before the exclusion applied", "anna", "2026-11-20T09:00:00Z");
    }

    static AuditResult audit(AdvisedCatalog advised) {
        return new StackingAudit(advised.snapshot(), new StackingAudit.Options(UtdallasCsDegree.TODAY, advised.waivedWith(utd.waived()),
                5_000_000)).audit(UtdallasCsDegree.DEGREE, utd.transcript());
    }

    @Test
    void anAdviserCountsTheExcludedCourseAndTheAuditSaysItIsAnException() {
        var rule = audit(AdvisedCatalog.none(utd.snapshot()));
        assertThat(rule.notCounted()).filteredOn(h -> h.credential().equals("utd-CS-1136"))
                .singleElement().satisfies(h -> assertThat(h.reason()).isEqualTo(NotCountedReason.EXCLUDED_BY_RULE));

        var advised = new ExceptionRewriter(utd.snapshot()).apply(List.of(countCs1136()));
        var exception = audit(advised);
        var leaf = freeElectives + "/exception/e1";
        assertThat(exception.counted()).anySatisfy(c -> {
            assertThat(c.credential()).isEqualTo("utd-CS-1136");
            assertThat(c.leaf()).isEqualTo(leaf);
        });
        assertThat(exception.countedCredits()).isEqualTo(rule.countedCredits() + 2); // CS 1136: 1 credit hour, 2 ECTS
        assertThat(advised.exceptionsFor(UtdallasCsDegree.DEGREE)).singleElement().satisfies(e -> assertThat(e.shownAt()).containsExactly(leaf));
        // everyone else's rules are untouched: the catalog's tree still excludes it
        assertThat(audit(AdvisedCatalog.none(utd.snapshot())).countedCredits()).isEqualTo(rule.countedCredits());
    }

    @Test
    void theExceptionCostsLittleOnTheWholeDegree() {
        int runs = 300;
        var plain = new long[runs];
        var advised = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            audit(AdvisedCatalog.none(utd.snapshot()));
            plain[i] = System.nanoTime() - start;
            start = System.nanoTime();
            audit(new ExceptionRewriter(utd.snapshot()).apply(List.of(countCs1136())));
            advised[i] = System.nanoTime() - start;
        }
        Arrays.sort(plain);
        Arrays.sort(advised);
        System.out.printf("UTD CS BS audit p50 (shared machine, under load): %.3f ms; with one exception (rewrite + overlay + audit): %.3f ms%n",
                plain[runs / 2] / 1e6, advised[runs / 2] / 1e6);
        assertThat(advised[runs / 2]).isLessThan(Math.max(5 * plain[runs / 2], 5_000_000L));
    }

    @Test
    void anEquivalenceForEveryTargetOpensTheCoursesWhoseEntryRuleNamesTheOther() {
        // CS 1337 (Computer Science I) asks for CS 1336 (Programming Fundamentals); the learner holds CS 1325
        var holdings = List.of(new org.credpath.catalog.snapshot.Holding("utd-CS-1325", UtdallasCsDegree.TODAY.minusMonths(4), "A", true));
        var equivalence = new RuleException("q1", ExceptionKind.EQUIVALENT, null, null, "utd-CS-1325", "utd-CS-1336",
                "Introduction to Programming covered the fundamentals", "anna", "2026-11-20T09:00:00Z");
        var entry = new StackingAudit(utd.snapshot().withPrerequisitesAsRequirements(), StackingAudit.Options.at(UtdallasCsDegree.TODAY));
        assertThat(entry.audit("utd-CS-1337", holdings).met()).isFalse();

        int runs = 100;
        var took = new long[runs];
        AdvisedCatalog advised = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            advised = new ExceptionRewriter(utd.snapshot()).apply(List.of(equivalence));
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf("UTD catalog: an equivalence for every target rewrites every stacking and entry rule naming CS 1336, p50 %.3f ms "
                + "(shared machine, under load)%n", took[runs / 2] / 1e6);
        var opened = new StackingAudit(advised.snapshot().withPrerequisitesAsRequirements(), StackingAudit.Options.at(UtdallasCsDegree.TODAY));
        assertThat(opened.audit("utd-CS-1337", holdings).met()).isTrue();
        assertThat(advised.snapshot().prerequisites("utd-CS-1337").orElseThrow()) // rewritten: CS 1336, or by exception CS 1325
                .isNotSameAs(utd.snapshot().prerequisites("utd-CS-1337").orElseThrow());
    }
}
