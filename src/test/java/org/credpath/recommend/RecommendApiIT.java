package org.credpath.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Recommendations over the API for the seeded learners and occupations. */
@IntegrationTest
class RecommendApiIT {

    static final String DATE = "2026-11-22";
    static final String DATA_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
    static final String SOFTWARE_DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    static final String STATISTICAL_ANALYSIS = "http://data.europa.eu/esco/skill/382c11ed-20d5-4ae7-b60e-15fec527fa6c";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static Set<String> uris(JsonNode list) {
        var result = new HashSet<String>();
        list.forEach(s -> result.add(s.path("uri").asString()));
        return result;
    }

    @Test
    @DisplayName("GET /api/learners/{id}/skill-gap: Aino's declared occupation, what she holds through which credential, and who teaches the rest")
    void showsTheSkillGapTowardTheDeclaredOccupation() {
        var gap = http.json("/api/learners/learner-aino/skill-gap?date=" + DATE);

        assertThat(gap.path("goal").path("id").asString()).isEqualTo(DATA_ANALYST);
        assertThat(gap.path("essentialHeld").asInt() + gap.path("essentialGap").size()).isEqualTo(gap.path("essentialTotal").asInt());
        var statistics = gap.path("held").valueStream().filter(h -> h.path("uri").asString().equals(STATISTICAL_ANALYSIS)).findFirst().orElseThrow();
        assertThat(statistics.path("via").valueStream().map(v -> v.path("credential").asString()))
                .contains("hh-mc-statistics-foundations", "uca-mc-r-statistics");
        assertThat(gap.path("essentialGap")).isNotEmpty();
        gap.path("essentialGap").forEach(m -> assertThat(m.path("taughtBy").size()).isLessThanOrEqualTo(m.path("teachingCredentials").asInt()));
        assertThat(gap.path("essentialCoverage").asDouble()).isBetween(0.0, 100.0);
    }

    @Test
    @DisplayName("GET /api/learners/{id}/skill-gap?with=: a what-if credential closes the gap skills it teaches, nothing is stored; an unknown one is a 400")
    void aWhatIfCredentialClosesTheGapSkillsItTeaches() {
        var gap = http.json("/api/learners/learner-aino/skill-gap?date=" + DATE);
        var missing = gap.path("essentialGap").valueStream().filter(m -> m.path("taughtBy").size() > 0).findFirst().orElseThrow();
        var teacher = missing.path("taughtBy").get(0).path("id").asString();

        var assumed = http.json("/api/learners/learner-aino/skill-gap?date=" + DATE + "&with=" + Http.encode(teacher));

        assertThat(assumed.path("essentialHeld").asInt()).isGreaterThan(gap.path("essentialHeld").asInt());
        assertThat(assumed.path("essentialGap").valueStream().map(m -> m.path("uri").asString())).doesNotContain(missing.path("uri").asString());
        assertThat(assumed.path("held").valueStream().filter(h -> h.path("uri").asString().equals(missing.path("uri").asString()))
                .flatMap(h -> h.path("via").valueStream()).map(v -> v.path("credential").asString())).contains(teacher);
        assertThat(http.json("/api/learners/learner-aino/skill-gap?date=" + DATE).path("essentialHeld").asInt())
                .isEqualTo(gap.path("essentialHeld").asInt());
        http.get("/api/learners/learner-aino/skill-gap?with=" + Http.encode(teacher) + "&with=no-such-credential").problem(400, "with[1]");
    }

