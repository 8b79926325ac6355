package org.credpath.imports.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.credpath.imports.esco.EscoFixture.uri;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.ImportReport;
import org.credpath.catalog.ImportReport.Counts;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.esco.EscoFixture.Layout;
import org.credpath.support.GraphCounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ESCO importer on the hand-made fixture, against a database of its own; runs every statement it uses. */
class EscoImportIT {

    static ThrowawayNeo4j neo4j;
    static EscoImporter importer;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        neo4j = new ThrowawayNeo4j();
        importer = new EscoImporter(neo4j.driver());
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @BeforeEach
    void empty() {
        run("MATCH (n) WHERE NOT n:__Migration DETACH DELETE n");
    }

    @Test
    void importsEveryKindOfEntry() {
        var report = importer.importFrom(EscoFixture.write(folder, Layout.V11), ImportProgress.NONE);

        assertThat(report.entries()).containsExactly(
                Map.entry("skills", new Counts(4, 0, 0)),
                Map.entry("skillGroups", new Counts(3, 0, 0)),
                Map.entry("occupations", new Counts(1, 0, 0)),
                Map.entry("occupationSkillRelations", new Counts(3, 0, 0)),
                Map.entry("skillSkillRelations", new Counts(1, 0, 0)),
                Map.entry("broaderRelations", new Counts(6, 0, 0)));
        assertThat(report.source()).endsWith("(ESCO v1.1.x layout)");
        assertThat(GraphCounts.of(neo4j.driver())).containsEntry(":Skill", 4L).containsEntry(":SkillGroup", 3L)
                .containsEntry(":Occupation", 1L).containsEntry("[REQUIRES]", 3L).containsEntry("[RELATED]", 1L)
                .containsEntry("[BROADER]", 6L);
        assertThat(props("Skill", uri("skill/conduct"))).containsEntry("altLabels", List.of("direct musicians", "lead an orchestra",
                "conduct musical performers")).containsEntry("reuseLevel", "sector-specific").containsEntry("digital", false);
        assertThat(props("Skill", uri("skill/french"))).containsEntry("language", true).containsEntry("transversal", true)
                .containsEntry("altLabels", List.of("converse in French"));
        assertThat(props("Occupation", uri("occupation/conductor"))).containsEntry("iscoGroup", "2652").containsEntry("code", "2652.3");
        assertThat(props("SkillGroup", uri("group/languages"))).containsEntry("code", "S1.3");
        assertThat(one("MATCH (:Occupation)-[r:REQUIRES]->(s:Skill {uri: $uri}) RETURN r.essential", uri("skill/conduct"))).isEqualTo(true);
        assertThat(one("MATCH (:Skill {uri: $uri})-[:BROADER]->(b) RETURN b.uri", uri("skill/spreadsheets"))).isEqualTo(uri("skill/theory"));
    }

    @Test
    void importsTheV12LayoutAndAZipOfIt() {
        var zip = EscoFixture.zip(EscoFixture.write(folder.resolve("esco"), Layout.V12), folder.resolve("esco.zip"));

        var report = importer.importFrom(zip, ImportProgress.NONE);

        assertThat(report.source()).isEqualTo("esco.zip (ESCO v1.2 layout)");
        assertThat(report.entries().get("occupationSkillRelations")).isEqualTo(new Counts(3, 0, 0));
        assertThat(GraphCounts.of(neo4j.driver())).containsEntry("[REQUIRES]", 3L).containsEntry("[BROADER]", 6L);
    }

    @Test
    void importingAgainChangesNothing() {
        var source = EscoFixture.write(folder, Layout.V11);
        importer.importFrom(source, ImportProgress.NONE);
        var counts = GraphCounts.of(neo4j.driver());
        var nodes = all("MATCH (n) WHERE n.uri STARTS WITH 'urn:test:' RETURN n.uri AS uri, properties(n) AS props ORDER BY uri");

        var again = importer.importFrom(source, ImportProgress.NONE);

        assertThat(again.entries().values()).allSatisfy(c -> assertThat(c.created() + c.updated()).isZero());
        assertThat(again.entries().get("broaderRelations")).isEqualTo(new Counts(0, 0, 6));
        assertThat(GraphCounts.of(neo4j.driver())).isEqualTo(counts);
        assertThat(all("MATCH (n) WHERE n.uri STARTS WITH 'urn:test:' RETURN n.uri AS uri, properties(n) AS props ORDER BY uri"))
                .isEqualTo(nodes);
    }

