package org.credpath.stacking;

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
 * Rule timing over HTTP: a programme whose Foundations (Python Programming) must be complete by the end of term 1 and
 * before Data Quality is started, and whose SQL node by the end of term 2. The test learner holds Python Programming
 * (2024-01-10) and SQL Basics (2024-03-22); terms last 6 months from the start they record.
 */
@IntegrationTest
class RuleTimingIT {

    static final String PROGRAMME = "tm-programme";
    static final String CATALOG = """
            format: credpath-catalog/1
            credentials:
              - id: tm-programme
                kind: certificate
                title: Timing test programme
                provider: hh
                ects: 10
                requirements:
                  kind: ALL_OF
                  children:
                    - {kind: ALL_OF, label: Foundations, completeByTerm: 1, before: hh-mc-data-quality, children: [{credential: hh-mc-python-programming}]}
                    - {kind: ALL_OF, label: SQL, completeByTerm: 2, children: [{credential: hh-mc-sql-basics}]}
                    - {credential: hh-mc-data-quality}
            """;

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    TestLearners learners;
    Http admin;
    Http self;
    String learner;

    @BeforeEach
    void catalogAndLearner() {
        admin = new Http(port);
        var loaded = admin.post("/api/admin/catalog", "application/yaml", CATALOG);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);
        learners = new TestLearners(driver);
        learner = learners.create("timing");
        self = admin.as(Identity.learner(learner));
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
        driver.executableQuery("""
                MATCH (c:Credential {id: $id})
                OPTIONAL MATCH (c)-[:HAS_REQUIREMENT]->(:Requirement)-[:OPTION*0..]->(r:Requirement)
                DETACH DELETE r, c""").withParameters(Map.of("id", PROGRAMME)).execute();
        driver.executableQuery(CypherQueries.get(CatalogVersion.STATEMENT))
                .withParameters(CatalogVersion.parameters(List.of(PROGRAMME), false)).execute();
    }

    private JsonNode audit() {
        return self.json("/api/learners/" + learner + "/audit/" + PROGRAMME + "?date=2025-01-01");
    }

    private void start(String date) {
        var started = self.put("/api/learners/" + learner + "/programmes/" + PROGRAMME, "application/json", "{\"start\": \"" + date + "\"}");
        assertThat(started.status()).as(started.text()).isEqualTo(200);
    }

    private static List<String> verdicts(JsonNode audit) {
        var verdicts = new ArrayList<String>();
        audit.path("timing").forEach(n -> verdicts.add(n.path("label").asString() + ":" + n.path("verdict").asString()));
        return verdicts;
    }

    @Test
    @DisplayName("GET /api/learners/{id}/audit/{target}: deadlines judged on the learner's terms, or said not judged without a start")
    void auditsJudgeTimingOnTheLearnersTerms() {
        assertThat(verdicts(audit())).containsExactly("Foundations:NOT_JUDGED", "SQL:NOT_JUDGED");

        start("2023-09-01"); // term 1 to 2024-02-29, term 2 to 2024-08-31: both in time
        var inTime = audit();
        assertThat(inTime.path("tree").path("children").get(0).path("status").asString()).isEqualTo("MET");
        assertThat(verdicts(inTime)).isEmpty();

        start("2023-06-01"); // term 1 ended 2023-11-30: Python Programming (2024-01-10) is late, Foundations missed
        var late = audit();
        assertThat(late.path("tree").path("children").get(0).path("status").asString()).isEqualTo("MISSED");
        assertThat(verdicts(late)).containsExactly("Foundations:MISSED_DEADLINE");
        var notCounted = late.path("notCounted").get(0);
        assertThat(notCounted.path("reason").asString()).isEqualTo("AFTER_DEADLINE");
        assertThat(notCounted.path("detail").asString())
                .isEqualTo("earned in term 2; this requirement ('Foundations') had to be met by the end of term 1 (2023-11-30)");
    }

    @Test
    @DisplayName("GET /api/learners/{id}/audit/{target}: a credential earned before the node that had to come first is flagged")
    void flagsACredentialStartedTooEarly() {
        start("2023-09-01");
        var added = self.post("/api/learners/" + learner + "/holdings", "application/json",
                "{\"credential\": \"hh-mc-data-quality\", \"date\": \"2023-12-01\"}");
        assertThat(added.status()).as(added.text()).isIn(200, 201);

        var audit = audit();

        assertThat(audit.path("met").asBoolean()).isTrue();
        assertThat(verdicts(audit)).containsExactly("Foundations:STARTED_TOO_EARLY");
        assertThat(audit.path("timing").get(0).path("credential").asString()).isEqualTo("hh-mc-data-quality");
    }

    @Test
    @DisplayName("GET /api/learners/{id}/plan/{target}: terms counted from the learner's start; a missed deadline is a 422 naming the node")
    void plansKeepTheTimingOrSayWhyNot() {
        start("2023-09-01");
        var plan = self.get("/api/learners/" + learner + "/plan/" + PROGRAMME + "?date=2025-01-01");
        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
        assertThat(plan.json().path("timing").asString()).startsWith("plan term 1 is the learner's term 3 (started 2023-09-01");
        var planned = new ArrayList<String>();
        plan.json().path("credentials").forEach(c -> planned.add(c.path("id").asString()));
        assertThat(planned).contains("hh-mc-data-quality");

        start("2023-06-01");
        var missed = self.get("/api/learners/" + learner + "/plan/" + PROGRAMME + "?date=2025-01-01");
        assertThat(missed.status()).as(missed.text()).isEqualTo(422);
        assertThat(missed.text()).contains("Foundations").contains("already over");
    }

    @Test
    @DisplayName("POST /api/admin/catalog: timing is stored: the same file changes nothing, a changed term is a changed entry")
    void storesTimingAndSeesItChange() {
        var same = admin.post("/api/admin/catalog", "application/yaml", CATALOG).json().path("entries").path("credentials");
        var changed = admin.post("/api/admin/catalog", "application/yaml", CATALOG.replace("completeByTerm: 2", "completeByTerm: 3"))
                .json().path("entries").path("credentials");

        assertThat(same.path("skipped").asLong()).isEqualTo(1);
        assertThat(changed.path("updated").asLong()).isEqualTo(1);
        var rules = admin.json("/api/credentials/" + PROGRAMME).path("requirements").path("children");
        assertThat(rules.get(0).path("before").asString()).isEqualTo("hh-mc-data-quality");
        assertThat(rules.get(1).path("completeByTerm").asInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("POST /api/admin/catalog: a term below 1 and an unknown before-credential are refused with their paths")
    void refusesBadTiming() {
        var term = admin.post("/api/admin/catalog", "application/yaml", CATALOG.replace("completeByTerm: 2", "completeByTerm: 0"));
        var unknown = admin.post("/api/admin/catalog", "application/yaml", CATALOG.replace("before: hh-mc-data-quality", "before: no-such-course"));

        assertThat(paths(term)).containsExactly("credentials[0].requirements.children[1].completeByTerm");
        assertThat(paths(unknown)).containsExactly("credentials[0].requirements.children[0].before");
    }

    private static List<String> paths(Http.Response refused) {
        var paths = new ArrayList<String>();
        refused.problem(422, null).path("errors").forEach(e -> paths.add(e.path("path").asString()));
        return paths;
    }
}
