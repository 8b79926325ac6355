package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Audits of the seeded learners against the seed catalog's larger credentials, over HTTP. */
@IntegrationTest
class StackingApiIT {

    private static final String DATE = "?date=2026-11-22";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }


    private static List<String> reasons(JsonNode audit) {
        var out = new ArrayList<String>();
        audit.path("notCounted").forEach(n -> out.add(n.path("credential").asString() + ":" + n.path("reason").asString()));
        return out;
    }

    @Test
    @DisplayName("GET /api/learners/{id}/audit/{target}: Aino is one 4-ECTS elective short of the HH certificate")
    void auditsALearnerCloseToACertificate() {
        var audit = http.json("/api/learners/learner-aino/audit/hh-cert-data-analytics" + DATE);

        assertThat(audit.path("met").asBoolean()).isFalse();
        assertThat(audit.path("countedCredits").asDouble()).isEqualTo(26.0);
        assertThat(audit.path("missingCredits").asDouble()).isEqualTo(4.0);
        assertThat(audit.path("exact").asBoolean()).isTrue();
        assertThat(audit.path("tree").path("status").asString()).isEqualTo("PARTLY_MET");
        assertThat(audit.path("counted")).hasSize(7);
    }

    @Test
    @DisplayName("GET /api/learners/{id}/audit/{target}: expired credentials and low grades are explained")
    void explainsExpiredAndLowGradeHoldings() {
        var luka = http.json("/api/learners/learner-luka/audit/ul-cert-cybersecurity-ops" + DATE);
        var camille = http.json("/api/learners/learner-camille/audit/uca-degree-du-applied-ai" + DATE);

        assertThat(reasons(luka)).contains("ul-mc-cybersecurity-fundamentals:EXPIRED", "ul-mc-network-security:EXPIRED");
        assertThat(reasons(camille)).contains("uca-mc-machine-learning:GRADE_TOO_LOW");
    }

    @Test
    @DisplayName("POST /api/audit/what-if: one more module completes Aino's certificate")
    void whatIfCompletesTheCertificate() {
        var response = http.post("/api/audit/what-if", "application/json", """
                {"target": "hh-cert-data-analytics", "learner": "learner-aino", "date": "2026-11-22",
                 "holdings": [{"credential": "uca-mc-machine-learning", "grade": "15"}]}""");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().path("met").asBoolean()).isTrue();
        assertThat(response.json().path("missingCredits").asDouble()).isZero();
    }

    @Test
    @DisplayName("GET /api/learners/{id}/audit/{target}/compare: Marta's degree and, side by side, the HH certificate she could switch to")
    void comparesTwoProgrammesSideBySide() {
        var comparison = http.json("/api/learners/learner-marta/audit/uma-degree-experto-data-engineering/compare?with=hh-cert-data-analytics&"
                + DATE.substring(1));
        var current = comparison.path("current");
        var alternative = comparison.path("alternative");
        assertThat(current.path("target").asString()).isEqualTo("uma-degree-experto-data-engineering");
        assertThat(alternative.path("target").asString()).isEqualTo("hh-cert-data-analytics");
        assertThat(alternative.path("countedCredits").asDouble())
                .isEqualTo(http.json("/api/learners/learner-marta/audit/hh-cert-data-analytics" + DATE).path("countedCredits").asDouble());
        var still = new ArrayList<String>();
        comparison.path("stillCounts").forEach(c -> still.add(c.asString()));
        var onlyNow = new ArrayList<String>();
        comparison.path("countsOnlyInCurrent").forEach(c -> onlyNow.add(c.asString()));
        var countedNow = new ArrayList<String>();
        current.path("counted").forEach(c -> countedNow.add(c.path("credential").asString()));
        assertThat(still).isNotEmpty(); // the two share modules (uma-mc-database-design among them)
        assertThat(new java.util.TreeSet<>(countedNow)).isEqualTo(new java.util.TreeSet<>(java.util.stream.Stream.concat(still.stream(),
                onlyNow.stream()).toList()));

        http.get("/api/learners/learner-marta/audit/uma-degree-experto-data-engineering/compare" + DATE).problem(400, "with");
        http.get("/api/learners/learner-marta/audit/uma-degree-experto-data-engineering/compare?with=no-such" + DATE.replace('?', '&'))
                .problem(400, "with");
    }

    @Test
    @DisplayName("GET /api/learners/{id}/stacking: every larger credential holdings count toward, least left first")
    void discoversWhatHoldingsStackInto() {
        var options = http.json("/api/learners/learner-aino/stacking" + DATE);

        assertThat(options.size()).isGreaterThanOrEqualTo(2);
        assertThat(options.get(0).path("credential").asString()).isEqualTo("hh-cert-data-analytics");
        for (int i = 1; i < options.size(); i++) {
            assertThat(options.get(i).path("missingCredits").asDouble()).isGreaterThanOrEqualTo(options.get(i - 1).path("missingCredits").asDouble());
        }
        assertThat(http.json("/api/learners/learner-noora/stacking" + DATE)).isEmpty();
    }

    @Test
    void auditsEverySeededLearnerAgainstEveryLargerCredentialExactly() {
        var learners = http.json("/api/learners?size=50").path("items");
        var targets = new ArrayList<String>();
        for (var c : http.json("/api/credentials?size=200").path("items")) {
            // the seed's larger credentials (other tests sharing the store add credentials of their own, some without rules)
            if (c.path("seed").asBoolean() && !c.path("kind").asString().equals("micro-credential")) {
                targets.add(c.path("id").asString());
            }
        }
        assertThat(targets).hasSizeGreaterThanOrEqualTo(3);
        for (var learner : learners) {
            for (var target : targets) {
                var audit = http.json("/api/learners/" + learner.path("id").asString() + "/audit/" + target + DATE);
                assertThat(audit.path("exact").asBoolean()).isTrue();
                assertThat(audit.path("counted").size() + audit.path("notCounted").size())
                        .as("every holding is accounted for").isEqualTo(learner.path("holdings").asInt());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/api/learners/nobody/audit/hh-cert-data-analytics, 404, ",
            "/api/learners/learner-aino/audit/nothing, 404, ",
            "/api/learners/learner-aino/audit/hh-mc-sql-basics, 400, target",
            "/api/learners/learner-aino/audit/hh-cert-data-analytics?date=yesterday, 400, date",
            "/api/learners/nobody/stacking, 404, ",
    })
    void answersProblemDetails(String path, int status, String parameter) {
        http.get(path).problem(status, parameter);
    }

    @Test
    void whatIfRejectsUnknownCredentialsAndMalformedBodies() {
        var unknown = http.post("/api/audit/what-if", "application/json",
                "{\"target\": \"hh-cert-data-analytics\", \"holdings\": [{\"credential\": \"ghost\"}]}");
        var malformed = http.post("/api/audit/what-if", "application/json", "{\"target\": ");
        var noTarget = http.post("/api/audit/what-if", "application/json", "{\"holdings\": []}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("parameter").asString()).isEqualTo("holdings[0].credential");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(noTarget.json().path("parameter").asString()).isEqualTo("target");
    }
}
