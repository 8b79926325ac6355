package org.credpath.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Optimal completion plans for the seeded learners, checked against the audit. */
@IntegrationTest
class PlanApiIT {

    private static final String DATE = "2026-11-22";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** The audit of the learner's holdings plus the plan, each planned credential passed with a top grade (plans assume the minimum is met). */
    private JsonNode whatIf(String learner, String target, JsonNode plan) {
        var holdings = new ArrayList<String>();
        plan.path("credentials").forEach(c -> holdings.add("{\"credential\": \"" + c.path("id").asString() + "\", \"grade\": \"20\"}"));
        var response = http.post("/api/audit/what-if", "application/json", """
                {"target": "%s", "learner": "%s", "date": "%s", "holdings": [%s]}""".formatted(target, learner, DATE, String.join(",", holdings)));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    @DisplayName("GET /api/learners/{id}/plan/{target}: Aino needs one 4-ECTS module, and taking it meets the certificate")
    void plansTheRestOfACertificate() {
        var plan = http.json("/api/learners/learner-aino/plan/hh-cert-data-analytics?date=" + DATE);

        assertThat(plan.path("status").asString()).isEqualTo("OPTIMAL");
        assertThat(plan.path("totalEcts").asDouble()).isEqualTo(4.0);
        assertThat(plan.path("terms")).hasSize(1);
        assertThat(whatIf("learner-aino", "hh-cert-data-analytics", plan).path("met").asBoolean()).isTrue();
    }

    @Test
    void everySeededLearnerGetsAnOptimalPlanThatTheAuditConfirms() {
        int plans = 0;
        for (var learner : http.json("/api/learners?size=50").path("items")) {
            var id = learner.path("id").asString();
            for (var target : new String[] {"hh-cert-data-analytics", "ul-cert-cybersecurity-ops", "uca-cert-green-digital", "uca-degree-du-applied-ai"}) {
                var response = http.get("/api/learners/" + id + "/plan/" + target + "?date=" + DATE);
                if (response.status() == 422) {
                    assertThat(response.json().path("blockers")).isNotEmpty();
                    continue;
                }
                assertThat(response.status()).as(response.text()).isEqualTo(200);
                assertThat(response.json().path("status").asString()).isEqualTo("OPTIMAL");
                assertThat(whatIf(id, target, response.json()).path("met").asBoolean()).as(id + " -> " + target).isTrue();
                plans++;
            }
        }
        assertThat(plans).isGreaterThanOrEqualTo(20);
    }

    @Test
    @DisplayName("POST /api/plans: one plan for two targets meets both, within their shared-credit limits")
    void plansSeveralTargetsAtOnce() {
        var both = http.post("/api/plans", "application/json", """
                {"learner": "learner-aino", "date": "%s", "targets": ["hh-cert-data-analytics", "uca-degree-du-applied-ai"]}""".formatted(DATE));
        var first = http.json("/api/learners/learner-aino/plan/hh-cert-data-analytics?date=" + DATE).path("totalEcts").asDouble();
        var second = http.json("/api/learners/learner-aino/plan/uca-degree-du-applied-ai?date=" + DATE).path("totalEcts").asDouble();

        assertThat(both.status()).as(both.text()).isEqualTo(200);
        assertThat(both.json().path("status").asString()).isEqualTo("OPTIMAL");
        // both certificates cap credits shared with another at 10 ECTS, and Aino's holdings already count
        // toward both, so the joint plan may cost more than the two separate plans, never less than either
        assertThat(both.json().path("totalEcts").asDouble()).isGreaterThanOrEqualTo(Math.max(first, second));
        assertThat(whatIf("learner-aino", "uca-degree-du-applied-ai", both.json()).path("met").asBoolean()).isTrue();
        assertThat(whatIf("learner-aino", "hh-cert-data-analytics", both.json()).path("met").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("A target no allowed credential can complete is a 422 naming the blocking rule nodes")
    void explainsAnUnsatisfiableTarget() {
        var response = http.get("/api/learners/learner-noora/plan/ul-cert-cybersecurity-ops?maxPrice=0&date=" + DATE);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var blocker = response.json().path("blockers").get(0);
        assertThat(blocker.path("node").asString()).startsWith("ul-cert-cybersecurity-ops/requirements");
        assertThat(blocker.path("reason").asString()).contains("price");
    }

    @ParameterizedTest
    @CsvSource({
            "/api/learners/learner-aino/plan/hh-cert-data-analytics?metric=cheapest, 400, metric",
            "/api/learners/learner-aino/plan/hh-cert-data-analytics?termCredits=0, 400, termCredits",
            "/api/learners/learner-aino/plan/hh-cert-data-analytics?maxPrice=-5, 400, maxPrice",
            "/api/learners/learner-aino/plan/hh-cert-data-analytics?participation=remote, 400, participation",
            "/api/learners/learner-aino/plan/hh-mc-sql-basics, 400, targets[0]",
            "/api/learners/learner-aino/plan/nothing, 404, ",
            "/api/learners/nobody/plan/hh-cert-data-analytics, 404, ",
    })
    void rejectsBadOptions(String path, int status, String parameter) {
        http.get(path).problem(status, parameter);
    }

    @Test
    void aPlanRequestNeedsTargets() {
        var response = http.post("/api/plans", "application/json", "{\"learner\": \"learner-aino\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("parameter").asString()).isEqualTo("targets");
    }
}
