package org.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.support.GraphCounts;
import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CatalogLoadIT {

    /** A small valid catalog that builds on the seed (references seeded skills and credentials). */
    private static final String ADDITION = """
            format: credpath-catalog/1
            providers:
              - {id: test-provider, name: Test Academy, country: DE, type: company}
            credentials:
              - id: test-mc-graphs
                kind: micro-credential
                title: Graph Databases in Practice
                provider: test-provider
                code: DB310
                ects: 2
                eqfLevel: 6
                assessment: Project
                participation: online
                qualityAssurance: ISO 21001 certified
                language: de
                durationWeeks: 3
                price: 49
                currency: EUR
                access: open
                outcomes: [{statement: Models a domain as a property graph, skills: ["http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"]}]
                prerequisites: {kind: AT_LEAST_K_OF, k: 1, children: [{credential: hh-mc-sql-basics}, {credential: uma-mc-sql-databases}]}
                recognisedAs: [{credential: uma-mc-database-design, credits: 2}]
            learners:
              - id: test-learner
                earned: [{credential: test-mc-graphs, date: 2025-03-01, grade: "B", verified: true}]
                goals: [{credential: hh-cert-data-analytics}]
            """;

    @Autowired
    CatalogService catalog;
    @Autowired
    Driver driver;
    @Autowired
    org.credpath.catalog.snapshot.CatalogSnapshots snapshots;
    @LocalServerPort
    int port;

    @AfterEach
    void removeTestData() {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE n.id STARTS WITH 'test-'
                    OPTIONAL MATCH (n)-[:HAS_OUTCOME|HAS_PREREQUISITE|HAS_REQUIREMENT]->(owned)
                    OPTIONAL MATCH (owned)-[:OPTION*0..]->(r:Requirement)
                    DETACH DELETE n, owned, r""").consume();
        }
    }

    @Test
    void loadsACatalogThatBuildsOnStoredData() {
        var report = catalog.loadFile("addition.yaml", ADDITION);

        assertThat(report.format()).isEqualTo("credpath-catalog");
        assertThat(report.entries().get("credentials")).isEqualTo(new ImportReport.Counts(1, 0, 0));
        assertThat(report.entries().get("learners")).isEqualTo(new ImportReport.Counts(1, 0, 0));
        try (var session = driver.session()) {
            var row = session.run("""
                    MATCH (c:Credential:MicroCredential {id: 'test-mc-graphs'})-[:OFFERED_BY]->(:Provider {id: 'test-provider'})
                    MATCH (c)-[:HAS_PREREQUISITE]->(root:Requirement {kind: 'AT_LEAST_K_OF', k: 1})-[:OPTION]->(option:Credential)
                    MATCH (c)-[:RECOGNISED_AS {credits: 2.0}]->(:Credential {id: 'uma-mc-database-design'})
                    MATCH (c)-[:HAS_OUTCOME]->(:LearningOutcome)-[:ALIGNS_TO]->(:Skill)
                    MATCH (:Learner {id: 'test-learner'})-[e:EARNED]->(c)
                    RETURN count(option) AS options, e.date.year AS year""").single();
            assertThat(row.get("options").asLong()).isEqualTo(2);
            assertThat(row.get("year").asInt()).isEqualTo(2025);
        }
    }

    @Test
    void reloadingTheSameFileChangesNothing() {
        catalog.loadFile("addition.yaml", ADDITION);
        var before = GraphCounts.of(driver);

        var report = catalog.loadFile("addition.yaml", ADDITION);

        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.entries()).containsEntry("providers", new ImportReport.Counts(0, 0, 1))
                .containsEntry("credentials", new ImportReport.Counts(0, 0, 1)).containsEntry("learners", new ImportReport.Counts(0, 0, 1));
    }

    @Test
    void comparesAnEntryStoredWithoutADigestFieldByFieldOnceAndThenByDigest() {
        catalog.loadFile("addition.yaml", ADDITION);
        try (var session = driver.session()) {
            session.run("MATCH (c:Credential {id: 'test-mc-graphs'}) REMOVE c.contentDigest").consume(); // as written before digests
        }

        var report = catalog.loadFile("addition.yaml", ADDITION);

        assertThat(report.entries()).containsEntry("credentials", new ImportReport.Counts(0, 0, 1));
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (c:Credential {id: 'test-mc-graphs'}) RETURN c.contentDigest AS d").single().get("d").isNull())
                    .as("the digest is recorded for the next load").isFalse();
        }
    }

    @Test
    void storesAFilterWithItsExceptionsAndReloadsItUnchanged() {
        var withExceptions = ADDITION.replace("prerequisites: {kind: AT_LEAST_K_OF, k: 1, children: [{credential: hh-mc-sql-basics}, {credential: uma-mc-sql-databases}]}",
                "prerequisites: {kind: AT_LEAST_K_OF, k: 2, children: [{filter: {codePrefix: SQL, except: [hh-mc-sql-basics]}}]}");
        catalog.loadFile("addition.yaml", withExceptions);

        var again = catalog.loadFile("addition.yaml", withExceptions);

        assertThat(again.entries()).containsEntry("credentials", new ImportReport.Counts(0, 0, 1));
        try (var session = driver.session()) {
            var except = session.run("MATCH (:Credential {id: 'test-mc-graphs'})-[:HAS_PREREQUISITE]->(:Requirement)-[:OPTION]->(f:Requirement) "
                    + "RETURN f.except AS except").single().get("except").asList();
            assertThat(except).containsExactly("hh-mc-sql-basics");
        }
    }

    @Test
    void keepsGatedGroupsDoubleCountingAndAreasInTheStoreAndTheSnapshot() {
        var tracks = """
                format: credpath-catalog/1
                providers:
                  - {id: test-provider, name: Test Academy, country: DE, type: company}
                credentials:
                  - id: test-cert-tracks
                    kind: certificate
                    title: Tracks
                    provider: test-provider
                    ects: 10
                    requirements:
                      kind: AT_LEAST_CREDITS
                      credits: 10
                      children:
                        - {kind: ALL_OF, label: Track, gated: true, children: [{credential: hh-mc-sql-basics}, {credential: uma-mc-sql-databases}]}
                        - {kind: AT_LEAST_K_OF, k: 1, doubleCount: true, children: [{credential: hh-mc-sql-basics}]}
                        - {filter: {areas: [LA, SA]}}
                  - {id: test-course-lit, kind: course, title: Literature, provider: test-provider, ects: 5, areas: [LA]}
                """;
        catalog.loadFile("tracks.yaml", tracks);

        var again = catalog.loadFile("tracks.yaml", tracks);

        assertThat(again.entries()).containsEntry("credentials", new ImportReport.Counts(0, 0, 2));
        var snapshot = snapshots.current();
        var root = (org.credpath.catalog.snapshot.Rule.Group) snapshot.requirements("test-cert-tracks").orElseThrow();
        var areas = (org.credpath.catalog.snapshot.Rule.FilterLeaf) root.children().get(2);
        assertThat(areas.filter().areas()).containsExactlyInAnyOrder("LA", "SA");
        assertThat(snapshot.offering("test-course-lit").orElseThrow().areas()).containsExactly("LA");
        assertThat(areas.filter().matches(snapshot.offering("test-course-lit").orElseThrow())).isTrue();
        assertThat(root.children().subList(0, 2)).extracting(c -> ((org.credpath.catalog.snapshot.Rule.Group) c).limits())
                .extracting(l -> l.gated(), l -> l.doubleCount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, null), org.assertj.core.groups.Tuple.tuple(false, true));
        var api = new Http(port);
        assertThat(api.json("/api/credentials/test-course-lit").path("areas").toString()).isEqualTo("[\"LA\"]");
        var shown = api.json("/api/credentials/test-cert-tracks").path("requirements").path("children");
        assertThat(shown.get(0).path("gated").asBoolean()).isTrue();
        assertThat(shown.get(1).path("doubleCount").asBoolean()).isTrue();
        assertThat(shown.get(2).path("areas").size()).isEqualTo(2);
        var changed = catalog.loadFile("tracks.yaml", tracks.replace("gated: true", "gated: false"));
        assertThat(changed.entries()).as("a changed flag is a changed entry").containsEntry("credentials", new ImportReport.Counts(0, 1, 1));
    }

    @Test
    void reloadingTheSeedCatalogChangesNothing() throws IOException {
        var before = GraphCounts.of(driver);

        var report = catalog.loadFile("alliance-catalog.yaml", Files.readString(Path.of("seed-data/alliance-catalog.yaml")));

        assertThat(report.created()).isZero();
        assertThat(report.entry("credentials")).isEqualTo(new ImportReport.Counts(0, 0, 59));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    @DisplayName("a redefined credential is replaced whole: a dropped property removed, outcomes, rule tree and recognitions replaced, nothing left over")
    void replacesARedefinedCredentialWhole() {
        catalog.loadFile("addition.yaml", ADDITION);

        var report = catalog.loadFile("addition.yaml", ADDITION
                .replace("    code: DB310\n", "")
                .replace("Models a domain as a property graph", "Queries a property graph")
                .replace("prerequisites: {kind: AT_LEAST_K_OF, k: 1, children: [{credential: hh-mc-sql-basics}, {credential: uma-mc-sql-databases}]}",
                        "prerequisites: {credential: hh-mc-sql-basics}")
                .replace("recognisedAs: [{credential: uma-mc-database-design, credits: 2}]",
                        "recognisedAs: [{credential: hh-mc-data-quality, credits: 1}]"));

        assertThat(report.entries()).containsEntry("credentials", new ImportReport.Counts(0, 1, 0))
                .containsEntry("providers", new ImportReport.Counts(0, 0, 1)).containsEntry("learners", new ImportReport.Counts(0, 0, 1));

        try (var session = driver.session()) {
            var row = session.run("""
                    MATCH (c:Credential {id: 'test-mc-graphs'})
                    RETURN c.code IS NULL AS codeDropped, c.title AS title,
                           [(c)-[:HAS_OUTCOME]->(o) | o.statement] AS outcomes,
                           COUNT { (c)-[:HAS_PREREQUISITE]->(:Requirement)-[:OPTION]->(:Credential) } AS options,
                           [(c)-[r:RECOGNISED_AS]->(t) | t.id + ' ' + r.credits] AS recognitions,
                           COUNT { (r:Requirement) WHERE r.owner = 'test-mc-graphs' } AS ruleNodes,
                           COUNT { (n:Retired) } AS retired""").single();
            assertThat(row.get("codeDropped").asBoolean()).isTrue();
            assertThat(row.get("title").asString()).isEqualTo("Graph Databases in Practice");
            assertThat(row.get("outcomes").asList(v -> v.asString())).containsExactly("Queries a property graph");
            assertThat(row.get("options").asLong()).isEqualTo(1);
            assertThat(row.get("recognitions").asList(v -> v.asString())).containsExactly("hh-mc-data-quality 1.0");
            assertThat(row.get("ruleNodes").asLong()).isEqualTo(1);
            assertThat(row.get("retired").asLong()).as("replaced nodes are deleted in the write").isZero();
        }
    }

    @Test
    void rejectsAFileWithErrorsListingEveryOneAndWritingNothing() {
        var before = GraphCounts.of(driver);
        var broken = ADDITION
                .replace("country: DE", "country: Germany")
                .replace("eqfLevel: 6", "eqfLevel: 11")
                .replace("{credential: uma-mc-sql-databases}", "{credential: no-such-course}")
                .replace("date: 2025-03-01", "date: 2031-03-01");

        assertThatThrownBy(() -> catalog.loadFile("broken.yaml", broken))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::path)
                        .containsExactlyInAnyOrder("providers[0].country", "credentials[0].eqfLevel"));
        // once the fields are right, the references and dates are checked, all of them at once
        var unresolved = ADDITION.replace("{credential: uma-mc-sql-databases}", "{credential: no-such-course}")
                .replace("date: 2025-03-01", "date: 2031-03-01");
        assertThatThrownBy(() -> catalog.loadFile("unresolved.yaml", unresolved))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::path)
                        .containsExactlyInAnyOrder("credentials[0].prerequisites.children[1].credential", "learners[0].earned[0].date"));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void refusesACycleThroughStoredRulesAndWritesNothing() {
        catalog.loadFile("first.yaml", """
                format: credpath-catalog/1
                credentials:
                  - {id: test-a, kind: badge, title: A, provider: hh, prerequisites: {credential: test-b}}
                  - {id: test-b, kind: badge, title: B, provider: hh}
                """);
        var before = GraphCounts.of(driver);

        assertThatThrownBy(() -> catalog.loadFile("second.yaml", """
                format: credpath-catalog/1
                credentials:
                  - {id: test-b, kind: badge, title: B, provider: hh, prerequisites: {credential: test-a}}
                """))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).singleElement()
                        .isEqualTo(new CatalogProblem("credentials[0]",
                                "rule cycle: test-b -> test-a -> test-b; test-a, test-b can never be attained: "
                                        + "every way to meet their rules needs one of them first")));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    @DisplayName("POST /api/admin/catalog answers 422 with every problem and 200 with the report")
    void adminEndpoint() {
        var http = new Http(port);

        var rejected = http.post("/api/admin/catalog", "application/yaml", ADDITION.replace("eqfLevel: 6", "eqfLevel: 0")
                .replace("participation: online", "participation: remote"));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.json().path("errors")).hasSize(2);
        assertThat(rejected.json().path("errors").get(0).path("path").asString()).startsWith("credentials[0].");

        var accepted = http.post("/api/admin/catalog?name=addition.yaml", "application/yaml", ADDITION);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().path("format").asString()).isEqualTo("credpath-catalog");
        assertThat(accepted.json().path("entries").path("credentials").path("created").asInt()).isEqualTo(1);

        var notJson = http.post("/api/admin/catalog", "application/json", "{\"format\": ");
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(notJson.json().path("errors").get(0).path("message").asString()).startsWith("not valid JSON");
    }
}
