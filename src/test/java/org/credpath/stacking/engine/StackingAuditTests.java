package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.Rule;
import org.credpath.catalog.snapshot.Holding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credpath.stacking.engine.Fixtures.TODAY;
import static org.credpath.stacking.engine.Fixtures.held;

import java.util.List;
import java.util.Set;

import org.credpath.stacking.engine.AuditResult.CountedHolding;
import org.credpath.stacking.engine.AuditResult.Status;
import org.credpath.stacking.engine.AuditResult.UncountedHolding;
import org.junit.jupiter.api.Test;

class StackingAuditTests {

    private final Fixtures f = new Fixtures();

    private AuditResult audit(String target, Holding... holdings) {
        return new StackingAudit(f.snapshot(), StackingAudit.Options.at(TODAY)).audit(target, List.of(holdings));
    }

    @Test
    void meetsTheRulesWhereGreedyPlacementWouldNot() {
        // DATA101 matches both the elective filter (first in the tree) and the core leaf;
        // placing it at the first leaf it fits leaves the core unmet
        f.course("data101", "DATA101", 5).course("data201", "DATA201", 5)
                .target("cert", 10, f.allOf(f.prefix("DATA"), f.cred("data101")));

        var result = audit("cert", held("data201"), held("data101"));

        assertThat(result.met()).isTrue();
        assertThat(result.counted()).extracting(CountedHolding::credential).containsExactlyInAnyOrder("data101", "data201");
    }

