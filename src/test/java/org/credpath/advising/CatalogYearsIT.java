package org.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.CatalogVersion;
import org.credpath.database.CypherQueries;
import org.credpath.support.Http;
import org.credpath.support.Http.Identity;
import org.credpath.support.IntegrationTest;
import org.credpath.support.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Catalog years over HTTP: a programme whose current rules (effective 2024-08-01) ask for Python Programming and whose
 * 2022-23 rules asked for Data Quality; a learner holding Python Programming follows the year of their start, or the
 * one chosen for them, and can compare the two side by side.
 */
@IntegrationTest
class CatalogYearsIT {

    static final List<String> PROGRAMMES = List.of("cy-programme", "cy-programme-2022");
    static final String CATALOG = """
            format: credpath-catalog/1
            credentials:
              - id: cy-programme
                kind: certificate
                title: Catalog-year test programme
                provider: hh
                ects: 5
                catalogYear: {effective: 2024-08-01}
                requirements: {kind: ALL_OF, children: [{credential: hh-mc-python-programming}]}
              - id: cy-programme-2022
                kind: certificate
                title: Catalog-year test programme (2022-23 rules)
                provider: hh
                ects: 5
                catalogYear: {program: cy-programme, effective: 2022-08-01}
                requirements: {kind: ALL_OF, children: [{credential: hh-mc-data-quality}]}
            """;

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    TestLearners learners;
    Http admin;
    Http learnerHttp;
    String learner;

