package org.credpath.catalog.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.credpath.catalog.snapshot.CatalogSnapshot.Recognition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A snapshot updated in place, change after change, answers every question as a snapshot built whole from the same data. */
class IncrementalSnapshotTests {

    @Test
    @DisplayName("Random changes applied in place answer as a whole rebuild: lookups, positions, filters, id order, costs")
    void incrementalEqualsWholeRebuild() {
        var random = new Random(23);
        var catalog = new ChangingCatalog(random, 300, 12);
        var served = catalog.whole().prepared();
        var filters = new ArrayList<Filter>();
        for (int f = 0; f < 40; f++) {
            filters.add(catalog.filter());
            CatalogSnapshotTests.matching(served, filters.get(f)); // worked out before the changes: the memo is carried over
        }
        for (int round = 0; round < 60; round++) {
            var ids = catalog.change(round % 10 == 9 ? 40 : 4);
            var patched = served.withChanges(ids, catalog.part(ids));
            assertThat(patched).as("applied in place").isNotNull();
            patched = patched.prepared();
            assertThat(patched.patchOf(served)).isTrue();
            var whole = catalog.whole().prepared();
            assertSameAnswers(patched, whole, filters, catalog);
            assertSameAnswers(patched.withPrerequisitesAsRequirements(), whole.withPrerequisitesAsRequirements(), filters, catalog);
            for (var id : served.offerings().keySet()) {
                if (!ids.contains(id)) {
                    assertThat(patched.position(id)).as("an unchanged credential keeps its position").isEqualTo(served.position(id));
                }
            }
            served = patched;
        }
    }

    @Test
    @DisplayName("A credential gone from the catalog is left to a whole rebuild")
    void aGoneCredentialIsNotAppliedInPlace() {
        var catalog = new ChangingCatalog(new Random(5), 50, 6);
        var served = catalog.whole();
        var gone = Set.of("c7");
        catalog.offerings.remove("c7");
        assertThat(served.withChanges(gone, catalog.part(gone))).isNull();
    }

    private static void assertSameAnswers(CatalogSnapshot patched, CatalogSnapshot whole, List<Filter> filters, ChangingCatalog catalog) {
        assertThat(patched.size()).isEqualTo(whole.size());
        assertThat(patched.offerings()).isEqualTo(whole.offerings());
        assertThat(patched.stackable()).isEqualTo(whole.stackable());
        for (var id : whole.offerings().keySet()) {
            assertThat(patched.requirements(id)).as("requirements of " + id).isEqualTo(whole.requirements(id));
            assertThat(patched.prerequisites(id)).as("prerequisites of " + id).isEqualTo(whole.prerequisites(id));
            assertThat(patched.recognitionsFrom(id)).as("recognitions from " + id).isEqualTo(whole.recognitionsFrom(id));
            assertThat(sorted(patched.recognitionsTo(id))).as("recognitions as " + id).isEqualTo(sorted(whole.recognitionsTo(id)));
        }
        for (int p = 0; p < patched.size(); p++) {
            var id = patched.at(p).id();
            assertThat(patched.position(id)).isEqualTo(p);
            assertThat(patched.requirementsAt(p)).isEqualTo(patched.requirements(id).orElse(null));
            assertThat(patched.prerequisitesAt(p)).isEqualTo(patched.prerequisites(id).orElse(null));
            assertThat(patched.recognitionsFromAt(p)).isEqualTo(patched.recognitionsFrom(id));
            assertThat(sorted(patched.recognitionsToAt(p))).isEqualTo(sorted(patched.recognitionsTo(id)));
        }
        var everyPosition = new java.util.BitSet();
        everyPosition.set(0, patched.size());
        var recognised = new java.util.BitSet();
        patched.addRecognised(everyPosition, recognised);
        assertThat(recognised.stream().boxed().toList()).as("the positions recognised as another credential").isEqualTo(
                IntStream.range(0, patched.size()).filter(p -> !patched.recognitionsFromAt(p).isEmpty()).boxed().toList());
        var byRank = IntStream.range(0, patched.size()).boxed().sorted(Comparator.comparingInt(patched::idRank))
                .map(p -> patched.at(p).id()).toList();
        assertThat(byRank).isSorted().hasSize(patched.size());
        var allFilters = new ArrayList<>(filters);
        for (int f = 0; f < 10; f++) {
            allFilters.add(catalog.filter()); // new ones, first worked out on the patched snapshot
        }
        for (var filter : allFilters) {
            assertThat(ids(CatalogSnapshotTests.matching(patched, filter))).as(filter.toString()).isEqualTo(ids(CatalogSnapshotTests.matching(whole, filter)));
            assertThat(patched.countMatching(filter)).isEqualTo(whole.countMatching(filter));
        }
        for (var metric : CostMetric.values()) {
            assertThat(patched.unknownCost(metric)).isEqualTo(whole.unknownCost(metric));
        }
    }

    private static Set<String> ids(List<Offering> offerings) {
        var ids = new HashSet<String>();
        offerings.forEach(o -> ids.add(o.id()));
        return ids;
    }

    private static List<Recognition> sorted(List<Recognition> list) {
        return list.stream().sorted(Comparator.comparing(Recognition::from).thenComparing(Recognition::to)
                .thenComparing(r -> String.valueOf(r.credits()))).toList();
    }
}