    @Test
    void countsAHoldingOnlyOnceWithinATarget() {
        f.course("a", "SEC100", 5).target("cert", 10, f.allOf(f.cred("a"), f.prefix("SEC")));

        var result = audit("cert", held("a"));

        assertThat(result.met()).isFalse();
        assertThat(result.countedCredits()).isEqualTo(5);
        assertThat(result.tree().status()).isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void kOfNCountsOnlyTheBestK() {
        f.course("a", "X1", 2).course("b", "X2", 6).course("c", "X3", 4)
                .target("cert", 10, f.kOf(2, f.cred("a"), f.cred("b"), f.cred("c")));

        var result = audit("cert", held("a"), held("b"), held("c"));

        assertThat(result.met()).isTrue();
        assertThat(result.countedCredits()).isEqualTo(10);
        assertThat(result.notCounted()).extracting(UncountedHolding::credential, UncountedHolding::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", NotCountedReason.CAP_REACHED));
    }

    @Test
    void capsCreditsAndItemsAtANode() {
        f.course("a", "AI1", 5).course("b", "AI2", 5).course("c", "DATA1", 3)
                .target("cert", 12, f.credits(12,
                        f.group(Rule.Kind.AT_LEAST_CREDITS, null, 10.0, new Rule.Limits(6.0, null, null, null, null), f.prefix("AI")),
                        f.prefix("DATA")));

        var result = audit("cert", held("a"), held("b"), held("c"));

        assertThat(result.countedCredits()).isEqualTo(9); // 6 of the 10 AI credits count, plus 3
        assertThat(result.met()).isFalse();
        assertThat(result.tree().missingCredits()).isEqualTo(3);
    }

    @Test
    void usesRecognitionForTheStatedCredits() {
        f.course("hh-sql", "DB101", 3).course("uma-sql", "BD100", 4).recognise("uma-sql", "hh-sql", 2.0)
                .target("cert", 3, f.allOf(f.cred("hh-sql")));

        var result = audit("cert", held("uma-sql"));

        assertThat(result.met()).isTrue();
        assertThat(result.counted()).containsExactly(new CountedHolding("uma-sql", result.counted().get(0).leaf(), 2.0, "hh-sql"));
    }

    @Test
    void explainsWhyHoldingsDidNotCount() {
        f.course("old", "SEC1", 3, 6, 2).course("low", "SEC2", 3).course("window", "SEC3", 3).course("other", "ART1", 3)
                .target("cert", 9, f.allOf(f.cred("old"), f.cred("low", "4"),
                        f.group(Rule.Kind.ALL_OF, null, null, new Rule.Limits(null, null, null, 3, null), f.cred("window"))));

        var result = audit("cert", held("old", TODAY.minusYears(3), "5"), held("low", TODAY.minusYears(1), "3"),
                held("window", TODAY.minusYears(4), "5"), held("other"));

        assertThat(result.notCounted()).extracting(UncountedHolding::credential, UncountedHolding::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("old", NotCountedReason.EXPIRED),
                org.assertj.core.groups.Tuple.tuple("low", NotCountedReason.GRADE_TOO_LOW),
                org.assertj.core.groups.Tuple.tuple("window", NotCountedReason.OUTSIDE_VALIDITY_WINDOW),
                org.assertj.core.groups.Tuple.tuple("other", NotCountedReason.NO_MATCHING_RULE));
    }

    @Test
    void namesAHoldingAFilterExcludesByNameAndCountsItNowhere() {
        f.course("cos306", "COS306", 5).course("cos310", "COS310", 5).course("r", "COS397", 5);
        var electives = f.prefixExcept("COS3", "cos306", "r");
        f.target("cert", 10, new Rule.Group("root", "Upper-level electives", Rule.Kind.AT_LEAST_CREDITS, null, 10.0,
                Rule.Limits.NONE, List.of(electives)));

        var result = audit("cert", held("cos306"), held("cos310"));

        assertThat(result.met()).isFalse();
        assertThat(result.countedCredits()).isEqualTo(5);
        assertThat(result.notCounted()).singleElement().satisfies(u -> {
            assertThat(u.credential()).isEqualTo("cos306");
            assertThat(u.reason()).isEqualTo(NotCountedReason.EXCLUDED_BY_RULE);
            assertThat(u.detail()).isEqualTo("excluded by name: the filter '" + electives.label()
                    + "' under 'Upper-level electives' would match it but lists it as an exception");
        });
    }

    @Test
    void aSecondHoldingOfTheSameCredentialCountsElsewhereOrNotAtAll() {
        f.course("a", "X1", 3).target("cert", 3, f.allOf(f.cred("a")));

        var result = audit("cert", held("a"), held("a"));

        assertThat(result.notCounted()).extracting(UncountedHolding::reason).containsExactly(NotCountedReason.ALREADY_COUNTED_ELSEWHERE);
    }

    @Test
    void aGatedTrackCountsTowardItsParentOnlyOnceComplete() {
        // "3 of the tracks, each of 2 courses, counts only when finished": a half-done track is no item and no credits
        f.course("a1", "A1", 5).course("a2", "A2", 5).course("b1", "B1", 5).course("c1", "C1", 5).course("c2", "C2", 5);
        var trackA = new Rule.Group("track-a", "Track A", Rule.Kind.ALL_OF, null, null, Rule.Limits.NONE.with(true, null),
                List.of(f.cred("a1"), f.cred("a2")));
        var trackB = new Rule.Group("track-b", "Track B", Rule.Kind.AT_LEAST_CREDITS, null, 10.0, Rule.Limits.NONE.with(true, null),
                List.of(f.prefix("B")));
        var trackC = f.group(Rule.Kind.ALL_OF, null, null, false, null, f.cred("c1"), f.cred("c2"));
        f.target("cert", 30, new Rule.Group("root", null, Rule.Kind.AT_LEAST_CREDITS, null, 30.0, Rule.Limits.NONE,
                List.of(trackA, trackB, trackC)));

        var result = audit("cert", held("a1"), held("a2"), held("b1"), held("c1"));

        assertThat(result.met()).isFalse();
        assertThat(result.countedCredits()).as("track A whole, track B nothing yet, track C (not gated) its part").isEqualTo(15);
        assertThat(result.tree().children().get(1).countedCredits()).as("the gated track still shows its own progress").isEqualTo(5);
        assertThat(result.tree().children().get(1).status()).isEqualTo(Status.PARTLY_MET);
        assertThat(result.notCounted()).singleElement().satisfies(u -> {
            assertThat(u.credential()).isEqualTo("b1");
            assertThat(u.reason()).isEqualTo(NotCountedReason.GATED_NODE_INCOMPLETE);
            assertThat(u.detail()).contains("'Track B'");
        });
    }

    @Test
    void aGatedItemOfAKOfNIsOneItemOnlyWhenMet() {
        f.course("a1", "A1", 5).course("a2", "A2", 5).course("b1", "B1", 5).course("b2", "B2", 5);
        var trackA = f.group(Rule.Kind.ALL_OF, null, null, true, null, f.cred("a1"), f.cred("a2"));
        var trackB = f.group(Rule.Kind.ALL_OF, null, null, true, null, f.cred("b1"), f.cred("b2"));
        f.target("cert", 10, f.kOf(1, trackA, trackB));

        assertThat(audit("cert", held("a1"), held("b1")).countedCredits()).isZero();
        assertThat(audit("cert", held("a1"), held("b1"), held("b2")).met()).isTrue();
    }

    @Test
    void aPartThatAllowsDoubleCountingLetsAHoldingCountThereAndElsewhere() {
        // a writing-intensive requirement that courses of the major may also satisfy
        f.course("cs1", "CS1", 5).course("cs2", "CS2", 5);
        var major = f.allOf(f.cred("cs1"), f.cred("cs2"));
        var writing = f.group(Rule.Kind.AT_LEAST_K_OF, 1, null, false, true, f.cred("cs2"));
        f.target("cert", 10, f.allOf(major, writing));

        var result = audit("cert", held("cs1"), held("cs2"));

        assertThat(result.met()).isTrue();
        assertThat(result.counted()).filteredOn(c -> c.credential().equals("cs2")).hasSize(2);
        assertThat(result.countedCredits()).as("it counts at both leaves").isEqualTo(15);
    }

    @Test
    void withoutDoubleCountingAHoldingStillCountsOnceAndFalseUndoesItBeneath() {
        f.course("cs1", "CS1", 5).course("cs2", "CS2", 5);
        var writing = f.group(Rule.Kind.AT_LEAST_K_OF, 1, null, false, null, f.cred("cs2"));
        f.target("once", 10, f.allOf(f.allOf(f.cred("cs1"), f.cred("cs2")), writing));
        assertThat(audit("once", held("cs1"), held("cs2")).met()).isFalse();

        // allowed for the whole target, then taken back for two parts: among those two, cs2 counts once
        var core = f.group(Rule.Kind.ALL_OF, null, null, false, false, f.cred("cs1"), f.cred("cs2"));
        var electives = f.group(Rule.Kind.AT_LEAST_K_OF, 1, null, false, false, f.cred("cs2"));
        f.target("undone", 10, f.group(Rule.Kind.ALL_OF, null, null, false, true, core, electives));
        assertThat(audit("undone", held("cs1"), held("cs2")).met()).isFalse();

        var coreAgain = f.group(Rule.Kind.ALL_OF, null, null, false, null, f.cred("cs1"), f.cred("cs2"));
        var electivesAgain = f.group(Rule.Kind.AT_LEAST_K_OF, 1, null, false, null, f.cred("cs2"));
        f.target("allowed", 10, f.group(Rule.Kind.ALL_OF, null, null, false, true, coreAgain, electivesAgain));
        assertThat(audit("allowed", held("cs1"), held("cs2")).met()).isTrue();
    }

    @Test
    void underDoubleCountingAHoldingCountsOncePerGroupNotTwiceInOneList() {
        // "2 of: CS2, any CS course": one course is not two items of the same list, even where double counting is allowed
        f.course("cs2", "CS2", 5);
        f.target("cert", 10, f.group(Rule.Kind.AT_LEAST_K_OF, 2, null, false, true, f.cred("cs2"), f.prefix("CS")));

        var result = audit("cert", held("cs2"));

        assertThat(result.met()).isFalse();
        assertThat(result.counted()).hasSize(1);
    }

    @Test
    void aFilterOnAreasMatchesCoursesCarryingAnyOfThem() {
        // "two courses in LA or SA": a course tagged with several areas matches when one of them is asked for
        f.courseIn("lit", "ENG1", 5, "LA").courseIn("soc", "SOC1", 5, "SA", "EC").courseIn("phy", "PHY1", 5, "SEN")
                .course("none", "X1", 5);
        f.target("cert", 10, f.kOf(2, f.inAreas("LA", "SA")));

        var result = audit("cert", held("lit"), held("soc"), held("phy"), held("none"));

        assertThat(result.met()).isTrue();
        assertThat(result.counted()).extracting(CountedHolding::credential).containsExactlyInAnyOrder("lit", "soc");
    }

    @Test
    void waivedConditionsCountAsMet() {
        f.course("a", "X1", 3);
        var consent = new Rule.ConditionLeaf("consent", "Instructor consent");
        f.target("cert", 3, f.allOf(f.cred("a"), consent));

        var strict = audit("cert", held("a"));
        var waived = new StackingAudit(f.snapshot(), new StackingAudit.Options(TODAY, Set.of("consent"), 1000))
                .audit("cert", List.of(held("a")));

        assertThat(strict.met()).isFalse();
        assertThat(waived.met()).isTrue();
    }

    @Test
    void waivingEverythingCoversEveryConditionAndUnresolvedReferenceButNoCredential() {
        f.course("a", "X1", 3);
        f.course("b", "X2", 3);
        f.target("cert", 6, f.allOf(f.cred("a"), new Rule.ConditionLeaf("consent", "Instructor consent"),
                new Rule.UnresolvedLeaf("core", "@import ./core.json")));
        f.target("cert2", 6, f.allOf(f.cred("a"), f.cred("b")));
        var all = new StackingAudit(f.snapshot(), new StackingAudit.Options(TODAY, Set.of(Waivers.ALL), 1000));

        assertThat(audit("cert", held("a")).met()).isFalse();
        assertThat(all.audit("cert", List.of(held("a"))).met()).isTrue();
        assertThat(all.audit("cert2", List.of(held("a"))).met()).as("a waiver never stands in for a credential").isFalse();
    }

    @Test
    void failsFastOnAnUnknownTarget() {
        assertThatThrownBy(() -> audit("nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
