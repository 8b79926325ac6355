package org.credpath.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hierarchy rule over the API, on skills a catalog load adds (which also shows the skill index refreshing). */
@IntegrationTest
class HierarchyApiIT {

    private static final String NARROW = "urn:credpath:test:rec:python";
    private static final String BROAD = "urn:credpath:test:rec:programming";
    private static final String CATALOG = """
            format: credpath-catalog/1
            providers:
              - {id: rec-provider, name: Recommend Test Academy, country: DE, type: company}
            skills:
              - {uri: "%s", label: "programming (test)"}
              - {uri: "%s", label: "python (test)", broader: ["%s"]}
            credentials:
              - id: rec-mc-python
                kind: micro-credential
                title: Python for Tests
                provider: rec-provider
                ects: 2
                eqfLevel: 5
                assessment: Project
                participation: online
                qualityAssurance: ISO 21001 certified
                language: de
                durationWeeks: 3
                price: 49
                currency: EUR
                access: open
                outcomes: [{statement: Writes Python, skills: ["%s"]}]
            learners:
              - id: rec-learner
                skills: [{skill: "%s", source: self-declared}]
            """.formatted(BROAD, NARROW, BROAD, NARROW, NARROW);

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;

    @AfterEach
    void removeTestData() {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE n.id STARTS WITH 'rec-' OR n.uri STARTS WITH 'urn:credpath:test:rec:'
                    OPTIONAL MATCH (n)-[:HAS_OUTCOME]->(o)
                    DETACH DELETE n, o""").consume();
        }
    }

    @Test
    @DisplayName("GET /api/learners/{id}/skill-gap: a narrower skill (prior learning) counts for its broader skill; a credential teaching it teaches both")
    void countsANarrowerSkillForItsBroaderSkillOnly() {
        var http = new Http(port);
        var loaded = http.post("/api/admin/catalog?name=rec.yaml", "application/yaml", CATALOG);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);

        var gap = http.json("/api/learners/rec-learner/skill-gap?skills=" + Http.encode(BROAD));
        assertThat(gap.path("essentialHeld").asInt()).isEqualTo(1);
        assertThat(gap.path("held").get(0).path("via").get(0).path("skill").asString()).isEqualTo(NARROW);
        assertThat(gap.path("held").get(0).path("via").get(0).path("source").asString()).isEqualTo("self-declared");

        var coverage = http.json("/api/coverage?skills=" + Http.encode(BROAD) + "," + Http.encode(NARROW));
        coverage.path("perSkill").forEach(s -> assertThat(s.path("taughtBy").get(0).path("id").asString()).isEqualTo("rec-mc-python"));
        assertThat(coverage.path("bundle").path("size").asInt()).isEqualTo(1);
    }
}
