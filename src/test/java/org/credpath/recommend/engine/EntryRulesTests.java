package org.credpath.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.recommend.engine.SkillData.ProviderInfo;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Filter;
import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntryRulesTests {

    @Test
    @DisplayName("'Open now' from the credentials an entry rule names answers as walking the rule, with recognitions, grades and conditions")
    void namedShortcutAnswersAsTheRule() {
        var random = new Random(7);
        int compared = 0;
        int shortcutClosed = 0;
        for (int world = 0; world < 60; world++) {
            var index = randomWorld(random);
            var catalog = index.catalog();
            for (int learner = 0; learner < 20; learner++) {
                var holdings = new ArrayList<Holding>();
                for (int h = random.nextInt(6); h > 0; h--) {
                    holdings.add(new Holding("c" + random.nextInt(catalog.size() + 2), World.TODAY.minusMonths(random.nextInt(60)),
                            random.nextBoolean() ? null : String.valueOf(1 + random.nextInt(5)), true));
                }
                var entry = new EntryRules(index, holdings, World.TODAY);
                for (int p = 0; p < catalog.size(); p++) {
                    boolean byRule = entry.openByRule(p);
                    assertThat(entry.openNow(p)).as("world %d, learner %s, %s", world, holdings, catalog.at(p).id()).isEqualTo(byRule);
                    compared++;
                    var names = index.dense().entryNames(p);
                    shortcutClosed += names != null && !byRule ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(shortcutClosed).as("cases the shortcut may answer").isGreaterThan(1_000);
    }

    private static SkillIndex randomWorld(Random random) {
        int n = 8 + random.nextInt(10);
        var offerings = new LinkedHashMap<String, Offering>();
        for (int i = 0; i < n; i++) {
            var id = "c" + i;
            offerings.put(id, new Offering(id, "course", "title " + id, "CS" + i, null, "fi", 1 + random.nextInt(6), 6, 100, 4, "en",
                    "online", "open", null, Set.of()));
        }
        var prerequisites = new HashMap<String, Rule>();
        for (int i = 0; i < n; i++) {
            if (random.nextInt(4) > 0) {
                prerequisites.put("c" + i, rule(random, n, 0));
            }
        }
        var recognitions = new HashMap<String, List<CatalogSnapshot.Recognition>>();
        for (int r = random.nextInt(4); r > 0; r--) {
            var from = "c" + random.nextInt(n);
            recognitions.computeIfAbsent(from, k -> new ArrayList<>())
                    .add(new CatalogSnapshot.Recognition(from, "c" + random.nextInt(n), random.nextBoolean() ? null : 2.0, false));
        }
        var catalog = new CatalogSnapshot(offerings, Map.of(), prerequisites, recognitions);
        return new SkillIndex(catalog, new SkillData(Map.of(), Map.of(), List.of(), Map.of("fi", new ProviderInfo("fi", "Finnish", "FI"))),
                HierarchyRule.DEFAULT);
    }

    /** Credential leaves (some unknown, some with a minimum grade), conditions, sometimes a filter; groups of every kind, k and credits may be zero. */
    private static Rule rule(Random random, int n, int depth) {
        int kind = depth >= 2 ? 5 + random.nextInt(5) : random.nextInt(10);
        if (kind < 5) {
            var children = new ArrayList<Rule>();
            for (int c = random.nextInt(4); c >= 0; c--) {
                children.add(rule(random, n, depth + 1));
            }
            var limits = random.nextInt(4) > 0 ? Rule.Limits.NONE
                    : new Rule.Limits(random.nextBoolean() ? 4.0 : null, null, null, random.nextBoolean() ? 2 : null, random.nextBoolean() ? "3" : null);
            return switch (kind % 3) {
                case 0 -> new Rule.Group("g" + random.nextInt(1000), null, Rule.Kind.ALL_OF, null, null, limits, children);
                case 1 -> new Rule.Group("g" + random.nextInt(1000), null, Rule.Kind.AT_LEAST_K_OF, random.nextInt(children.size() + 1), null,
                        limits, children);
                default -> new Rule.Group("g" + random.nextInt(1000), null, Rule.Kind.AT_LEAST_CREDITS, null,
                        (double) random.nextInt(8), limits, children);
            };
        }
        if (kind == 9 && random.nextBoolean()) {
            return new Rule.ConditionLeaf("k" + random.nextInt(1000), "consent of the instructor");
        }
        if (kind == 8 && random.nextInt(3) == 0) {
            return new Rule.FilterLeaf("f" + random.nextInt(1000), "CS1*", new Filter("CS1", null, null, null, null, null, null));
        }
        return new Rule.CredentialLeaf("l" + random.nextInt(1000), "c" + random.nextInt(n + 2), random.nextInt(4) == 0 ? "3" : null);
    }
}