    @Test
    void mergesOntoNodesOtherSourcesCreatedAndKeepsTheirOwnProperties() {
        run("CREATE (:Skill {uri: $uri, label: 'music theory', skillType: 'knowledge', localNote: 'kept'})", uri("skill/theory"));
        run("""
                CREATE (o:Occupation {uri: $uri, label: 'music director'})
                CREATE (s:Skill {uri: 'urn:test:esco:skill/conduct', label: 'conduct musical performers'})
                CREATE (o)-[:REQUIRES {essential: false}]->(s)
                """, uri("occupation/conductor"));

        var report = importer.importFrom(EscoFixture.write(folder, Layout.V11), ImportProgress.NONE);

        assertThat(report.entries().get("skills")).isEqualTo(new Counts(2, 2, 0));
        assertThat(report.entries().get("occupations")).isEqualTo(new Counts(0, 1, 0));
        assertThat(report.entries().get("occupationSkillRelations")).isEqualTo(new Counts(2, 1, 0));
        assertThat(GraphCounts.of(neo4j.driver())).containsEntry(":Skill", 4L).containsEntry("[REQUIRES]", 3L);
        assertThat(props("Skill", uri("skill/theory"))).containsEntry("localNote", "kept").containsEntry("reuseLevel", "sector-specific");
        assertThat(one("MATCH (:Occupation)-[r:REQUIRES]->(s:Skill {uri: $uri}) RETURN r.essential", uri("skill/conduct"))).isEqualTo(true);
    }

    @Test
    void reportsWhatANewerReleaseChanged() {
        var source = EscoFixture.write(folder, Layout.V11);
        importer.importFrom(source, ImportProgress.NONE);
        EscoFixture.edit(source, "skills_en.csv", ",music theory,", ",music theory (general),");
        EscoFixture.edit(source, "occupationSkillRelations.csv", "conductor,optional,knowledge", "conductor,essential,knowledge");

        var report = importer.importFrom(source, ImportProgress.NONE);

        assertThat(report.entries().get("skills")).isEqualTo(new Counts(0, 1, 3));
        assertThat(report.entries().get("occupationSkillRelations")).isEqualTo(new Counts(0, 1, 2));
        assertThat(props("Skill", uri("skill/theory"))).containsEntry("label", "music theory (general)");
    }

    @Test
    void skipsRelationsToConceptsNoOneKnowsWithAWarning() {
        var source = EscoFixture.write(folder, Layout.V11);
        EscoFixture.edit(source, "occupationSkillRelations.csv", "skill/french\n",
                "skill/french\nurn:test:esco:occupation/ghost,essential,knowledge,urn:test:esco:skill/theory\n");

        var report = importer.importFrom(source, ImportProgress.NONE);

        assertThat(report.entries().get("occupationSkillRelations")).isEqualTo(new Counts(3, 0, 1));
        assertThat(report.warnings()).contains("occupationSkillRelations.csv: line 5, field occupationUri: urn:test:esco:occupation/ghost "
                + "is no occupation in the source or the database; 1 row(s) naming it were skipped");
    }

    @Test
    void rejectsBrokenRowsWithFileLineAndFieldAndWritesNothing() {
        var source = EscoFixture.write(folder, Layout.V12);
        EscoFixture.edit(source, "skills_en.csv", "urn:test:esco:skill/french,", "not a uri,");
        EscoFixture.edit(source, "occupationSkillRelations_en.csv", "music director,optional,knowledge", "music director,mandatory,knowledge");
        var before = GraphCounts.of(neo4j.driver());

        var rejected = catchThrowableOfType(CatalogRejectedException.class, () -> importer.importFrom(source, ImportProgress.NONE));

        assertThat(rejected.problems()).extracting(CatalogProblem::toString).containsExactly(
                "skills_en.csv: line 7, field conceptUri: 'not a uri' is not a URI",
                "occupationSkillRelations_en.csv: line 3, field relationType: 'mandatory' is neither essential nor optional");
        assertThat(GraphCounts.of(neo4j.driver())).isEqualTo(before);
    }

    private Map<String, Object> props(String label, String uri) {
        return neo4j.driver().executableQuery("MATCH (n:" + label + " {uri: $uri}) RETURN properties(n) AS p")
                .withParameters(Map.of("uri", uri)).execute().records().get(0).get("p").asMap();
    }

    private Object one(String cypher, String uri) {
        return neo4j.driver().executableQuery(cypher).withParameters(Map.of("uri", uri)).execute().records().get(0).get(0).asObject();
    }

    private List<Map<String, Object>> all(String cypher) {
        return neo4j.driver().executableQuery(cypher).execute().records().stream().map(r -> r.asMap()).toList();
    }

    private void run(String cypher) {
        neo4j.driver().executableQuery(cypher).execute();
    }

    private void run(String cypher, String uri) {
        neo4j.driver().executableQuery(cypher).withParameters(Map.of("uri", uri)).execute();
    }
}
