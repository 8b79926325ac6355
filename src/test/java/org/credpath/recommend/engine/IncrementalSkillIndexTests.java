package org.credpath.recommend.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.credpath.catalog.snapshot.ChangingCatalog;
import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.recommend.engine.SkillData.OccupationProfile;
import org.credpath.recommend.engine.SkillData.ProviderInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A skill index updated in place with its catalog, change after change, answers as one built whole on the same catalog. */
class IncrementalSkillIndexTests {

    private static final int SKILLS = 12;

    @Test
    @DisplayName("Random changes applied in place: goal skills, teachers, the dense arrays and next steps as a whole rebuild")
    void incrementalEqualsWholeRebuild() {
        var random = new Random(29);
        var catalog = new ChangingCatalog(random, 200, SKILLS);
        var data = data();
        var index = new SkillIndex(catalog.whole().prepared(), data, HierarchyRule.DEFAULT);
        for (int round = 0; round < 50; round++) {
            var ids = catalog.change(round % 10 == 9 ? 30 : 3);
            var next = index.catalog().withChanges(ids, catalog.part(ids)).prepared();
            var updated = SkillIndex.updated(next, index, ids);
            var whole = new SkillIndex(next, data, HierarchyRule.DEFAULT);
            assertSameIndex(updated, whole);
            assertSameNextSteps(updated, whole);
            index = updated;
        }
    }

    private static SkillData data() {
        var labels = new HashMap<String, String>();
        var broader = new HashMap<String, List<String>>();
        for (int s = 0; s < SKILLS; s++) {
            labels.put("s" + s, "skill " + s);
            if (s > 0) {
                broader.put("s" + s, List.of("s" + (s - 1) / 2));
            }
        }
        var occupations = List.of(new OccupationProfile("job1", "job 1", List.of("s3", "s4", "s9"), List.of("s1")),
                new OccupationProfile("job2", "job 2", List.of("s7", "s11"), List.of("s2", "s5")));
        var providers = new HashMap<String, ProviderInfo>();
        for (int p = 0; p < 5; p++) {
            providers.put("p" + p, new ProviderInfo("p" + p, "provider " + p, p % 2 == 0 ? "FI" : "FR"));
        }
        return new SkillData(labels, broader, occupations, providers);
    }

    private static void assertSameIndex(SkillIndex updated, SkillIndex whole) {
        var catalog = whole.catalog();
        for (var id : catalog.offerings().keySet()) {
            assertThat(updated.countsFor(id)).as("goal skills of " + id).isEqualTo(whole.countsFor(id));
        }
        for (int s = 0; s < SKILLS; s++) {
            assertThat(ids(updated.teachers("s" + s))).as("teachers of s" + s).isEqualTo(ids(whole.teachers("s" + s)));
        }
        var a = updated.dense();
        var b = whole.dense();
        for (int p = 0; p < catalog.size(); p++) {
            assertThat(uris(a, a.counts(p))).as("dense goal skills at " + p).isEqualTo(uris(b, b.counts(p)));
            for (int id : b.counts(p)) {
                assertThat(a.weight(p, a.skillId(b.skill(id)))).as("weight at " + p + " of " + b.skill(id)).isEqualTo(b.weight(p, id))
                        .isEqualTo(whole.weight(catalog.at(p), b.skill(id)));
            }
            assertThat(a.takeable(p)).isEqualTo(b.takeable(p));
            assertThat(a.enrolledOnly(p)).isEqualTo(b.enrolledOnly(p));
            assertThat(a.provider(p) < 0).isEqualTo(b.provider(p) < 0);
            if (a.provider(p) >= 0) {
                assertThat(a.providers(List.of(catalog.at(p).provider())).get(a.provider(p))).as("provider at " + p).isTrue();
                var provider = List.of(catalog.at(p).provider());
                assertThat(a.enrolledOnlyAt(a.providers(provider))).as("enrolled-only at the provider of " + p)
                        .isEqualTo(b.enrolledOnlyAt(b.providers(provider)));
            }
            assertThat(a.entryNames(p) == null ? null : positions(a.entryNames(p)))
                    .as("entry names at " + p).isEqualTo(b.entryNames(p) == null ? null : positions(b.entryNames(p)));
            var held = new java.util.BitSet();
            held.set(p);
            assertThat(a.gatedMaybeOpen(held)).as("entry rules that may open holding " + p).isEqualTo(b.gatedMaybeOpen(held));
        }
        assertThat(a.gated()).as("credentials with entry rules").isEqualTo(b.gated());
        assertThat(a.enrolledOnly()).as("enrolled-only credentials").isEqualTo(b.enrolledOnly());
        for (int s = 0; s < SKILLS; s++) {
            var positions = new ArrayList<Integer>();
            for (int p : a.teachers(a.skillId("s" + s))) {
                positions.add(p);
            }
            var expected = new ArrayList<Integer>();
            for (int p : b.teachers(b.skillId("s" + s))) {
                expected.add(p);
            }
            assertThat(positions).as("dense teachers of s" + s).isEqualTo(expected);
            assertThat(a.teachersByPosition(a.skillId("s" + s))).as("dense teachers of s" + s + " in position order")
                    .isEqualTo(expected.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        assertThat(a.takeable()).as("takeable credentials").isEqualTo(b.takeable());
    }

    private static void assertSameNextSteps(SkillIndex updated, SkillIndex whole) {
        var learner = World.learner(List.of("c1", "c2", "c5"), List.of("s3"), List.of());
        for (var goal : List.of(Goal.occupation("job1"), Goal.occupation("job2"), Goal.skills(List.of("s6", "s10"), List.of()))) {
            for (var metric : List.of(CostMetric.ECTS, CostMetric.PRICE)) {
                assertThat(new Recommender(updated).nextSteps(learner, goal, Selection.NONE, 5, metric))
                        .as("next steps toward " + goal.id() + " by " + metric)
                        .isEqualTo(new Recommender(whole).nextSteps(learner, goal, Selection.NONE, 5, metric));
            }
        }
    }

    private static List<String> ids(List<Offering> offerings) {
        return offerings.stream().map(Offering::id).toList();
    }

    private static Set<String> uris(DenseCatalog dense, int[] ids) {
        var uris = new HashSet<String>();
        for (int id : ids) {
            uris.add(dense.skill(id));
        }
        return uris;
    }

    private static Set<Integer> positions(int[] positions) {
        var set = new HashSet<Integer>();
        for (int p : positions) {
            set.add(p);
        }
        return set;
    }
}
