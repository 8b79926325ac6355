package org.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * An adviser's exceptions over HTTP, on a fresh learner holding Python Programming (SWE101) and SQL Basics, against the
 * seed's Professional Certificate in Data Analytics: made by the granted adviser, listed on the record, applied by the
 * audit (marked as exceptions), the plan and the stacking list, withdrawn, and refused to the learner.
 */
@IntegrationTest
class ExceptionsApiIT {

    static final String TARGET = "hh-cert-data-analytics";
    static final String PYTHON_DATA_LEAF = TARGET + "/requirements/0#1"; // Core modules: Python for Data Analysis (min grade 3)
    static final String ADVISER = "exceptions-adviser";

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    TestLearners learners;
    Http admin;
    Http adviser;
    String learner;

    @BeforeEach
    void learner() {
        learners = new TestLearners(driver);
        admin = new Http(port);
        adviser = admin.as(Identity.adviser(ADVISER));
        learner = learners.create("exceptions");
        learners.grant(learner, ADVISER, "ADVISER");
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
    }

    private Http.Response make(Http caller, String body) {
        return caller.post("/api/learners/" + learner + "/exceptions", "application/json", body);
    }

    private JsonNode audit() {
        return admin.as(Identity.learner(learner)).json("/api/learners/" + learner + "/audit/" + TARGET);
    }