    @Test
    @DisplayName("GET /api/learners/{id}/next-steps: ranked by the documented score, each with its explanation, all open to the learner now")
    void ranksNextStepsWithExplanations() {
        var steps = http.json("/api/learners/learner-noora/next-steps?k=5&date=" + DATE);

        assertThat(steps.path("formula").asString()).startsWith("score = ");
        var items = steps.path("items");
        assertThat(items).isNotEmpty();
        double previous = Double.MAX_VALUE;
        for (var item : items) {
            var parts = item.path("parts");
            double sum = parts.path("essential").asDouble() + parts.path("optional").asDouble() + parts.path("unlock").asDouble()
                    + parts.path("stacking").asDouble();
            assertThat(item.path("score").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
            assertThat(item.path("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = item.path("score").asDouble();
            assertThat(item.path("coversEssential").size() + item.path("coversOptional").size() + item.path("unlocks").size()
                    + item.path("stacksInto").size()).isPositive();
            var credential = http.json("/api/credentials/" + item.path("credential").path("id").asString());
            assertThat(credential.path("prerequisites").isMissingNode() || credential.path("prerequisites").isNull())
                    .as("Noora holds nothing, so nothing with an entry rule is open to her: " + credential.path("id")).isTrue();
        }
        var cheap = http.json("/api/learners/learner-noora/next-steps?maxPrice=0&language=en&date=" + DATE).path("items");
        cheap.forEach(i -> assertThat(i.path("credential").path("price").asDouble()).isZero());
    }

    @Test
    @DisplayName("GET /api/learners/{id}/route: Elena's route to software developer covers every essential gap skill some credential teaches")
    void routesToAnOccupation() {
        var route = http.json("/api/learners/learner-elena/route?occupation=" + Http.encode(SOFTWARE_DEVELOPER) + "&date=" + DATE);

        assertThat(route.path("status").asString()).isEqualTo("OPTIMAL");
        assertThat(route.path("essentialCovered").asInt() + route.path("untaught").size() + route.path("excluded").size())
                .isEqualTo(route.path("essentialGap").asInt());
        var covered = new HashSet<String>();
        route.path("credentials").forEach(step -> covered.addAll(uris(step.path("coversEssential"))));
        assertThat(covered).hasSize(route.path("essentialCovered").asInt());
        double ects = 0;
        for (var step : route.path("credentials")) {
            ects += step.path("credential").path("ects").asDouble();
            assertThat(step.path("term").asInt()).isPositive();
        }
        assertThat(route.path("totalEcts").asDouble()).isCloseTo(ects, org.assertj.core.data.Offset.offset(0.001));
        var gap = http.json("/api/learners/learner-elena/skill-gap?occupation=" + Http.encode(SOFTWARE_DEVELOPER) + "&date=" + DATE);
        var untaught = uris(route.path("untaught"));
        gap.path("essentialGap").forEach(m -> {
            if (m.path("teachingCredentials").asInt() == 0) {
                assertThat(untaught).contains(m.path("uri").asString());
            }
        });
    }

    @Test
    @DisplayName("GET /api/learners/{id}/route?credential=: a credential goal is routed by its stacking plan")
    void routesToACredentialByItsStackingPlan() {
        var route = http.json("/api/learners/learner-aino/route?credential=hh-cert-data-analytics&date=" + DATE);
        assertThat(route.path("method").asString()).startsWith("stacking plan of hh-cert-data-analytics");
        assertThat(route.path("totalEcts").asDouble()).isEqualTo(4.0);
    }

    @Test
    @DisplayName("POST /api/recommendations/batch: next steps and routes for a cohort toward one goal")
    void answersForACohort() {
        var response = http.post("/api/recommendations/batch", "application/json", """
                {"learners": ["learner-aino", "learner-marta", "learner-noora"], "occupation": "%s", "k": 3, "routes": true, "date": "%s"}"""
                .formatted(DATA_ANALYST, DATE));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        var items = response.json().path("items");
        assertThat(items).hasSize(3);
        for (var item : items) {
            assertThat(item.path("nextSteps").path("items").size()).isLessThanOrEqualTo(3);
            assertThat(item.path("route").path("status").asString()).isEqualTo("OPTIMAL");
            assertThat(item.path("route").path("goal").path("id").asString()).isEqualTo(DATA_ANALYST);
        }
        assertThat(items.get(0).path("essentialCoverage").asDouble()).isGreaterThan(items.get(2).path("essentialCoverage").asDouble());
    }

    @Test
    @DisplayName("GET /api/coverage: per skill who teaches it, coverage, and the smallest bundle covering every taught skill")
    void coversAnOccupationForAnEmployer() {
        var coverage = http.json("/api/coverage?occupation=" + Http.encode(DATA_ANALYST));

        var taught = new HashSet<String>();
        coverage.path("perSkill").forEach(s -> {
            if (s.path("teachingCredentials").asInt() > 0) {
                taught.add(s.path("uri").asString());
                assertThat(s.path("taughtBy").get(0).path("provider").asString()).isNotBlank();
            }
        });
        assertThat(coverage.path("taught").asInt()).isEqualTo(taught.size());
        assertThat(coverage.path("coverage").asDouble()).isEqualTo(Math.round(1000.0 * taught.size() / coverage.path("skills").asInt()) / 10.0);
        var bundled = new HashSet<String>();
        coverage.path("bundle").path("credentials").forEach(c -> bundled.addAll(uris(c.path("covers"))));
        assertThat(bundled).containsAll(taught);
        assertThat(coverage.path("bundle").path("status").asString()).isEqualTo("OPTIMAL");
        assertThat(coverage.path("bundle").path("size").asInt()).isEqualTo(coverage.path("bundle").path("credentials").size());

        var posted = http.post("/api/coverage", "application/json", """
                {"skills": ["%s"], "countries": ["FI"]}""".formatted(STATISTICAL_ANALYSIS));
        assertThat(posted.status()).as(posted.text()).isEqualTo(200);
        posted.json().path("perSkill").get(0).path("taughtBy").forEach(t -> assertThat(t.path("country").asString()).isEqualTo("FI"));
    }

    @Test
    @DisplayName("Recommendation problems: unknown goal 404, empty profile 422, contradictory or bad filters 400")
    void answersMistakesWithProblemDetails() {
        http.get("/api/learners/learner-aino/next-steps?occupation=" + Http.encode("http://data.europa.eu/esco/occupation/nope"))
                .problem(404, null);
        http.get("/api/learners/nobody-such/skill-gap").problem(404, null);
        http.get("/api/learners/learner-aino/route?skills=").problem(422, null);
        http.get("/api/learners/learner-aino/next-steps?minEqfLevel=7&maxEqfLevel=5").problem(400, "minEqfLevel");
        http.get("/api/learners/learner-aino/next-steps?maxPrice=-1").problem(400, "maxPrice");
        http.get("/api/learners/learner-aino/next-steps?provider=hh&country=FR").problem(400, "country");
        http.get("/api/learners/learner-aino/route?credential=hh-cert-data-analytics&occupation=" + Http.encode(DATA_ANALYST)).problem(400, "goal");
        http.get("/api/learners/learner-aino/next-steps?k=0").problem(400, "k");
        http.get("/api/coverage").problem(400, "occupation");
        http.post("/api/recommendations/batch", "application/json", "{\"learners\": [\"learner-aino\"]}").problem(400, "occupation");
        http.post("/api/recommendations/batch", "application/json",
                "{\"learners\": [\"learner-aino\", \"ghost\"], \"occupation\": \"" + DATA_ANALYST + "\"}").problem(404, null);
    }
}
