package org.credpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.credpath.support.GraphCounts;
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

/**
 * The rights of access and erasure on a learner loaded the way learners enter credpath (a catalog file through the
 * admin endpoint), with holdings, prior learning, goals and consents.
 */
@IntegrationTest
@DisplayName("GET /api/learners/{id}/data and DELETE /api/learners/{id}: data access and erasure")
class PersonalDataIT {

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    Http admin;
    TestLearners others;
    String id;
    String name;

    @BeforeEach
    void setUp() {
        admin = new Http(port);
        others = new TestLearners(driver);
        id = "erasure-" + UUID.randomUUID().toString().substring(0, 8);
        name = "Erasure Subject " + id;
    }

    @AfterEach
    void cleanUp() {
        others.deleteAll();
        driver.executableQuery("MATCH (l:Learner {id: $id}) DETACH DELETE l").withParameters(Map.of("id", id)).execute();
    }

    /** The learner as a catalog file gives it: a copy of the seed's learner-aino under a fresh id. */
    private void seed() {
        var loaded = admin.post("/api/admin/catalog?name=learner.yaml", "application/yaml", """
                format: credpath-catalog/1
                learners:
                  - id: %s
                    name: %s
                    earned:
                      - {credential: hh-mc-spreadsheet-analytics, date: 2023-05-19, grade: "4", verified: true}
                      - {credential: hh-mc-python-programming, date: 2023-12-15, grade: "5", verified: true}
                      - {credential: hh-mc-sql-basics, date: 2024-03-22, grade: "3", verified: true}
                      - {credential: uca-mc-r-statistics, date: 2025-09-26, grade: "15", verified: false}
                    skills:
                      - {skill: "http://data.europa.eu/esco/skill/4463a721-69f3-413d-8321-43e3af13a4f1", source: recognised}
                    goals:
                      - {credential: hh-cert-data-analytics}
                      - {occupation: "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"}
                """.formatted(id, name));
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);
        var self = admin.as(Identity.learner(id));
        assertThat(self.post("/api/learners/" + id + "/consents", "application/json",
                "{\"grantee\": \"adviser-" + id + "\", \"role\": \"ADVISER\"}").status()).isEqualTo(201);
        assertThat(self.post("/api/learners/" + id + "/consents", "application/json",
                "{\"grantee\": \"shared-adviser\", \"role\": \"ADVISER\"}").status()).isEqualTo(201);
    }

    @Test
    void listsEverythingHeldAboutTheLearner() {
        seed();
        var data = admin.as(Identity.learner(id)).json("/api/learners/" + id + "/data");

        assertThat(data.path("properties").path("id").asString()).isEqualTo(id);
        assertThat(data.path("properties").path("name").asString()).isEqualTo(name);
        assertThat(data.path("labels")).extracting(l -> l.asString()).containsExactly("Learner");
        var relationships = data.path("relationships");
        var stored = driver.executableQuery("MATCH (:Learner {id: $id})-[r]-() RETURN count(r) AS n").withParameters(Map.of("id", id))
                .execute().records().get(0).get("n").asLong();
        assertThat(relationships).hasSize((int) stored).hasSize(4 + 1 + 2 + 2);
        assertThat(relationships).filteredOn(r -> r.path("type").asString().equals("EARNED"))
                .extracting(r -> r.path("node").path("id").asString() + " " + r.path("properties").path("date").asString()
                        + " " + r.path("properties").path("grade").asString())
                .containsExactlyInAnyOrder("hh-mc-spreadsheet-analytics 2023-05-19 4", "hh-mc-python-programming 2023-12-15 5",
                        "hh-mc-sql-basics 2024-03-22 3", "uca-mc-r-statistics 2025-09-26 15");
        assertThat(relationships).filteredOn(r -> r.path("type").asString().equals("GRANTS"))
                .extracting(r -> r.path("properties").path("role").asString() + " " + r.path("node").path("properties").path("id").asString())
                .containsExactlyInAnyOrder("ADVISER adviser-" + id, "ADVISER shared-adviser");
        assertThat(relationships).filteredOn(r -> r.path("type").asString().equals("AIMS_AT"))
                .extracting(r -> r.path("node").path("name").asString()).contains("data analyst");
        assertThat(data.path("notes")).isNotEmpty();
    }

    @Test
    void listsTheSeededLearnersWholeRecord() {
        var data = admin.json("/api/learners/learner-aino/data");
        var record = admin.json("/api/learners/learner-aino");
        assertThat(data.path("relationships")).filteredOn(r -> r.path("type").asString().equals("EARNED")).hasSize(record.path("earned").size());
        assertThat(data.path("relationships")).filteredOn(r -> r.path("type").asString().equals("HAS_SKILL")).hasSize(record.path("skills").size());
        assertThat(data.path("relationships")).filteredOn(r -> r.path("type").asString().equals("AIMS_AT")).hasSize(record.path("goals").size());
    }

    @Test
    void erasesTheLearnerLeavingNoTrace() {
        // another learner grants the same adviser: that account is theirs too and must stay
        var other = others.create("erasure-other");
        others.grant(other, "shared-adviser", "ADVISER");
        var before = GraphCounts.of(driver);
        seed();
        var adviser = admin.as(Identity.adviser("adviser-" + id));
        assertThat(adviser.get("/api/learners/" + id + "/plan/hh-cert-data-analytics?date=2025-10-01").status()).isEqualTo(200);
        assertThat(GraphCounts.of(driver)).isNotEqualTo(before);

        var self = admin.as(Identity.learner(id));
        assertThat(self.delete("/api/learners/" + id).status()).isEqualTo(204);

        assertThat(GraphCounts.of(driver)).as("the graph is as it was before the learner came").isEqualTo(before);
        assertThat(count("MATCH (n) WHERE any(k IN keys(n) WHERE n[k] IN [$id, $name, 'adviser-' + $id]"
                + " OR (n[k] IS :: LIST<ANY> AND any(v IN n[k] WHERE v IN [$id, $name]))) RETURN count(n) AS n")).isZero();
        assertThat(count("MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE r[k] IN [$id, $name]) RETURN count(r) AS n")).isZero();
        assertThat(count("MATCH (:Account {id: 'shared-adviser'})<-[:GRANTS]-(:Learner) RETURN count(*) AS n")).isEqualTo(1);

        // nothing answers for them any more, from any cache
        assertThat(self.get("/api/learners/" + id).status()).isEqualTo(404);
        assertThat(admin.get("/api/learners/" + id + "/stacking").status()).isEqualTo(404);
        assertThat(admin.get("/api/learners/" + id + "/plan/hh-cert-data-analytics").status()).isEqualTo(404);
        assertThat(admin.post("/api/plans", "application/json", "{\"learner\": \"" + id + "\", \"targets\": [\"hh-cert-data-analytics\"]}")
                .status()).isEqualTo(404);
        assertThat(adviser.get("/api/learners/" + id).status()).isEqualTo(403);
        assertThat(admin.get("/api/learners?size=200").json().path("items")).noneMatch(l -> l.path("id").asString().equals(id));
        assertThat(self.delete("/api/learners/" + id).status()).isEqualTo(404);
    }

    @Test
    void letsAnAdminEraseOnTheLearnersBehalf() {
        seed();
        assertThat(admin.delete("/api/learners/" + id).status()).isEqualTo(204);
        assertThat(count("MATCH (l:Learner {id: $id}) RETURN count(l) AS n")).isZero();
        admin.get("/api/learners/" + id + "/data").problem(404, null);
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).withParameters(Map.of("id", id, "name", name)).execute().records().get(0).get("n").asLong();
    }
}
