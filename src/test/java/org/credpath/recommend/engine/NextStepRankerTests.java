package org.credpath.recommend.engine;

import org.credpath.catalog.snapshot.InvalidRequestException;
import org.credpath.catalog.snapshot.Selection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.junit.jupiter.api.Test;

class NextStepRankerTests {

    private static final List<String> ESSENTIAL = List.of("a", "b", "c", "d");

    private World world() {
        return new World().occupation("job", ESSENTIAL, List.of("x"));
    }

    private static NextSteps rank(World world, LearnerState learner, Selection filters) {
        return new Recommender(world.index()).nextSteps(learner, Goal.occupation("job"), filters, 10, CostMetric.ECTS);
    }

    private static List<String> ids(NextSteps steps) {
        return steps.items().stream().map(i -> i.credential().id()).toList();
    }

    @Test
    void recommendsCoursesCoveringEssentialGapPerUnitOfCost() {
        var w = world().course("two", 16, 0, "a", "b").course("one-cheap", 5, 0, "c").course("optional", 5, 0, "x")
                .course("unrelated", 5, 0, "zzz").course("held-skill", 5, 0, "d");
        var steps = rank(w, World.learner(List.of(), List.of("d"), List.of()), Selection.NONE);

        assertThat(ids(steps)).containsExactly("one-cheap", "two", "optional");
        var first = steps.items().get(0);
        assertThat(first.score()).isEqualTo(0.2);
        assertThat(first.parts().essential()).isEqualTo(0.2);
        assertThat(first.coversEssential()).extracting(NextSteps.SkillRef::uri).containsExactly("c");
        assertThat(steps.items().get(1).score()).isEqualTo(0.125);
        assertThat(steps.items().get(2).parts().optional()).isEqualTo(0.05);
        assertThat(steps.essentialGap()).isEqualTo(3);
    }

    /** Issue 20: a 0.1-ECTS guided project must not outrank a real course because its cost is near zero. */
    @Test
    void aTinyCostIsNoGainBelowACoursesWorkload() {
        var w = world().course("guided-project", 0.1, 0, "a", "b").course("course", 6, 0, "a", "b", "c", "d");
        var steps = rank(w, World.nobody(), Selection.NONE);

        // before: 2 / max(0.1, 1) = 2.0 against 4 / 6 = 0.67; now 2 / 5 = 0.4 against 4 / 6
        assertThat(ids(steps)).containsExactly("course", "guided-project");
        assertThat(steps.items().get(1).score()).isEqualTo(0.4);
        assertThat(steps.items().get(1).parts().cost()).isEqualTo(0.1);
        assertThat(steps.formula()).contains("floor");
    }

    @Test
    void weighsEachSkillByTheConfidenceOfItsLinkAndSaysWhy() {
        var w = world().course("sure", 5, 0, "a", "b").course("unsure", 5, 0, "a", "b", "c")
                .extracted("unsure", "a", 0.5).extracted("unsure", "b", 0.5).extracted("unsure", "c", 0.6);
        var steps = rank(w, World.nobody(), Selection.NONE);

        // sure: (1 + 1) / 5 = 0.4 (stated, unassessed); unsure: (0.5 + 0.5 + 0.6) / 5 = 0.32
        assertThat(ids(steps)).containsExactly("sure", "unsure");
        assertThat(steps.items().get(1).score()).isEqualTo(0.32);
        assertThat(steps.items().get(1).coversEssential()).first().satisfies(s -> {
            assertThat(s.source()).isEqualTo("extracted");
            assertThat(s.confidence()).isEqualTo(0.5);
            assertThat(s.evidence()).isEqualTo("sentence about a");
        });
        assertThat(steps.items().get(0).coversEssential()).first().satisfies(s -> {
            assertThat(s.source()).isEqualTo("stated");
            assertThat(s.confidence()).isNull();
        });
    }

    @Test
    void onlyListsWhatTheLearnerCanTakeNowAndCreditsWhatItUnlocks() {
        var w = world().course("intro", 2, 0, "zzz").course("advanced", 5, 0, "a", "b").course("other", 10, 0, "c");
        w.needs("advanced", w.cred("intro"));
        var steps = rank(w, World.nobody(), Selection.NONE);

        assertThat(ids(steps)).containsExactly("intro", "other");
        var intro = steps.items().get(0);
        assertThat(intro.parts().unlock()).isEqualTo(0.2); // 0.5 x 2 skills / max(2 ECTS, 5)
        assertThat(intro.unlocks()).singleElement().satisfies(u -> {
            assertThat(u.credential()).isEqualTo("advanced");
            assertThat(u.gapSkills()).extracting(NextSteps.SkillRef::uri).containsExactly("a", "b");
        });
        assertThat(steps.reachableLater()).extracting(NextSteps.SkillRef::uri).containsExactly("a", "b");
        assertThat(steps.unreachable()).extracting(NextSteps.SkillRef::uri).containsExactly("d");

        var afterIntro = rank(w, World.learner(List.of("intro"), List.of(), List.of()), Selection.NONE);
        assertThat(ids(afterIntro)).containsExactly("advanced", "other");
    }

