package org.credpath.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Offering;
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

    private static List<String> ids(List<Offering> offerings) {
        return offerings.stream().map(Offering::id).toList();
    }
}
