package org.credpath.catalog.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FilterIndexTests {

    private static final List<String> SUBJECTS = List.of("CS", "cs", "Cs", "MATH", "Straße", "STRASSE", "İstanbul", "istanbul", "ǅ", "ǆ",
            "Ǆ", "σ", "Σ", "ς");
    private static final List<String> CODES = List.of("CS 1337", "cs1200", "CS  2", "MATH 2413", "math 2", "C S1", "CSE 1", "");

    private static final List<String> AREAS = List.of("LA", "SA", "HA");

    /** The offering with none, one or two areas. */
    private static Offering offering(Random random, int i) {
        var o = plainOffering(random, i);
        var areas = new java.util.HashSet<String>();
        for (int n = random.nextInt(3); n > 0; n--) {
            areas.add(AREAS.get(random.nextInt(AREAS.size())));
        }
        return new Offering(o.id(), o.kind(), o.title(), o.code(), o.subject(), o.provider(), o.country(), o.ects(), o.eqfLevel(),
                o.price(), o.durationWeeks(), o.language(), o.participation(), o.access(), o.validityYears(), o.skills(), o.seed(), areas);
    }

    private static Offering plainOffering(Random random, int i) {
        return new Offering("o" + i, random.nextBoolean() ? "course" : "badge", "O " + i,
                random.nextInt(5) == 0 ? null : CODES.get(random.nextInt(CODES.size())),
                random.nextInt(5) == 0 ? null : SUBJECTS.get(random.nextInt(SUBJECTS.size())), "p" + random.nextInt(5),
                1 + random.nextInt(6), random.nextInt(4) == 0 ? null : 3 + random.nextInt(5), 0, 4, "en", "online", "open", null,
                Set.of("s" + random.nextInt(8)));
    }

    private static Filter filter(Random random) {
        var prefixes = List.of("cs", "CS 1", "c s", "MATH", "math 24", "", "X", "CSE");
        return new Filter(random.nextInt(2) == 0 ? prefixes.get(random.nextInt(prefixes.size())) : null,
                random.nextInt(2) == 0 ? SUBJECTS.get(random.nextInt(SUBJECTS.size())) : null,
                random.nextInt(3) == 0 ? "s" + random.nextInt(9) : null, random.nextInt(3) == 0 ? 4 : null,
                random.nextInt(3) == 0 ? new java.util.HashSet<>(List.of("p" + random.nextInt(6), "p" + random.nextInt(6))) : null,
                random.nextInt(3) == 0 ? Set.of(random.nextBoolean() ? "course" : "degree") : null, random.nextInt(4) == 0 ? 3.0 : null)
                .withAreas(random.nextInt(3) == 0 ? List.of(AREAS.get(random.nextInt(3)), AREAS.get(random.nextInt(3))) : null);
    }

    @Test
    @DisplayName("The indexed matches of a filter are exactly the offerings it matches (case folding, spaced codes, missing fields)")
    void indexedMatchesAreExact() {
        var random = new Random(11);
        for (int world = 0; world < 20; world++) {
            var offerings = new Offering[50 + random.nextInt(200)];
            for (int i = 0; i < offerings.length; i++) {
                offerings[i] = offering(random, i);
            }
            var index = new FilterIndex(offerings);
            for (int f = 0; f < 300; f++) {
                var filter = filter(random);
                var expected = new BitSet();
                for (int p = 0; p < offerings.length; p++) {
                    expected.set(p, filter.matches(offerings[p]));
                }
                assertThat(index.matching(filter)).as(filter.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("Folding agrees with equalsIgnoreCase on every pair, special cases included")
    void foldingAgreesWithEqualsIgnoreCase() {
        for (var a : SUBJECTS) {
            for (var b : SUBJECTS) {
                assertThat(FilterIndex.fold(a).equals(FilterIndex.fold(b))).as(a + " / " + b).isEqualTo(a.equalsIgnoreCase(b));
            }
        }
    }
}