    @Test
    void favoursWhatStacksIntoAnAimedCredential() {
        var w = world().course("p", 5, 0, "a").course("q", 5, 0, "b");
        w.certificate("cert", w.allOf(w.cred("q"), w.cred("done")));
        w.course("done", 5, 0, "zzz");
        var steps = rank(w, World.learner(List.of("done"), List.of(), List.of("cert")), Selection.NONE);

        assertThat(ids(steps)).containsExactly("q", "p");
        assertThat(steps.items().get(0).stacksInto()).singleElement().satisfies(s -> assertThat(s.credential()).isEqualTo("cert"));
        assertThat(steps.items().get(0).parts().stacking()).isEqualTo(0.2);
    }

    @Test
    void appliesEveryFilter() {
        var w = world()
                .course("pricey", "fi", 5, 500, 6, "en", "open", 10, "a")
                .course("french", "fr", 5, 0, 6, "fr", "open", 10, "a")
                .course("level7", "fi", 5, 0, 7, "en", "open", 10, "b")
                .course("intense", "fi", 10, 0, 6, "en", "open", 2, "c")
                .course("enrolled", "fi", 5, 0, 6, "en", "enrolled-only", 10, "a")
                .course("ok", "fi", 5, 0, 6, "en", "open", 10, "d");

        assertThat(ids(rank(w, World.nobody(), new Selection(100.0, null, null, null, null, null, null, false, null)))).doesNotContain("pricey");
        assertThat(ids(rank(w, World.nobody(), new Selection(null, Set.of("en"), null, null, null, null, null, false, null)))).doesNotContain("french");
        assertThat(ids(rank(w, World.nobody(), new Selection(null, null, null, null, Set.of("FR"), null, null, false, null))))
                .containsExactly("french");
        assertThat(ids(rank(w, World.nobody(), new Selection(null, null, null, null, null, null, 6, false, null)))).doesNotContain("level7");
        assertThat(ids(rank(w, World.nobody(), new Selection(null, null, null, null, null, null, null, false, 20.0)))).doesNotContain("intense");
        assertThat(ids(rank(w, World.nobody(), Selection.NONE))).doesNotContain("enrolled"); // not enrolled at fi
        var enrolledAtFi = World.learner(List.of("ok"), List.of(), List.of());
        assertThat(ids(rank(w, enrolledAtFi, Selection.NONE))).contains("enrolled");
        assertThat(ids(rank(w, enrolledAtFi, new Selection(null, null, null, null, null, null, null, true, null)))).doesNotContain("enrolled");
    }

    @Test
    void refusesContradictoryOrOutOfRangeFilters() {
        var w = world().course("p", 5, 0, "a");
        assertThatThrownBy(() -> rank(w, World.nobody(), new Selection(-1.0, null, null, null, null, null, null, false, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> rank(w, World.nobody(), new Selection(null, null, null, null, null, 6, 5, false, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("minEqfLevel"));
        assertThatThrownBy(() -> rank(w, World.nobody(), new Selection(null, null, null, Set.of("fi"), Set.of("FR"), null, null, false, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("country"));
        assertThatThrownBy(() -> rank(w, World.nobody(), new Selection(null, null, null, null, null, null, 9, false, null)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void scoresPerUnitOfTheChosenCost() {
        var w = world().course("cheap-long", 10, 0, "a").course("short-pricey", 1, 300, "b");
        var byEcts = new Recommender(w.index()).nextSteps(World.nobody(), Goal.occupation("job"), Selection.NONE, 5, CostMetric.ECTS);
        var byPrice = new Recommender(w.index()).nextSteps(World.nobody(), Goal.occupation("job"), Selection.NONE, 5, CostMetric.PRICE);
        assertThat(ids(byEcts)).containsExactly("short-pricey", "cheap-long");
        assertThat(ids(byPrice)).containsExactly("cheap-long", "short-pricey");
    }
}
