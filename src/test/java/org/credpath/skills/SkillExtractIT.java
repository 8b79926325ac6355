package org.credpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.credpath.support.Http;
import org.credpath.support.Http.Identity;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** POST /api/skills/extract on the seeded catalog's skills: found skills with evidence, and every kind of bad input. */
@IntegrationTest
class SkillExtractIT {

    private static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void caller() {
        http = new Http(port).as(Identity.learner("learner-aino"));
    }

    @Test
    void findsTheSkillsOfATextWithConfidenceAndEvidence() {
        var text = "We are hiring an analyst. You will write Python scripts and run our project management office.";
        var answer = extract("{\"text\": \"" + text + "\"}");
        assertThat(answer.path("english").asBoolean()).isTrue();
        var python = find(answer, PYTHON);
        assertThat(python).as(answer.toString()).isNotNull();
        assertThat(python.path("confidence").asDouble()).isBetween(0.5, 1.0);
        var evidence = python.path("evidence");
        assertThat(evidence.path("text").asString()).isEqualTo("Python");
        assertThat(text.substring(evidence.path("start").asInt(), evidence.path("end").asInt())).isEqualTo("Python");
        assertThat(evidence.path("sentence").asString()).isEqualTo("You will write Python scripts and run our project management office.");
    }

    @Test
    void aTextWithoutSkillsGivesAnEmptyList() {
        var answer = extract("{\"text\": \"The weather was lovely on Sunday and we went for a walk by the lake.\"}");
        assertThat(answer.path("skills").size()).as(answer.toString()).isZero();
    }

    @Test
    void nonEnglishTextIsSaidToBeUnsupported() {
        var answer = extract("{\"text\": \"Nous recherchons un analyste de données pour rejoindre notre équipe à Lyon.\"}");
        assertThat(answer.path("english").asBoolean()).isFalse();
        assertThat(answer.path("skills").size()).isZero();
        assertThat(answer.path("note").asString()).contains("English");
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        http.send("POST", "/api/skills/extract", "{\"text\": \"  \"}").problem(400, "text");
        var tooLong = http.send("POST", "/api/skills/extract", "{\"text\": \"" + "skills ".repeat(3000) + "\"}").problem(413, "text");
        assertThat(tooLong.path("limit").asInt()).isEqualTo(SkillExtraction.MAX_CHARACTERS);
        http.send("POST", "/api/skills/extract", "{\"text\": \"python\", \"minConfidence\": 2}").problem(400, "minConfidence");
        http.send("POST", "/api/skills/extract", "{\"text\": \"python\", \"limit\": 0}").problem(400, "limit");
        http.send("POST", "/api/skills/extract", "{\"text\": \"python\", \"occupation\": \"http://example.org/none\"}")
                .problem(400, "occupation");
    }

    @Test
    void anonymousCallersAreRefused() {
        var response = http.anonymous().send("POST", "/api/skills/extract", "{\"text\": \"python\"}");
        assertThat(response.status()).isEqualTo(401);
    }

    /** The answer once the matcher is built (503 until then: the seed's label vectors take seconds on a cold cache). */
    private JsonNode extract(String body) {
        for (int attempt = 0; attempt < 240; attempt++) {
            var response = http.send("POST", "/api/skills/extract", body);
            if (response.status() != 503) {
                assertThat(response.status()).as(response.text()).isEqualTo(200);
                return response.json();
            }
            assertThat(response.header("Retry-After")).isEqualTo("10");
            sleep();
        }
        throw new AssertionError("the skill matcher was not ready within 2 minutes");
    }

    private static JsonNode find(JsonNode answer, String uri) {
        for (var skill : answer.path("skills")) {
            if (skill.path("uri").asString().equals(uri)) {
                return skill;
            }
        }
        return null;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
