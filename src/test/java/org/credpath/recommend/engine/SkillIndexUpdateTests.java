package org.credpath.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SkillLink;
import org.junit.jupiter.api.Test;

/** An index updated from the previous one (what a small catalog change builds) answers as one built from scratch. */
class SkillIndexUpdateTests {

    @Test
    void anUpdatedIndexEqualsOneBuiltAnew() {
        var world = new World()
                .broader("sql", "databases").broader("python", "programming").broader("pandas", "python")
                .course("a", 3, 0, "sql").course("b", 5, 50, "pandas").course("c", 2, 10, "python", "sql")
                .course("d", 4, 0, "databases");
        world.needs("b", world.cred("c"));
        var previous = world.index();

        // c now teaches pandas instead of sql, e arrives, d leaves; a and b stay the same instances
        var offerings = new HashMap<>(previous.catalog().offerings());
        offerings.put("c", new Offering("c", "micro-credential", "title c v2", "C", null, "fi", 2, 6, 10, 4, "en", "online", "open",
                null, Set.of("pandas")));
        offerings.put("e", new Offering("e", "micro-credential", "title e", "E", null, "fr", 1, 6, 5, 2, "en", "online", "open",
                null, Set.of("programming")));
        offerings.remove("d");
        var changed = new CatalogSnapshot(offerings, Map.of(), world.prerequisites, Map.of());

        var updated = new SkillIndex(changed, previous);
        var anew = new SkillIndex(changed, previous.data(), previous.hierarchy());

        for (var id : List.of("a", "b", "c", "e", "d")) {
            assertThat(updated.countsFor(id)).as("counts for of " + id).isEqualTo(anew.countsFor(id));
        }
        assertThat(updated.countsFor("c")).contains("pandas").doesNotContain("sql");
        for (var skill : List.of("sql", "databases", "python", "programming", "pandas")) {
            assertThat(ids(updated.teachers(skill))).as("teachers of " + skill).isEqualTo(ids(anew.teachers(skill)));
        }
        assertThat(ids(updated.teachers("databases"))).containsExactly("a");
        assertThat(updated.prerequisitesAsRequirements().prerequisites("b")).isEqualTo(anew.prerequisitesAsRequirements().prerequisites("b"));
    }

    @Test
    void aLinkWhoseConfidenceChangesInPlaceChangesTheKeptWeightAndTheNextStepScore() {
        var world = new World().occupation("job", List.of("python", "sql"), List.of())
                .course("a", 5, 0, "python", "sql").course("b", 5, 0, "sql").extracted("a", "python", 0.5);
        var previous = world.index();
        assertThat(score(previous, "a")).isEqualTo(0.3); // (0.5 + 1) / 5

        var before = previous.catalog().offering("a").orElseThrow();
        var changed = new Offering(before.id(), before.kind(), before.title(), before.code(), before.subject(), before.provider(),
                before.country(), before.ects(), before.eqfLevel(), before.price(), before.durationWeeks(), before.language(),
                before.participation(), before.access(), before.validityYears(), before.skills(),
                Map.of("python", new SkillLink("extracted", 0.9, "sentence about python")));
        var part = new CatalogSnapshot(Map.of("a", changed), Map.of(), Map.of(), Map.of());
        var catalog = previous.catalog().withChanges(Set.of("a"), part);
        var updated = SkillIndex.updated(catalog, previous, Set.of("a"));

        assertThat(catalog.patchOf(previous.catalog())).as("changed in place, not rebuilt").isTrue();
        int position = catalog.position("a");
        assertThat(updated.dense().weight(position, updated.dense().skillId("python"))).isEqualTo(0.9);
        assertThat(previous.dense().weight(position, previous.dense().skillId("python"))).as("the previous index unchanged").isEqualTo(0.5);
        assertThat(score(updated, "a")).isEqualTo(0.38); // (0.9 + 1) / 5
        assertThat(new Recommender(updated).nextSteps(World.nobody(), Goal.occupation("job"), Selection.NONE, 5, CostMetric.ECTS))
                .isEqualTo(new Recommender(new SkillIndex(catalog, previous.data(), previous.hierarchy()))
                        .nextSteps(World.nobody(), Goal.occupation("job"), Selection.NONE, 5, CostMetric.ECTS));
    }

    @Test
    void aSkillCountedThroughTheHierarchyWeighsItsBestNarrowerLink() {
        // pandas and numpy are narrower than python; "a" teaches both, "python" itself only through them
        var world = new World().broader("pandas", "python").broader("numpy", "python").occupation("job", List.of("python"), List.of())
                .course("a", 5, 0, "pandas", "numpy").extracted("a", "pandas", 0.4).extracted("a", "numpy", 0.7)
                .course("b", 5, 0, "python").extracted("b", "python", 0.6);
        var index = world.index();
        var dense = index.dense();
        int python = dense.skillId("python");
        var a = index.catalog().offering("a").orElseThrow();

        assertThat(index.link(a, "python").confidence()).isEqualTo(0.7);
        assertThat(dense.weight(index.catalog().position("a"), python)).isEqualTo(0.7).isEqualTo(index.weight(a, "python"));
        assertThat(dense.weight(index.catalog().position("a"), dense.skillId("pandas"))).isEqualTo(0.4);
        assertThat(dense.weight(index.catalog().position("b"), python)).isEqualTo(0.6);
        var steps = new Recommender(index).nextSteps(World.nobody(), Goal.occupation("job"), Selection.NONE, 5, CostMetric.ECTS);
        assertThat(steps.items()).extracting(i -> i.credential().id()).containsExactly("a", "b");
        assertThat(steps.items().get(0).score()).isEqualTo(0.14); // 0.7 / 5
        assertThat(steps.items().get(0).coversEssential().get(0).confidence()).isEqualTo(0.7);
    }

    /** The next-step score of the credential toward "job" for a learner holding nothing. */
    private static double score(SkillIndex index, String credential) {
        var steps = new Recommender(index).nextSteps(World.nobody(), Goal.occupation("job"), Selection.NONE, 5, CostMetric.ECTS);
        return steps.items().stream().filter(i -> i.credential().id().equals(credential)).findFirst().orElseThrow().score();
    }

    private static List<String> ids(List<Offering> offerings) {
        return offerings.stream().map(Offering::id).toList();
    }
}
