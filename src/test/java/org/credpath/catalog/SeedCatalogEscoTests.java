package org.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.credpath.catalog.format.CatalogFileReader;
import org.credpath.catalog.model.Catalog;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed catalog cites real ESCO v1.1.1 concepts: every URI exists, labels match, occupation requirements are ESCO's own. */
class SeedCatalogEscoTests {

    private static Catalog seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = new CatalogFileReader().read("alliance-catalog.yaml", Files.readString(Path.of("seed-data/alliance-catalog.yaml")));
    }

    @Test
    void everySkillIsARealEscoConceptWithItsPreferredLabel() throws IOException {
        var labels = column(SharedData.require("esco-v1.1.1/skills_en.csv"), "conceptUri", "preferredLabel");

        assertThat(seed.skills()).allSatisfy(s -> assertThat(labels.get(s.uri())).as(s.uri()).isEqualTo(s.label()));
    }

    @Test
    void everyOccupationIsARealEscoOccupationWithItsOwnRequirements() throws IOException {
        var labels = column(SharedData.require("esco-v1.1.1/occupations_en.csv"), "conceptUri", "preferredLabel");
        var relations = new HashMap<String, String>();
        try (Reader in = Files.newBufferedReader(SharedData.require("esco-v1.1.1/occupationSkillRelations.csv"))) {
            for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                relations.put(row.get("occupationUri") + " " + row.get("skillUri"), row.get("relationType"));
            }
        }

        assertThat(seed.occupations()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(o -> {
            assertThat(labels.get(o.uri())).as(o.uri()).isEqualTo(o.label());
            o.essentialSkills().forEach(s -> assertThat(relations.get(o.uri() + " " + s)).as(o.label() + " / " + s).isEqualTo("essential"));
            o.optionalSkills().forEach(s -> assertThat(relations.get(o.uri() + " " + s)).as(o.label() + " / " + s).isEqualTo("optional"));
        });
    }

    @Test
    void seedMeetsTheAllianceShape() {
        Set<String> countries = new HashSet<>();
        seed.providers().forEach(p -> countries.add(p.country()));
        assertThat(seed.providers()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(countries).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seed.credentials().stream().filter(c -> !c.recognisedAs().isEmpty())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(seed.credentials().stream().filter(c -> c.requirements() != null)).hasSizeGreaterThanOrEqualTo(3);
    }

    private static Map<String, String> column(Path csv, String key, String value) throws IOException {
        var map = new HashMap<String, String>();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                map.put(row.get(key), row.get(value));
            }
        }
        return map;
    }
}
