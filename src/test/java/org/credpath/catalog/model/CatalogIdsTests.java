package org.credpath.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.credpath.catalog.format.CatalogFileReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The id alphabet (issue 24 defect 6): ids that could not be addressed afterwards are refused with the field named. */
class CatalogIdsTests {

    @ParameterizedTest
    @ValueSource(strings = {"ul-mc-linux-administration", "utd-CS-1136", "coursera:google:data-analytics",
            "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab", "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
            "did:web:digitalcredentials.github.io:vc-test-fixtures:dids:legacy#z6MkjXe1vZ", "http://1edtech.edu/endorsementcredential/3732",
            "ce-5f7c8e1a-0000-4f2e-9d3b-1a2b3c4d5e6f", "https://x.example/a%20b?c=d&e=(f)", "kurssi-äö-日本", "a"})
    void acceptsTheIdsRealSourcesUse(String id) {
        assertThat(CatalogIds.problem(id)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a\u0000b", "bell\u0007", "evil\u202Etxt.exe", "../../etc/passwd", "a/../b", "./a", "a%2Fb", "a%2fb",
            "a%5Cb", "a%00b", "a%25b", "a%2", "a%zz", "with space", "tab\there", "back\\slash", "quote\"d", "<tag>", "a{b}", "zero\u200Bwidth"})
    void refusesIdsThatCannotBeUsed(String id) {
        assertThat(CatalogIds.problem(id)).as(id).isNotNull().contains("usable id");
    }

    @Test
    void refusesAnIdOverTheLengthLimitAndSaysHowLong() {
        assertThat(CatalogIds.problem("a".repeat(CatalogIds.MAX_LENGTH))).isNull();
        assertThat(CatalogIds.problem("a".repeat(5000))).contains("5000 characters");
    }

    @Test
    void quotesAControlCharacterVisibly() {
        assertThat(CatalogIds.problem("a\u0000b")).contains("a\\u0000b").contains("U+0000");
    }

    @Test
    void theValidatorNamesTheFieldOfEveryUnusableId() {
        var catalog = new CatalogFileReader().read("t.yaml", """
                format: credpath-catalog/1
                providers: [{id: "p\\u0000", name: P, country: FI}, {id: ok, name: Ok, country: FI}]
                credentials:
                  - {id: "../x", kind: course, title: X, provider: ok}
                  - {id: "a%2Fb", kind: course, title: Y, provider: ok, outcomes: [{id: "o\\u202E", statement: s}]}
                learners: [{id: "LONG"}]
                """.replace("LONG", "l".repeat(600)));

        var problems = new CatalogValidator(ReferenceLookup.NONE, LocalDate.of(2026, 1, 1)).validate(catalog);

        assertThat(problems).extracting(CatalogProblem::path).contains("providers[0].id", "credentials[0].id", "credentials[1].id",
                "credentials[1].outcomes[0].id", "learners[0].id");
    }
}