    private static JsonNode node(JsonNode tree, String id) {
        if (tree.path("id").asString().equals(id)) {
            return tree;
        }
        for (var child : tree.path("children")) {
            var found = node(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> planned(JsonNode plan) {
        var ids = new ArrayList<String>();
        plan.path("credentials").forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }

    @Test
    @DisplayName("POST /api/learners/{id}/exceptions: count a credential toward a rule node; the audit marks it, the plan, route and record use it")
    void countTowardIsAppliedAndMarked() {
        assertThat(node(audit().path("tree"), PYTHON_DATA_LEAF).path("status").asString()).isEqualTo("NOT_MET");
        var routeBefore = adviser.json("/api/learners/" + learner + "/route?credential=" + TARGET);
        var planBefore = adviser.json("/api/learners/" + learner + "/plan/" + TARGET);
        assertThat(planned(planBefore)).contains("hh-mc-python-data");

        var made = make(adviser, """
                {"kind": "COUNT_TOWARD", "target": "%s", "node": "%s", "credential": "hh-mc-python-programming",
                 "reason": "Python Programming covered the data-analysis outcomes"}""".formatted(TARGET, PYTHON_DATA_LEAF));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        var id = made.json().path("id").asString();
        var day = made.json().path("madeAt").asString().substring(0, 10);
        assertThat(made.json().path("madeBy").asString()).isEqualTo(ADVISER);

        var audit = audit();
        var leaf = PYTHON_DATA_LEAF + "/exception/" + id;
        assertThat(audit.path("counted").toString()).contains("{\"credential\":\"hh-mc-python-programming\",\"leaf\":\"" + leaf + "\"");
        assertThat(node(audit.path("tree"), leaf).path("label").asString())
                .isEqualTo("Python Programming Essentials: counted by exception of " + ADVISER + " on " + day
                        + ": Python Programming covered the data-analysis outcomes");
        var shown = audit.path("exceptions").get(0);
        assertThat(shown.path("applied").asBoolean()).isTrue();
        assertThat(shown.path("shownAt").get(0).asString()).isEqualTo(leaf);
        assertThat(shown.path("marker").asString()).startsWith("counted by exception of " + ADVISER + " on " + day);

        var record = admin.as(Identity.learner(learner)).json("/api/learners/" + learner);
        assertThat(record.path("exceptions").get(0).path("id").asString()).isEqualTo(id);
        assertThat(admin.as(Identity.learner(learner)).json("/api/learners/" + learner + "/exceptions")).hasSize(1);
        // Python for Data Analysis is no longer needed in the core (it may still be the cheapest elective)
        var planAfter = adviser.json("/api/learners/" + learner + "/plan/" + TARGET);
        assertThat(planAfter.path("totalEcts").asDouble()).isLessThan(planBefore.path("totalEcts").asDouble());
        assertThat(planAfter.path("exceptions").get(0).path("id").asString()).isEqualTo(id);
        assertThat(planBefore.path("exceptions")).isEmpty();
        var routeAfter = adviser.json("/api/learners/" + learner + "/route?credential=" + TARGET); // the route toward it is its plan
        assertThat(routeAfter.path("totalEcts").asDouble()).isEqualTo(planAfter.path("totalEcts").asDouble())
                .isLessThan(routeBefore.path("totalEcts").asDouble());

        assertThat(adviser.delete("/api/learners/" + learner + "/exceptions/" + id).status()).isEqualTo(204);
        assertThat(audit().path("exceptions")).isEmpty();
        assertThat(node(audit().path("tree"), PYTHON_DATA_LEAF).path("status").asString()).isEqualTo("NOT_MET");
        adviser.delete("/api/learners/" + learner + "/exceptions/" + id).problem(404, null);
    }

    @Test
    @DisplayName("POST /api/learners/{id}/exceptions: waive a node, accept an equivalent; the stacking list applies them")
    void waiverAndEquivalence() {
        assertThat(holdingsCountedToward(TARGET)).isEqualTo(1); // SQL Basics; Python Programming counts nowhere in it
        var equivalence = make(admin, """
                {"kind": "equivalent", "credential": "hh-mc-python-programming", "equivalentTo": "hh-mc-python-data",
                 "reason": "same syllabus since 2024"}""");
        assertThat(equivalence.status()).as(equivalence.text()).isEqualTo(201);
        assertThat(equivalence.json().path("madeBy").asString()).isEqualTo("test-admin");
        assertThat(holdingsCountedToward(TARGET)).isEqualTo(2);

        assertThat(make(adviser, """
                {"kind": "WAIVE", "target": "%s", "node": "%s/requirements/1", "reason": "Database module of the previous programme"}"""
                .formatted(TARGET, TARGET)).status()).isEqualTo(201);
        var audit = audit();
        var waived = node(audit.path("tree"), TARGET + "/requirements/1");
        assertThat(waived.path("type").asString()).isEqualTo("CONDITION");
        assertThat(waived.path("status").asString()).isEqualTo("MET");
        assertThat(waived.path("label").asString()).contains("waived by exception of " + ADVISER);
        assertThat(node(audit.path("tree"), PYTHON_DATA_LEAF + "/exception/" + equivalence.json().path("id").asString())
                .path("status").asString()).isEqualTo("MET");
        assertThat(audit.path("exceptions")).hasSize(2);
    }

    private JsonNode batchRow(String goal) {
        var answer = adviser.post("/api/recommendations/batch", "application/json",
                "{\"learners\": [\"" + learner + "\"], \"credential\": \"" + goal + "\", \"routes\": true}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().path("items").get(0);
    }

    private static List<String> items(JsonNode nextSteps) {
        var ids = new ArrayList<String>();
        nextSteps.path("items").forEach(i -> ids.add(i.path("credential").path("id").asString()));
        return ids;
    }

    @Test
    @DisplayName("GET /api/learners/{id}/next-steps and POST /api/recommendations/batch: a waiver changes them, row and answer alike")
    void nextStepsAndTheCohortBatchFollowTheExceptions() {
        var stepsBefore = adviser.json("/api/learners/" + learner + "/next-steps?credential=" + TARGET);
        var rowBefore = batchRow(TARGET);
        assertThat(rowBefore.path("route").path("totalEcts").asDouble())
                .isEqualTo(adviser.json("/api/learners/" + learner + "/route?credential=" + TARGET).path("totalEcts").asDouble());

        assertThat(make(adviser, """
                {"kind": "WAIVE", "target": "%s", "node": "%s/requirements/0", "reason": "core modules of the previous programme"}"""
                .formatted(TARGET, TARGET)).status()).isEqualTo(201);
        var stepsAfter = adviser.json("/api/learners/" + learner + "/next-steps?credential=" + TARGET);
        var rowAfter = batchRow(TARGET);
        // the core's skills are no longer a gap, and its modules no longer what is left to take toward the goal
        assertThat(stepsAfter.path("essentialGap").asInt()).isLessThan(stepsBefore.path("essentialGap").asInt());
        assertThat(items(stepsAfter)).isNotEqualTo(items(stepsBefore));
        assertThat(items(rowAfter.path("nextSteps"))).isEqualTo(items(stepsAfter));
        assertThat(rowAfter.path("essentialGap").asInt()).isLessThan(rowBefore.path("essentialGap").asInt());
        var routeAfter = adviser.json("/api/learners/" + learner + "/route?credential=" + TARGET);
        assertThat(rowAfter.path("route").path("totalEcts").asDouble()).isEqualTo(routeAfter.path("totalEcts").asDouble())
                .isLessThan(rowBefore.path("route").path("totalEcts").asDouble());
    }

    @Test
    @DisplayName("POST /api/learners/{id}/exceptions: an equivalence meets entry rules that name the other credential (next steps, route, plan)")
    void anEquivalenceMeetsEntryRules() {
        driver.executableQuery("""
                MATCH (l:Learner {id: $id}), (c:Credential) WHERE c.id IN ['hh-mc-statistics-foundations', 'uca-mc-intro-data-science']
                CREATE (l)-[:EARNED {date: date('2024-05-10'), grade: '4', verified: true}]->(c)""")
                .withParameters(Map.of("id", learner)).execute();
        // Machine Learning asks for Python for Data Analysis (and two of statistics, data science, visualisation: held)
        var goal = "/api/learners/" + learner + "/next-steps?credential=uca-mc-machine-learning";
        assertThat(items(adviser.json(goal))).doesNotContain("uca-mc-machine-learning");
        assertThat(make(adviser, """
                {"kind": "EQUIVALENT", "credential": "hh-mc-python-programming", "equivalentTo": "hh-mc-python-data",
                 "reason": "same syllabus since 2024"}""").status()).isEqualTo(201);
        assertThat(items(adviser.json(goal))).contains("uca-mc-machine-learning");
        var route = adviser.json("/api/learners/" + learner + "/route?credential=uca-mc-machine-learning");
        var steps = new ArrayList<String>();
        route.path("credentials").forEach(st -> steps.add(st.path("credential").path("id").asString()));
        assertThat(steps).contains("uca-mc-machine-learning").doesNotContain("hh-mc-python-data");
    }

    private int holdingsCountedToward(String target) {
        var options = admin.as(Identity.learner(learner)).json("/api/learners/" + learner + "/stacking");
        for (var option : options) {
            if (option.path("credential").asString().equals(target)) {
                return option.path("holdingsCounted").asInt();
            }
        }
        return 0;
    }

    @Test
    @DisplayName("POST /api/learners/{id}/exceptions: the learner may read exceptions but not make them; other advisers neither")
    void onlyTheGrantedAdviserOrAnAdminMakesThem() {
        var body = """
                {"kind": "WAIVE", "target": "%s", "node": "%s/requirements/1", "reason": "mine"}""".formatted(TARGET, TARGET);
        make(admin.as(Identity.learner(learner)), body).problem(403, null);
        make(admin.as(Identity.adviser("someone-else")), body).problem(403, null);
        assertThat(make(admin, body).status()).isEqualTo(201);
        assertThat(admin.as(Identity.learner(learner)).json("/api/learners/" + learner + "/exceptions")).hasSize(1);
    }

    @Test
    @DisplayName("POST /api/learners/{id}/exceptions: a mistake is a 400 naming the field, an unknown learner a 404")
    void mistakesNameTheField() {
        make(admin, "{\"kind\": \"BEND\", \"reason\": \"x\"}").problem(400, "kind");
        make(admin, "{\"kind\": \"WAIVE\", \"target\": \"" + TARGET + "\", \"node\": \"" + PYTHON_DATA_LEAF + "\"}").problem(400, "reason");
        make(admin, "{\"kind\": \"WAIVE\", \"target\": \"no-such\", \"node\": \"x\", \"reason\": \"r\"}").problem(400, "target");
        make(admin, "{\"kind\": \"WAIVE\", \"target\": \"" + TARGET + "\", \"node\": \"nowhere\", \"reason\": \"r\"}").problem(400, "node");
        make(admin, "{\"kind\": \"COUNT_TOWARD\", \"target\": \"" + TARGET + "\", \"node\": \"" + PYTHON_DATA_LEAF
                + "\", \"credential\": \"no-such\", \"reason\": \"r\"}").problem(400, "credential");
        make(admin, "{\"kind\": \"COUNT_TOWARD\", \"target\": \"" + TARGET + "\", \"node\": \"" + TARGET
                + "/requirements/0\", \"credential\": \"hh-mc-sql-basics\", \"reason\": \"r\"}").problem(400, "node");
        make(admin, "{\"kind\": \"EQUIVALENT\", \"credential\": \"hh-mc-sql-basics\", \"equivalentTo\": \"hh-mc-sql-basics\", \"reason\": \"r\"}")
                .problem(400, "equivalentTo");
        admin.post("/api/learners/no-such-learner/exceptions", "application/json",
                "{\"kind\": \"WAIVE\", \"target\": \"" + TARGET + "\", \"node\": \"" + PYTHON_DATA_LEAF + "\", \"reason\": \"r\"}").problem(404, null);
        assertThat(admin.json("/api/learners/" + learner + "/exceptions")).isEmpty();
    }

    @Test
    @DisplayName("DELETE /api/learners/{id}: erasing the learner erases the exceptions made for them")
    void erasureTakesTheExceptions() {
        var id = make(adviser, "{\"kind\": \"WAIVE\", \"target\": \"" + TARGET + "\", \"node\": \"" + PYTHON_DATA_LEAF + "\", \"reason\": \"r\"}")
                .json().path("id").asString();
        assertThat(admin.delete("/api/learners/" + learner).status()).isEqualTo(204);
        var left = driver.executableQuery("MATCH (x:RuleException {id: $id}) RETURN count(x) AS n").withParameters(Map.of("id", id))
                .execute().records().get(0).get("n").asLong();
        assertThat(left).isZero();
    }
}
