package org.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A cross-listed course over the API: one course under three codes (xl-CE-2305 declares sameAs the other two; the
 * relation is symmetric and transitive). A certificate names xl-CS-2305; a learner holding xl-TE-2305 meets it; a
 * learner holding two codes counts the course once; next steps and coverage list the course once with the other codes.
 */
@IntegrationTest
class CrossListedCoursesApiIT {

    private static final String SKILL = "urn:credpath:test:xl:discrete-maths";
    private static final String CATALOG = """
            format: credpath-catalog/1
            providers:
              - {id: xl-utd, name: Cross-listing Test University, country: US, type: university}
            skills:
              - {uri: "%1$s", label: "discrete mathematics (test)"}
            credentials:
              - {id: xl-CE-2305, kind: course, title: Discrete Mathematics I, provider: xl-utd, code: CE 2305, ects: 6,
                 sameAs: [xl-CS-2305, xl-TE-2305], outcomes: [{statement: Proves things, skills: ["%1$s"]}]}
              - {id: xl-CS-2305, kind: course, title: Discrete Mathematics I, provider: xl-utd, code: CS 2305, ects: 6,
                 outcomes: [{statement: Proves things, skills: ["%1$s"]}]}
              - {id: xl-TE-2305, kind: course, title: Discrete Mathematics I, provider: xl-utd, code: TE 2305, ects: 6,
                 outcomes: [{statement: Proves things, skills: ["%1$s"]}]}
              - id: xl-cert
                kind: certificate
                title: Foundations Certificate
                provider: xl-utd
                ects: 12
                requirements:
                  kind: AT_LEAST_CREDITS
                  credits: 12
                  children:
                    - {credential: xl-CS-2305}
                    - {filter: {codePrefix: "TE"}}
            learners:
              - id: xl-one
                earned: [{credential: xl-TE-2305, date: "2026-05-01"}]
              - id: xl-two
                earned: [{credential: xl-TE-2305, date: "2026-05-01"}, {credential: xl-CS-2305, date: "2025-12-01"}]
              - id: xl-none
            """.formatted(SKILL);

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;

    @AfterEach
    void removeTestData() {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE n.id STARTS WITH 'xl-' OR n.uri STARTS WITH 'urn:credpath:test:xl:'
                    OPTIONAL MATCH (n)-[:HAS_OUTCOME|HAS_REQUIREMENT]->(o)
                    OPTIONAL MATCH (o)-[:OPTION*0..]->(r:Requirement)
                    DETACH DELETE n, o, r""").consume();
        }
    }

    @Test
    @DisplayName("POST /api/admin/catalog with sameAs; GET audit, next-steps, coverage: one course under three codes")
    void oneCourseUnderThreeCodes() {
        var http = new Http(port);
        var loaded = http.post("/api/admin/catalog?name=xl.yaml", "application/yaml", CATALOG);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);

        // holding TE 2305 meets the leaf naming CS 2305 (the filter TE* is left for no one): 6 of 12 credits
        var one = http.json("/api/learners/xl-one/audit/xl-cert");
        assertThat(one.path("countedCredits").asDouble()).isEqualTo(6.0);
        // two codes of one course count once; the earlier one is said to be the same course
        var two = http.json("/api/learners/xl-two/audit/xl-cert");
        assertThat(two.path("countedCredits").asDouble()).as(two.toString()).isEqualTo(6.0);
        assertThat(two.path("met").asBoolean()).isFalse();
        assertThat(two.path("notCounted").get(0).path("credential").asString()).isEqualTo("xl-CS-2305");
        assertThat(two.path("notCounted").get(0).path("reason").asString()).isEqualTo("SAME_COURSE_HELD");
        assertThat(two.path("notCounted").get(0).path("detail").asString()).contains("the same course as xl-TE-2305");

        // next steps: one place for the course, under the lowest code, the others named
        var steps = http.json("/api/learners/xl-none/next-steps?skills=" + Http.encode(SKILL));
        assertThat(steps.path("items")).hasSize(1);
        var item = steps.path("items").get(0).path("credential");
        assertThat(item.path("id").asString()).isEqualTo("xl-CE-2305");
        var others = new ArrayList<String>();
        item.path("alsoOfferedAs").forEach(o -> others.add(o.path("code").asString()));
        assertThat(others).containsExactly("CS 2305", "TE 2305");
        // toward the certificate, under the code its rules take as itself (CS 2305, named; CE 2305 counts only as another code)
        var toward = http.json("/api/learners/xl-none/next-steps?credential=xl-cert").path("items");
        assertThat(toward).as(toward.toString()).hasSize(1);
        assertThat(toward.get(0).path("credential").path("id").asString()).isEqualTo("xl-CS-2305");
        // a learner holding one code gets no other code of it as a next step
        assertThat(http.json("/api/learners/xl-one/next-steps?credential=xl-cert").path("items").findValuesAsString("id"))
                .doesNotContain("xl-CE-2305", "xl-CS-2305", "xl-TE-2305");

        var coverage = http.json("/api/coverage?skills=" + Http.encode(SKILL));
        assertThat(coverage.path("perSkill").get(0).path("taughtBy")).hasSize(1);
        assertThat(coverage.path("bundle").path("size").asInt()).isEqualTo(1);

        var detail = http.json("/api/credentials/xl-TE-2305");
        assertThat(detail.path("sameAs").findValuesAsString("id")).containsExactly("xl-CE-2305", "xl-CS-2305");

        // TE 2305 leaves the group: only CE 2305 is written, and the snapshot's TE 2305 changes with it (incremental refresh)
        var split = http.post("/api/admin/catalog?name=xl.yaml", "application/yaml",
                CATALOG.replace("sameAs: [xl-CS-2305, xl-TE-2305]", "sameAs: [xl-CS-2305]"));
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        assertThat(http.json("/api/credentials/xl-TE-2305").path("sameAs")).isEmpty();
        var apart = http.json("/api/learners/xl-none/next-steps?skills=" + Http.encode(SKILL)).path("items");
        var listed = new ArrayList<String>();
        apart.forEach(i -> listed.add(i.path("credential").path("id").asString()));
        assertThat(listed).containsExactly("xl-CE-2305", "xl-TE-2305");
        assertThat(apart.get(1).path("credential").path("alsoOfferedAs")).isEmpty();
    }

    @Test
    @DisplayName("POST /api/admin/catalog: a sameAs naming the credential itself or nothing known is refused at its path")
    void refusesABadSameAs() {
        var http = new Http(port);
        var bad = CATALOG.replace("sameAs: [xl-CS-2305, xl-TE-2305]", "sameAs: [xl-CE-2305, xl-nowhere]");
        var refused = http.post("/api/admin/catalog?name=xl.yaml", "application/yaml", bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("credentials[0].sameAs[0]").contains("credentials[0].sameAs[1]");
    }
}
