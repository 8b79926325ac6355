package org.credpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Text wherever a goal or prior learning is asked for, on the seeded catalog's skills: a job ad as the profile of
 * employer coverage and of an adviser's batch, and a learner's account of prior learning turned into suggested skills
 * and, once confirmed, self-declared ones; with every kind of bad input.
 */
@IntegrationTest
@DisplayName("Text as a goal and as prior learning: POST /api/coverage, /api/recommendations/batch, /api/learners/{id}/prior-learning")
class SkillTextIT {

    private static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    private static final String JOB_AD = "We are hiring an analyst. You will write Python scripts and run our project management office.";

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;

    Http http;
    TestLearners learners;

    @BeforeEach
    void caller() {
        http = new Http(port).as(Identity.admin());
        learners = new TestLearners(driver);
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
    }

    @Test
    void aJobAdIsTheProfileOfEmployerCoverage() {
        var answer = ready("POST", "/api/coverage", "{\"text\": \"" + JOB_AD + "\"}");
        assertThat(answer.path("goal").path("type").asString()).isEqualTo("skills");
        assertThat(answer.path("perSkill").findValuesAsString("uri")).contains(PYTHON);
        assertThat(answer.path("taught").asInt()).isPositive();
    }

    @Test
    void badJobAdsAreProblemsNamingTheText() {
        ready("POST", "/api/coverage", "{\"text\": \"" + JOB_AD + "\"}");
        http.send("POST", "/api/coverage", "{\"text\": \"  \"}").problem(400, "text");
        var tooLong = http.send("POST", "/api/coverage", "{\"text\": \"" + "skills ".repeat(3000) + "\"}").problem(413, "text");
        assertThat(tooLong.path("limit").asInt()).isEqualTo(SkillExtraction.MAX_CHARACTERS);
        var french = http.send("POST", "/api/coverage",
                "{\"text\": \"Nous recherchons un analyste de données pour rejoindre notre équipe à Lyon.\"}").problem(400, "text");
        assertThat(french.path("detail").asString()).contains("English");
        http.send("POST", "/api/coverage", "{\"text\": \"The weather was lovely on Sunday and we went for a walk by the lake.\"}")
                .problem(400, "text");
        http.send("POST", "/api/coverage", "{\"text\": \"" + JOB_AD + "\", \"occupation\": \"x\"}").problem(400, "goal");
    }

    @Test
    void anAdvisersBatchTakesAJobAdAsItsGoal() {
        var learner = learners.create("text-batch");
        var answer = ready("POST", "/api/recommendations/batch",
                "{\"learners\": [\"" + learner + "\"], \"text\": \"" + JOB_AD + "\", \"date\": \"2025-09-01\"}");
        assertThat(answer.path("learners").asInt()).isEqualTo(1);
    }

    @Test
    void aLearnerConfirmsSuggestedSkillsAsSelfDeclared() {
        var learner = learners.create("prior-learning");
        var own = new Http(port).as(Identity.learner(learner));
        var text = "I taught myself Python and wrote scripts to automate reports at my last job.";
        var suggested = readyAs(own, "POST", "/api/learners/" + learner + "/prior-learning/suggestions", "{\"text\": \"" + text + "\"}");
        assertThat(suggested.path("skills").findValuesAsString("uri")).contains(PYTHON);

        var skills = own.send("POST", "/api/learners/" + learner + "/prior-learning",
                "{\"skills\": [\"" + PYTHON + "\"], \"text\": \"" + text + "\"}");
        assertThat(skills.status()).as(skills.text()).isEqualTo(200);
        var python = find(skills.json(), PYTHON);
        assertThat(python).as(skills.text()).isNotNull();
        assertThat(python.path("source").asString()).isIn("self-declared", "recognised");
    }

    @Test
    void badPriorLearningIsAProblemNamingTheField() {
        var learner = learners.create("prior-learning-bad");
        var path = "/api/learners/" + learner + "/prior-learning";
        http.send("POST", path + "/suggestions", "{\"text\": \"\"}").problem(400, "text");
        http.send("POST", path + "/suggestions", "{\"text\": \"" + "skills ".repeat(3000) + "\"}").problem(413, "text");
        http.send("POST", path, "{\"skills\": []}").problem(400, "skills");
        http.send("POST", path, "{\"skills\": [\"http://example.org/no-skill\"]}").problem(400, "skills[0]");
        assertThat(http.send("POST", "/api/learners/nobody-here/prior-learning", "{\"skills\": [\"" + PYTHON + "\"]}").status())
                .isEqualTo(404);
    }

    private JsonNode ready(String method, String path, String body) {
        return readyAs(http, method, path, body);
    }

    /** The answer once the matcher is built (503 until then). */
    private static JsonNode readyAs(Http caller, String method, String path, String body) {
        for (int attempt = 0; attempt < 240; attempt++) {
            var response = caller.send(method, path, body);
            if (response.status() != 503) {
                assertThat(response.status()).as(response.text()).isEqualTo(200);
                return response.json();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the skill matcher was not ready within 2 minutes");
    }

    private static JsonNode find(JsonNode skills, String uri) {
        for (var skill : skills) {
            if (skill.path("uri").asString().equals(uri)) {
                return skill;
            }
        }
        return null;
    }
}