    @BeforeEach
    void catalogAndLearner() {
        admin = new Http(port);
        var loaded = admin.post("/api/admin/catalog", "application/yaml", CATALOG);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);
        learners = new TestLearners(driver);
        learner = learners.create("years");
        learnerHttp = admin.as(Identity.learner(learner));
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
        driver.executableQuery("""
                MATCH (c:Credential) WHERE c.id IN $ids
                OPTIONAL MATCH (c)-[:HAS_REQUIREMENT]->(:Requirement)-[:OPTION*0..]->(r:Requirement)
                DETACH DELETE r, c""").withParameters(Map.of("ids", PROGRAMMES)).execute();
        driver.executableQuery(CypherQueries.get(CatalogVersion.STATEMENT)).withParameters(CatalogVersion.parameters(PROGRAMMES, false)).execute();
    }

    private JsonNode audit() {
        return learnerHttp.json("/api/learners/" + learner + "/audit/cy-programme");
    }

    private static List<String> paths(Http.Response response) {
        var paths = new ArrayList<String>();
        response.problem(422, null).path("errors").forEach(e -> paths.add(e.path("path").asString()));
        return paths;
    }

    private Http.Response start(String body) {
        return learnerHttp.put("/api/learners/" + learner + "/programmes/cy-programme", "application/json", body);
    }

    @Test
    @DisplayName("PUT /api/learners/{id}/programmes/{program}: the audit follows the catalog year of the start, or the one chosen")
    void theLearnerFollowsTheYearOfTheirStart() {
        assertThat(audit().path("met").asBoolean()).isTrue(); // no start recorded: the current rules
        assertThat(audit().has("catalogYear")).isFalse();

        var started = start("{\"start\": \"2023-01-15\"}");
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        assertThat(started.json().path("rules").asString()).isEqualTo("cy-programme-2022");
        assertThat(started.json().path("effective").asString()).isEqualTo("2022-08-01");
        var audit = audit();
        assertThat(audit.path("met").asBoolean()).isFalse();
        assertThat(audit.path("catalogYear").path("rules").asString()).isEqualTo("cy-programme-2022");
        assertThat(audit.path("tree").path("id").asString()).startsWith("cy-programme-2022/requirements");

        assertThat(start("{\"start\": \"2023-01-15\", \"catalogYear\": \"cy-programme\"}").json().path("chosen").asBoolean()).isTrue();
        assertThat(audit().path("met").asBoolean()).isTrue();
        assertThat(start("{\"start\": \"2024-09-01\"}").json().path("rules").asString()).isEqualTo("cy-programme");
        var options = new ArrayList<String>();
        learnerHttp.json("/api/learners/" + learner + "/stacking").forEach(o -> options.add(o.path("credential").asString()));
        assertThat(options).contains("cy-programme").doesNotContain("cy-programme-2022"); // a year counts through its programme

        assertThat(start("{\"start\": \"2020-01-01\"}").json().path("rules").asString()).isEqualTo("cy-programme-2022"); // before all: the earliest
        var underOldRules = new ArrayList<String>();
        learnerHttp.json("/api/learners/" + learner + "/stacking").forEach(o -> underOldRules.add(o.path("credential").asString()));
        assertThat(underOldRules).doesNotContain("cy-programme", "cy-programme-2022"); // Python Programming counts nowhere in the 2022 rules
    }

    private List<String> ids(JsonNode list, String field) {
        var ids = new ArrayList<String>();
        list.forEach(i -> ids.add(i.path(field).path("id").asString()));
        return ids;
    }

    private JsonNode batchRow() {
        var answer = admin.post("/api/recommendations/batch", "application/json",
                "{\"learners\": [\"" + learner + "\"], \"credential\": \"cy-programme\", \"routes\": true}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().path("items").get(0);
    }

    @Test
    @DisplayName("GET /api/learners/{id}/next-steps, /route and POST /api/recommendations/batch follow the learner's catalog year")
    void nextStepsRoutesAndTheBatchFollowTheCatalogYear() {
        start("{\"start\": \"2023-01-15\"}"); // the 2022-23 rules: Data Quality, not held
        var steps = learnerHttp.json("/api/learners/" + learner + "/next-steps?credential=cy-programme");
        var route = learnerHttp.json("/api/learners/" + learner + "/route?credential=cy-programme");
        var row = batchRow();
        assertThat(ids(steps.path("items"), "credential")).contains("hh-mc-data-quality");
        assertThat(ids(route.path("credentials"), "credential")).containsExactly("hh-mc-data-quality");
        assertThat(ids(row.path("route").path("credentials"), "credential")).containsExactly("hh-mc-data-quality");
        assertThat(ids(row.path("nextSteps").path("items"), "credential")).isEqualTo(ids(steps.path("items"), "credential"));

        start("{\"start\": \"2024-09-01\"}"); // the current rules: Python Programming, held
        assertThat(ids(learnerHttp.json("/api/learners/" + learner + "/route?credential=cy-programme").path("credentials"), "credential")).isEmpty();
        assertThat(ids(batchRow().path("route").path("credentials"), "credential")).isEmpty();
        var current = learnerHttp.json("/api/learners/" + learner + "/next-steps?credential=cy-programme");
        assertThat(current.path("items").toString()).doesNotContain("\"credential\":\"cy-programme\""); // stacks into nothing left open
        assertThat(ids(current.path("items"), "credential")).isNotEqualTo(ids(steps.path("items"), "credential"));
    }

    @Test
    @DisplayName("GET /api/learners/{id}/audit/{target}/compare: the current rules and an earlier catalog year side by side")
    void comparesTwoCatalogYears() {
        var comparison = learnerHttp.json("/api/learners/" + learner + "/audit/cy-programme/compare?with=cy-programme-2022");
        assertThat(comparison.path("current").path("met").asBoolean()).isTrue();
        assertThat(comparison.path("alternative").path("met").asBoolean()).isFalse();
        assertThat(comparison.path("countsOnlyInCurrent").get(0).asString()).isEqualTo("hh-mc-python-programming");
        assertThat(comparison.path("stillCounts")).isEmpty();
    }

    @Test
    @DisplayName("PUT /api/learners/{id}/programmes/{program} and the catalog format: mistakes named")
    void mistakesAreNamed() {
        start("{}").problem(400, "start");
        start("{\"start\": \"2023-01-15\", \"catalogYear\": \"hh-cert-data-analytics\"}").problem(400, "catalogYear");
        learnerHttp.put("/api/learners/" + learner + "/programmes/no-such", "application/json", "{\"start\": \"2023-01-15\"}").problem(404, null);

        var unread = admin.post("/api/admin/catalog", "application/yaml", """
                format: credpath-catalog/1
                credentials:
                  - {id: cy-bad-x, kind: certificate, title: No date, provider: hh, catalogYear: {program: cy-programme},
                     requirements: {kind: ALL_OF, children: [{credential: hh-mc-sql-basics}]}}
                """);
        assertThat(paths(unread)).contains("credentials[0].catalogYear.effective");
        var rejected = admin.post("/api/admin/catalog", "application/yaml", """
                format: credpath-catalog/1
                credentials:
                  - {id: cy-bad, kind: certificate, title: Bad, provider: hh, requirements: {kind: ALL_OF, children: [{credential: hh-mc-sql-basics}]}}
                  - {id: cy-bad-2021, kind: certificate, title: Bad 2021, provider: hh, catalogYear: {program: cy-bad, effective: 2021-08-01},
                     requirements: {kind: ALL_OF, children: [{credential: hh-mc-sql-basics}]}}
                  - {id: cy-bad-2021b, kind: certificate, title: Bad 2021 again, provider: hh, catalogYear: {program: cy-bad, effective: 2021-08-01}}
                  - {id: cy-bad-y, kind: certificate, title: Unknown programme, provider: hh, catalogYear: {program: no-such, effective: 2021-08-01},
                     requirements: {kind: ALL_OF, children: [{credential: hh-mc-sql-basics}]}}
                """);
        assertThat(paths(rejected)).contains("credentials[0].catalogYear", "credentials[2].catalogYear", "credentials[2].catalogYear.effective",
                "credentials[3].catalogYear.program");
    }
}
