package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credpath.bench.UtdallasCsDegree;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.SameCourse;
import org.credpath.stacking.engine.AuditResult;
import org.credpath.stacking.engine.NotCountedReason;
import org.credpath.stacking.engine.StackingAudit;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real UT Dallas catalog (../shared/data/utdallas; skipped without it): its "(Same as ...)" lines make groups of one
 * course under several codes, and the Computer Science BS (2023), which names CS 2305, counts CE 2305 or TE 2305 for it
 * exactly as CS 2305, and counts the course once when a transcript holds two of its codes.
 */
class UtdallasCrossListingTests {

    static UtdallasCsDegree utd;

    @BeforeAll
    static void load() throws IOException {
        utd = UtdallasCsDegree.load(SharedData.require("utdallas"));
    }

    @Test
    void theCatalogsSameAsLinesMakeGroups() {
        var catalog = utd.snapshot();
        assertThat(SameCourse.others(catalog, "utd-CS-2305")).containsExactly("utd-CE-2305", "utd-TE-2305");
        assertThat(SameCourse.others(catalog, "utd-TE-2305")).containsExactly("utd-CE-2305", "utd-CS-2305");
        assertThat(SameCourse.others(catalog, "utd-SE-3345")).containsExactly("utd-CE-3345", "utd-CS-3345", "utd-TE-3345");
        // EE 1202's description lacks its closing parenthesis ("(Same as CE 1202"); TE 1202 comes by transitivity
        assertThat(SameCourse.others(catalog, "utd-EE-1202")).containsExactly("utd-CE-1202", "utd-TE-1202");
        assertThat(SameCourse.others(catalog, "utd-RHET-1302")).isEmpty();
        long crossListed = catalog.offerings().keySet().stream().filter(id -> !SameCourse.others(catalog, id).isEmpty()).count();
        // 319 courses say "Same as"; 483 more print the same title and text under other subjects' codes (ReprintedCourses)
        assertThat(crossListed).as("courses with another code").isBetween(790L, 840L);
    }

    @Test
    void aDegreeNamingCs2305CountsItsOtherCodesAsIt() {
        var real = audit(utd.transcript());
        assertThat(real.counted()).anySatisfy(c -> assertThat(c.credential()).isEqualTo("utd-CS-2305"));
        for (var other : List.of("utd-CE-2305", "utd-TE-2305")) {
            var renamed = audit(replaced("utd-CS-2305", other));
            assertThat(renamed.met()).isEqualTo(real.met());
            assertThat(renamed.countedCredits()).as(other).isEqualTo(real.countedCredits());
            assertThat(renamed.counted()).anySatisfy(c -> assertThat(c.credential()).isEqualTo(other));
        }
        var both = new ArrayList<>(utd.transcript());
        both.add(new Holding("utd-TE-2305", UtdallasCsDegree.TODAY.minusMonths(1), "B", true));
        var twice = audit(both);
        assertThat(twice.countedCredits()).as("the course counts once").isEqualTo(real.countedCredits());
        assertThat(twice.notCounted()).anySatisfy(u -> {
            assertThat(u.credential()).isEqualTo("utd-CS-2305");
            assertThat(u.reason()).isEqualTo(NotCountedReason.SAME_COURSE_HELD);
        });
    }

    private static List<Holding> replaced(String credential, String by) {
        return utd.transcript().stream().map(h -> h.credential().equals(credential)
                ? new Holding(by, h.date(), h.grade(), h.verified()) : h).toList();
    }

    private static AuditResult audit(List<Holding> transcript) {
        return new StackingAudit(utd.snapshot(), new StackingAudit.Options(UtdallasCsDegree.TODAY, Set.copyOf(utd.waived()), 5_000_000))
                .audit(UtdallasCsDegree.DEGREE, transcript);
    }
}
