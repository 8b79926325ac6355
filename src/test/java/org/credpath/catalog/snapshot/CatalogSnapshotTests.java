package org.credpath.catalog.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogSnapshotTests {

    static Offering offering(Random random, int i) {
        return new Offering("c" + i, random.nextBoolean() ? "micro-credential" : "course", "Course " + i,
                (random.nextBoolean() ? "CS " : "MATH ") + (1000 + random.nextInt(9000)), random.nextBoolean() ? "CS" : "MATH",
                "p" + random.nextInt(4), 1 + random.nextInt(10), 4 + random.nextInt(4), 0, 4, "en", "online", "open", null,
                new java.util.HashSet<>(java.util.List.of("s" + random.nextInt(6), "s" + random.nextInt(6))));
    }

    private static Map<String, Offering> offerings(Random random, int n) {
        var offerings = new HashMap<String, Offering>();
        for (int i = 0; i < n; i++) {
            var o = offering(random, i);
            offerings.put(o.id(), o);
        }
        return offerings;
    }

    static Filter filter(Random random) {
        return new Filter(random.nextInt(3) == 0 ? (random.nextBoolean() ? "cs 1" : "MATH") : null,
                random.nextInt(4) == 0 ? "cs" : null, random.nextInt(3) == 0 ? "s" + random.nextInt(6) : null,
                random.nextInt(3) == 0 ? 4 + random.nextInt(4) : null,
                random.nextInt(3) == 0 ? Set.of("p" + random.nextInt(2), "p" + (2 + random.nextInt(2))) : null,
                random.nextInt(4) == 0 ? Set.of("course") : null, random.nextInt(4) == 0 ? 1.0 + random.nextInt(10) : null);
    }

    @Test
    @DisplayName("A filter's memoised matches agree with the filter on every offering, asked twice and in any order")
    void memoisedMatchesAgreeWithTheFilter() {
        var random = new Random(7);
        var offerings = offerings(random, 300);
        var snapshot = new CatalogSnapshot(offerings, Map.of(), Map.of(), Map.of());
        for (int f = 0; f < 200; f++) {
            var filter = filter(random);
            for (int round = 0; round < 2; round++) {
                for (var o : offerings.values()) {
                    assertThat(snapshot.matches(filter, o)).as(filter + " on " + o).isEqualTo(filter.matches(o));
                }
                assertThat(matching(snapshot, filter)).containsExactlyInAnyOrderElementsOf(
                        offerings.values().stream().filter(filter::matches).toList());
            }
        }
    }

    @Test
    @DisplayName("An offering that is not the snapshot's own (same id, other fields) is matched by the filter itself")
    void matchesForeignOfferingsDirectly() {
        var random = new Random(3);
        var own = offering(random, 1);
        var snapshot = new CatalogSnapshot(Map.of(own.id(), own), Map.of(), Map.of(), Map.of());
        var foreign = new Offering(own.id(), own.kind(), own.title(), "ZZZ 1", own.subject(), own.provider(), own.ects(),
                own.eqfLevel(), 0, 4, "en", "online", "open", null, own.skills());
        var zzz = new Filter("ZZZ", null, null, null, null, null, null);

        assertThat(snapshot.matches(zzz, own)).isFalse();
        assertThat(snapshot.matches(zzz, foreign)).isTrue();
    }

    @Test
    @DisplayName("Positions answer as ids do: id ranks order offerings by id, recognitions to an offering are found by its position")
    void positionsAnswerAsIds() {
        var random = new Random(11);
        var offerings = offerings(random, 200);
        var recognitions = Map.of("c5", java.util.List.of(new CatalogSnapshot.Recognition("c5", "c17", 3.0, false)),
                "c9", java.util.List.of(new CatalogSnapshot.Recognition("c9", "c17", null, false)));
        var snapshot = new CatalogSnapshot(offerings, Map.of(), Map.of(), recognitions);
        for (int a = 0; a < snapshot.size(); a++) {
            assertThat(snapshot.recognitionsToAt(a)).isEqualTo(snapshot.recognitionsTo(snapshot.at(a).id()));
            for (int b = 0; b < snapshot.size(); b++) {
                assertThat(Integer.signum(Integer.compare(snapshot.idRank(a), snapshot.idRank(b))))
                        .isEqualTo(Integer.signum(snapshot.at(a).id().compareTo(snapshot.at(b).id())));
            }
        }
        assertThat(snapshot.recognitionsToAt(snapshot.position("c17"))).hasSize(2);
    }

    /** The offerings the filter matches, in position order. */
    static java.util.List<Offering> matching(CatalogSnapshot snapshot, Filter filter) {
        var found = new java.util.ArrayList<Offering>();
        snapshot.forEachMatching(filter, p -> found.add(snapshot.at(p)));
        return found;
    }
}
