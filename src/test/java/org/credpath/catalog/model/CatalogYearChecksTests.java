package org.credpath.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.credpath.catalog.format.CatalogFileReader;
import org.junit.jupiter.api.Test;

/** Catalog years in the catalog format: read, and checked with the problem's path. */
class CatalogYearChecksTests {

    private final CatalogFileReader reader = new CatalogFileReader();

    private Catalog read(String credentials) {
        return reader.read("t.yaml", "format: credpath-catalog/1\nproviders: [{id: p, name: P, country: FI}]\ncredentials:\n" + credentials);
    }

    private List<String> problems(String credentials) {
        return new CatalogValidator(ReferenceLookup.NONE, LocalDate.of(2026, 12, 7)).validate(read(credentials)).stream()
                .map(p -> p.path() + ": " + p.message()).toList();
    }

    private static String programme(String id, String catalogYear) {
        return """
                  - id: %s
                    kind: degree
                    title: %s
                    provider: p
                    %s
                    requirements: {kind: ALL_OF, children: [{credential: c}]}
                """.formatted(id, id, catalogYear == null ? "" : "catalogYear: " + catalogYear);
    }

    private static final String COURSE = "  - {id: c, kind: course, title: C, provider: p}\n";

    @Test
    void aProgrammeAndItsEarlierYearAreReadAndPass() {
        var text = programme("bs", "{effective: 2024-08-01}") + programme("bs-2022", "{program: bs, effective: 2022-08-01}") + COURSE;
        assertThat(problems(text)).isEmpty();
        var year = read(text).credentials().get(1).catalogYear();
        assertThat(year).isEqualTo(new CatalogYear("bs", LocalDate.of(2022, 8, 1)));
        assertThat(year.programOr("bs-2022")).isEqualTo("bs");
        assertThat(read(text).credentials().get(0).catalogYear().programOr("bs")).isEqualTo("bs");
    }

    @Test
    void filesWithoutCatalogYearsMeanWhatTheyMeant() {
        assertThat(read(programme("bs", null) + COURSE).credentials().get(0).catalogYear()).isNull();
    }

    @Test
    void mistakesAreNamedByPath() {
        assertThat(problems(programme("bs", null) + programme("bs-2022", "{program: bs, effective: 2022-08-01}")
                + programme("bs-2022b", "{program: bs, effective: 2022-08-01}") + programme("bs-x", "{program: bs-2022, effective: 2021-08-01}")
                + COURSE))
                .anySatisfy(p -> assertThat(p).startsWith("credentials[0].catalogYear: 'bs' has catalog years"))
                .anySatisfy(p -> assertThat(p).startsWith("credentials[2].catalogYear.effective: credentials[1] is the version of 'bs'"))
                .anySatisfy(p -> assertThat(p).startsWith("credentials[3].catalogYear.program: 'bs-2022' is itself a catalog year of 'bs'"));
        assertThat(problems(COURSE + "  - {id: y, kind: degree, title: Y, provider: p, catalogYear: {program: nowhere, effective: 2022-08-01}}\n"))
                .anySatisfy(p -> assertThat(p).startsWith("credentials[1].catalogYear: a catalog year is a version of stacking rules"))
                .anySatisfy(p -> assertThat(p).startsWith("credentials[1].catalogYear.program"));
        assertThatThrownBy(() -> read(programme("bs", "{program: bs, when: 2022}") + COURSE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).extracting(CatalogProblem::path)
                        .contains("credentials[0].catalogYear.effective", "credentials[0].catalogYear.when"));
    }
}
