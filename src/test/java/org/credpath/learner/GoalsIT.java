package org.credpath.learner;

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

@IntegrationTest
@DisplayName("PUT /api/learners/{id}/goals: a learner declares their goals")
class GoalsIT {

    static final String DATA_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    TestLearners learners;
    String learner;
    Http self;

    @BeforeEach
    void setUp() {
        learners = new TestLearners(driver);
        learner = learners.create("goals");
        self = new Http(port).as(Identity.learner(learner));
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
    }

    @Test
    void replacesTheGoalsWhole() {
        var stored = self.put("/api/learners/" + learner + "/goals", "application/json",
                "[{\"occupation\": \"" + DATA_ANALYST + "\"}, {\"credential\": \"ul-cert-cybersecurity-ops\"}]");
        assertThat(stored.status()).as(stored.text()).isEqualTo(200);
        assertThat(stored.json()).extracting(g -> g.path("type").asString() + " " + g.path("id").asString())
                .containsExactlyInAnyOrder("occupation " + DATA_ANALYST, "credential ul-cert-cybersecurity-ops");
        assertThat(self.json("/api/learners/" + learner).path("goals")).hasSize(2);

        assertThat(self.put("/api/learners/" + learner + "/goals", "application/json", "[]").json()).isEmpty();
        assertThat(self.json("/api/learners/" + learner).path("goals")).isEmpty();
    }

    @Test
    void refusesAGoalNamingNothingAndChangesNothing() {
        self.put("/api/learners/" + learner + "/goals", "application/json",
                "[{\"credential\": \"hh-cert-data-analytics\"}, {\"credential\": \"no-such-credential\"}]").problem(400, "goals[1]");
        self.put("/api/learners/" + learner + "/goals", "application/json",
                "[{\"credential\": \"hh-cert-data-analytics\", \"occupation\": \"" + DATA_ANALYST + "\"}]").problem(400, "goals[0]");
        self.put("/api/learners/" + learner + "/goals", "application/json", "[{}]").problem(400, "goals[0]");
        assertThat(self.json("/api/learners/" + learner).path("goals")).extracting(g -> g.path("id").asString())
                .containsExactly("hh-cert-data-analytics");
    }

    @Test
    void letsOnlyTheLearnerOrAnAdminChangeThem() {
        learners.grant(learner, "goals-adviser", "ADVISER");
        var body = "[{\"credential\": \"ul-cert-cybersecurity-ops\"}]";
        assertThat(new Http(port).as(Identity.adviser("goals-adviser")).put("/api/learners/" + learner + "/goals", "application/json", body)
                .status()).isEqualTo(403);
        assertThat(new Http(port).put("/api/learners/" + learner + "/goals", "application/json", body).status()).isEqualTo(200);
        new Http(port).put("/api/learners/no-such-" + learner + "/goals", "application/json", body).problem(404, null);
    }
}
