package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.credpath.catalog.CatalogService;
import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * POST /api/learners/{id}/audit/joint over HTTP, on a small catalog loaded through the catalog format: a major and a
 * minor whose rules say "at most 1 course may also count toward the major" (maxSharedWith), a learner holding three
 * courses both could use.
 */
@IntegrationTest
class JointAuditApiIT {

    private static final String CATALOG = """
            format: credpath-catalog/1
            providers:
              - {id: joint-uni, name: Joint University, country: DE, type: university}
            credentials:
              - {id: joint-cs1, kind: course, title: Programming, provider: joint-uni, code: CS1, ects: 6}
              - {id: joint-cs2, kind: course, title: Data Structures, provider: joint-uni, code: CS2, ects: 6}
              - {id: joint-cs3, kind: course, title: Algorithms, provider: joint-uni, code: CS3, ects: 6}
              - {id: joint-cs4, kind: course, title: Databases, provider: joint-uni, code: CS4, ects: 6}
              - id: joint-major
                kind: degree
                title: Computing Major
                provider: joint-uni
                requirements: {kind: AT_LEAST_K_OF, k: 2, label: Two CS courses, children: [{filter: {codePrefix: CS}}]}
              - id: joint-minor
                kind: certificate
                title: Computing Minor
                provider: joint-uni
                requirements:
                  kind: ALL_OF
                  label: Minor
                  maxSharedWith: {joint-major: 1}
                  children: [{credential: joint-cs1}, {credential: joint-cs2}]
            learners:
              - id: joint-learner
                earned:
                  - {credential: joint-cs1, date: 2025-03-01, verified: true}
                  - {credential: joint-cs2, date: 2025-03-01, verified: true}
                  - {credential: joint-cs3, date: 2025-03-01, verified: true}
            """;

    @Autowired
    CatalogService catalog;
    @Autowired
    Driver driver;
    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void load() {
        http = new Http(port);
        catalog.loadFile("joint.yaml", CATALOG);
    }

