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
@DisplayName("POST /api/learners/{id}/holdings: one holding added by hand, unverified")
class HoldingsIT {

    static final String JSON = "application/json";

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
        learner = learners.create("holdings");
        self = new Http(port).as(Identity.learner(learner));
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
    }

    @Test
    void storesTheHoldingUnverifiedAndAnswersTheRecord() {
        var added = self.post(path(), JSON, "{\"credential\": \"hh-cert-data-analytics\", \"date\": \"2024-06-30\", \"grade\": \"A\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        var holding = holding(added.json(), "hh-cert-data-analytics");
        assertThat(holding.path("date").asString()).isEqualTo("2024-06-30");
        assertThat(holding.path("grade").asString()).isEqualTo("A");
        assertThat(holding.path("verified").asBoolean()).isFalse();
        assertThat(holding(self.json("/api/learners/" + learner), "hh-cert-data-analytics").path("verified").asBoolean()).isFalse();

        var noGrade = self.post(path(), JSON, "{\"credential\": \"ul-cert-cybersecurity-ops\", \"date\": \"2023-01-15\"}");
        assertThat(noGrade.status()).as(noGrade.text()).isEqualTo(201);
        assertThat(holding(noGrade.json(), "ul-cert-cybersecurity-ops").path("grade").isMissingNode()
                || holding(noGrade.json(), "ul-cert-cybersecurity-ops").path("grade").isNull()).isTrue();
    }

    @Test
    void refusesWithTheFieldNamedAndWritesNothing() {
        self.post(path(), JSON, "{\"date\": \"2024-06-30\"}").problem(400, "credential");
        self.post(path(), JSON, "{\"credential\": \"no-such-credential\", \"date\": \"2024-06-30\"}").problem(400, "credential");
        self.post(path(), JSON, "{\"credential\": \"hh-mc-sql-basics\", \"date\": \"2024-06-30\"}").problem(400, "credential");
        self.post(path(), JSON, "{\"credential\": \"hh-cert-data-analytics\"}").problem(400, "date");
        self.post(path(), JSON, "{\"credential\": \"hh-cert-data-analytics\", \"date\": \"30/06/2024\"}").problem(400, "date");
        self.post(path(), JSON, "{\"credential\": \"hh-cert-data-analytics\", \"date\": \"2999-01-01\"}").problem(400, "date");
        self.post(path(), JSON, "{\"credential\": \"hh-cert-data-analytics\", \"date\": \"2024-06-30\", \"grade\": \"" + "x".repeat(101) + "\"}")
                .problem(400, "grade");
        new Http(port).post("/api/learners/no-such-" + learner + "/holdings", JSON,
                "{\"credential\": \"hh-cert-data-analytics\", \"date\": \"2024-06-30\"}").problem(404, null);
        assertThat(self.json("/api/learners/" + learner).path("earned")).hasSize(2);
    }

    private String path() {
        return "/api/learners/" + learner + "/holdings";
    }

    private static tools.jackson.databind.JsonNode holding(tools.jackson.databind.JsonNode record, String credential) {
        for (var e : record.path("earned")) {
            if (credential.equals(e.path("credential").path("id").asString())) {
                return e;
            }
        }
        throw new AssertionError(credential + " not in " + record.path("earned"));
    }
}
