package org.credpath.imports.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.credpath.catalog.ImportReport;
import org.credpath.catalog.ImportReport.Counts;
import org.credpath.imports.LoggingProgress;
import org.credpath.support.GraphCounts;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full ESCO v1.1.1 download (../shared/data), imported into a throwaway database holding two nodes
 * the seed catalog would have made, then imported again. Figures are stated in docs/imports.md.
 */
class EscoFullImportIT {

    /** A seed catalog skill: ESCO's "computer programming", with only what the seed gives. */
    static final String SEED_SKILL = "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97";

    static ThrowawayNeo4j neo4j;
    static Path esco;

    @BeforeAll
    static void start() {
        esco = SharedData.require("esco-v1.1.1");
        neo4j = new ThrowawayNeo4j();
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void importsTheWholeTaxonomyOntoSeedNodesThenChangesNothingTheSecondTime() {
        neo4j.driver().executableQuery("CREATE (:Skill {uri: $uri, label: 'computer programming', skillType: 'knowledge'})")
                .withParameters(Map.of("uri", SEED_SKILL)).execute();
        var importer = new EscoImporter(neo4j.driver());

        var first = importer.importFrom(esco, new LoggingProgress("full ESCO import"));

        assertThat(first.entries()).containsExactly(
                Map.entry("skills", new Counts(13_895, 1, 0)),
                Map.entry("skillGroups", new Counts(647, 0, 0)),
                Map.entry("occupations", new Counts(3_007, 0, 0)),
                Map.entry("occupationSkillRelations", new Counts(123_788, 0, 67)),
                Map.entry("skillSkillRelations", new Counts(5_898, 0, 1)),
                Map.entry("broaderRelations", new Counts(20_656, 0, 0)));
        assertThat(first.warnings()).hasSize(3);
        var counts = GraphCounts.of(neo4j.driver());
        assertThat(counts).containsEntry(":Skill", 13_896L).containsEntry(":SkillGroup", 647L).containsEntry(":Occupation", 3_007L)
                .containsEntry("[REQUIRES]", 123_788L).containsEntry("[RELATED]", 5_898L).containsEntry("[BROADER]", 20_656L);
        assertThat(flagged("digital")).isEqualTo(1_201);
        assertThat(flagged("green")).isEqualTo(570);
        assertThat(flagged("transversal")).isEqualTo(96);
        assertThat(flagged("language")).isEqualTo(346);
        assertThat(essential(true)).isEqualTo(64_891); // 64,946 in the file, 55 of them for the occupation ESCO does not publish
        assertThat(neo4j.driver().executableQuery("MATCH (s:Skill {uri: $uri}) RETURN s.reuseLevel AS r")
                .withParameters(Map.of("uri", SEED_SKILL)).execute().records().get(0).get("r").asString()).isEqualTo("cross-sector");

        var second = importer.importFrom(esco, new LoggingProgress("full ESCO re-import"));

        assertThat(second.entries().values()).allSatisfy(c -> assertThat(c.created() + c.updated()).isZero());
        assertThat(GraphCounts.of(neo4j.driver())).isEqualTo(counts);
        System.out.printf("Full ESCO v1.1.1: import %.1f s, re-import %.1f s%n", seconds(first), seconds(second));
    }

    private static long flagged(String flag) {
        return neo4j.driver().executableQuery("MATCH (s:Skill) WHERE s." + flag + " RETURN count(s) AS n").execute()
                .records().get(0).get("n").asLong();
    }

    private static long essential(boolean essential) {
        return neo4j.driver().executableQuery("MATCH ()-[r:REQUIRES]->() WHERE r.essential = $e RETURN count(r) AS n")
                .withParameters(Map.of("e", essential)).execute().records().get(0).get("n").asLong();
    }

    private static double seconds(ImportReport report) {
        return report.took().toMillis() / 1000.0;
    }
}