    @AfterEach
    void remove() {
        try (var session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE n.id STARTS WITH 'joint-'
                    OPTIONAL MATCH (n)-[:HAS_OUTCOME|HAS_PREREQUISITE|HAS_REQUIREMENT]->(owned)
                    OPTIONAL MATCH (owned)-[:OPTION*0..]->(r:Requirement)
                    DETACH DELETE n, owned, r""").consume();
        }
    }

    private Http.Response joint(String body) {
        return http.post("/api/learners/joint-learner/audit/joint", "application/json", body);
    }

    @Test
    void auditsMajorAndMinorTogetherWithinTheMinorsCap() {
        var response = joint("{\"targets\": [\"joint-major\", \"joint-minor\"], \"date\": \"2026-11-22\"}");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        var answer = response.json();
        assertThat(answer.path("targetsMet").asInt()).isEqualTo(2);
        assertThat(answer.path("exact").asBoolean()).isTrue();
        var cap = answer.path("caps").get(0);
        assertThat(cap.path("max").asInt()).isEqualTo(1);
        assertThat(cap.path("used").asInt()).isLessThanOrEqualTo(1);
        assertThat(cap.path("source").asString()).isEqualTo("rules of joint-minor");
        var major = answer.path("audits").get(0);
        assertThat(major.path("target").asString()).isEqualTo("joint-major");
        assertThat(major.path("met").asBoolean()).isTrue();
        assertThat(major.path("counted")).hasSize(2);
        assertThat(reasons(major)).hasSize(1);
        assertThat(answer.path("audits").get(1).path("met").asBoolean()).isTrue();
    }

    @Test
    void theCredentialShowsItsCap() {
        var minor = http.json("/api/credentials/joint-minor");

        assertThat(minor.path("requirements").path("maxSharedWith").path("joint-major").asInt()).as(minor.toString()).isEqualTo(1);
        assertThat(http.json("/api/credentials/joint-major").path("requirements").has("maxSharedWith")).isFalse();
    }

    @Test
    void anAdvisersCapOverridesTheRules() {
        var none = joint("{\"targets\": [\"joint-major\", \"joint-minor\"], \"caps\": [{\"between\": [\"joint-minor\", \"joint-major\"], \"max\": 0}],"
                + " \"date\": \"2026-11-22\"}").json();
        var any = joint("{\"targets\": [\"joint-major\", \"joint-minor\"], \"caps\": [{\"between\": [\"joint-minor\", \"joint-major\"]}],"
                + " \"date\": \"2026-11-22\"}").json();

        assertThat(none.path("targetsMet").asInt()).as("three courses, four places and nothing shared").isEqualTo(1);
        assertThat(none.path("shared")).isEmpty();
        assertThat(none.path("caps").get(0).path("source").asString()).isEqualTo("request");
        assertThat(any.path("targetsMet").asInt()).isEqualTo(2);
        assertThat(any.path("method").asString()).isEqualTo("INDEPENDENT");
        assertThat(any.path("caps").get(0).path("max").isNull()).isTrue();
    }

    @Test
    void namesWhatIsWrongInARequest() {
        joint("{\"targets\": [\"joint-major\"]}").problem(400, "targets");
        joint("{\"targets\": [\"joint-major\", \"joint-major\"]}").problem(400, "targets[1]");
        joint("{\"targets\": [\"joint-major\", \"joint-nothing\"]}").problem(400, "targets[1]");
        joint("{\"targets\": [\"joint-major\", \"joint-cs1\"]}").problem(400, "targets[1]");
        joint("{\"targets\": [\"joint-major\", \"joint-minor\"], \"caps\": [{\"between\": [\"joint-major\"]}]}").problem(400, "caps[0].between");
        joint("{\"targets\": [\"joint-major\", \"joint-minor\"], \"caps\": [{\"between\": [\"joint-major\", \"joint-cs1\"]}]}")
                .problem(400, "caps[0].between[1]");
        joint("{\"targets\": [\"joint-major\", \"joint-minor\"], \"caps\": [{\"between\": [\"joint-major\", \"joint-minor\"], \"max\": -1}]}")
                .problem(400, "caps[0].max");
        assertThat(http.post("/api/learners/nobody-here/audit/joint", "application/json",
                "{\"targets\": [\"joint-major\", \"joint-minor\"]}").status()).isEqualTo(404);
    }

    @Test
    void aLearnerAuditsTheirOwnAndNotAnothersAndMayNotWaive() {
        var own = http.as(Http.Identity.learner("joint-learner"));
        assertThat(own.post("/api/learners/joint-learner/audit/joint", "application/json",
                "{\"targets\": [\"joint-major\", \"joint-minor\"]}").status()).isEqualTo(200);
        assertThat(own.post("/api/learners/joint-learner/audit/joint", "application/json",
                "{\"targets\": [\"joint-major\", \"joint-minor\"], \"waive\": [\"*\"]}").status()).isEqualTo(403);
        var other = http.as(Http.Identity.learner("learner-aino"));
        assertThat(other.post("/api/learners/joint-learner/audit/joint", "application/json",
                "{\"targets\": [\"joint-major\", \"joint-minor\"]}").status()).isEqualTo(403);
        assertThat(http.anonymous().post("/api/learners/joint-learner/audit/joint", "application/json",
                "{\"targets\": [\"joint-major\", \"joint-minor\"]}").status()).isEqualTo(401);
    }

    @Test
    void aPlanForBothKeepsTheSameCapsAsTheJointAudit() {
        var rules = http.post("/api/plans", "application/json",
                "{\"learner\": \"joint-learner\", \"targets\": [\"joint-major\", \"joint-minor\"], \"date\": \"2026-11-22\"}");
        var none = http.post("/api/plans", "application/json", "{\"learner\": \"joint-learner\", \"targets\": [\"joint-major\", \"joint-minor\"],"
                + " \"date\": \"2026-11-22\", \"caps\": [{\"between\": [\"joint-major\", \"joint-minor\"], \"max\": 0}]}");

        assertThat(rules.status()).as(rules.text()).isEqualTo(200);
        assertThat(rules.json().path("credentials")).as("the joint audit already meets both within the minor's cap").isEmpty();
        assertThat(none.status()).as(none.text()).isEqualTo(200);
        assertThat(none.json().path("credentials")).extracting(c -> c.path("id").asString()).containsExactly("joint-cs4");
        http.post("/api/plans", "application/json", "{\"targets\": [\"joint-major\", \"joint-minor\"], \"caps\": [{\"between\": [\"joint-major\"]}]}")
                .problem(400, "caps[0].between");
    }

    @Test
    void theStackingListAuditsTheStartedProgrammesTogetherWhenAsked() {
        for (var programme : List.of("joint-major", "joint-minor")) {
            var started = http.put("/api/learners/joint-learner/programmes/" + programme, "application/json", "{\"start\": \"2024-09-01\"}");
            assertThat(started.status()).as(started.text()).isEqualTo(200);
        }

        var alone = http.json("/api/learners/joint-learner/stacking?date=2026-11-22");
        var together = http.json("/api/learners/joint-learner/stacking?date=2026-11-22&joint=true");

        assertThat(option(alone, "joint-major").path("auditedWith")).isEmpty();
        var major = option(together, "joint-major");
        assertThat(major.path("auditedWith")).extracting(JsonNode::asString).containsExactly("joint-minor");
        assertThat(major.path("met").asBoolean()).isTrue();
        assertThat(option(together, "joint-minor").path("met").asBoolean()).isTrue();
        assertThat(major.path("holdingsCounted").asInt() + option(together, "joint-minor").path("holdingsCounted").asInt())
                .as("four places, three courses, one shared").isEqualTo(4);
    }

    private static JsonNode option(JsonNode list, String credential) {
        for (var option : list) {
            if (option.path("credential").asString().equals(credential)) {
                return option;
            }
        }
        throw new AssertionError(credential + " not listed: " + list);
    }

    private static List<String> reasons(JsonNode audit) {
        var out = new ArrayList<String>();
        audit.path("notCounted").forEach(n -> out.add(n.path("credential").asString() + ":" + n.path("reason").asString()));
        return out;
    }
}
