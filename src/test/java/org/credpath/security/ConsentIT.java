package org.credpath.security;

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
@DisplayName("/api/learners/{id}/consents: a learner grants and revokes access")
class ConsentIT {

    private static final String DATE = "?date=2025-09-01";

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    TestLearners learners;
    Http http;
    String learner;
    Http self;

    @BeforeEach
    void learner() {
        learners = new TestLearners(driver);
        http = new Http(port);
        learner = learners.create("consent");
        self = http.as(Identity.learner(learner));
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
    }

    private String grant(String grantee, String role) {
        return "{\"grantee\": \"" + grantee + "\", \"role\": \"" + role + "\"}";
    }

    @Test
    void grantsAnAdviserViewAndPlanUntilRevokedAtOnce() {
        var adviser = http.as(Identity.adviser("adviser-" + learner));
        assertThat(adviser.get("/api/learners/" + learner).status()).isEqualTo(403);

        var granted = self.post("/api/learners/" + learner + "/consents", "application/json", grant("adviser-" + learner, "ADVISER"));
        assertThat(granted.status()).isEqualTo(201);
        assertThat(java.time.OffsetDateTime.parse(granted.json().path("since").asString())).isBefore(java.time.OffsetDateTime.now().plusMinutes(1));

        assertThat(adviser.get("/api/learners/" + learner).status()).isEqualTo(200);
        assertThat(adviser.get("/api/learners/" + learner + "/stacking" + DATE).status()).isEqualTo(200);
        assertThat(adviser.get("/api/learners/" + learner + "/plan/hh-cert-data-analytics" + DATE).status()).isEqualTo(200);
        assertThat(adviser.post("/api/plans", "application/json",
                "{\"learner\": \"" + learner + "\", \"targets\": [\"hh-cert-data-analytics\"]}").status()).isEqualTo(200);
        assertThat(adviser.get("/api/learners").json().path("items")).extracting(i -> i.path("id").asString()).containsExactly(learner);
        // an adviser may not manage the learner's consents
        assertThat(adviser.get("/api/learners/" + learner + "/consents").status()).isEqualTo(403);

        assertThat(self.delete("/api/learners/" + learner + "/consents?grantee=adviser-" + learner).status()).isEqualTo(204);

        assertThat(adviser.get("/api/learners/" + learner).status()).isEqualTo(403);
        assertThat(adviser.get("/api/learners/" + learner + "/plan/hh-cert-data-analytics" + DATE).status()).isEqualTo(403);
        assertThat(adviser.get("/api/learners").json().path("items")).isEmpty();
        assertThat(self.get("/api/learners/" + learner + "/consents").json()).isEmpty();
    }

    @Test
    void sharesWithAnEmployerForViewingOnly() {
        var employer = http.as(Identity.employer("employer-" + learner));
        self.post("/api/learners/" + learner + "/consents", "application/json", grant("employer-" + learner, "EMPLOYER"));

        assertThat(employer.get("/api/learners/" + learner).json().path("earned")).hasSize(2);
        assertThat(employer.get("/api/learners/" + learner + "/audit/hh-cert-data-analytics" + DATE).status()).isEqualTo(200);
        assertThat(employer.get("/api/learners/" + learner + "/plan/hh-cert-data-analytics" + DATE).status()).isEqualTo(403);
        // a grant is for one role: the same account signed in as an adviser gets nothing
        assertThat(http.as(Identity.adviser("employer-" + learner)).get("/api/learners/" + learner).status()).isEqualTo(403);
        // and for one account
        assertThat(http.as(Identity.employer("someone-else")).get("/api/learners/" + learner).status()).isEqualTo(403);

        self.delete("/api/learners/" + learner + "/consents?grantee=employer-" + learner + "&role=EMPLOYER");
        assertThat(employer.get("/api/learners/" + learner).status()).isEqualTo(403);
    }

    @Test
    void listsGrantsAndKeepsTheFirstDateOnARepeatedGrant() {
        var first = self.post("/api/learners/" + learner + "/consents", "application/json", grant("anna", "adviser"));
        var again = self.post("/api/learners/" + learner + "/consents", "application/json", grant("anna", "ADVISER"));
        self.post("/api/learners/" + learner + "/consents", "application/json", grant("acme", "EMPLOYER"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("since").asString()).isEqualTo(first.json().path("since").asString());

        var list = self.get("/api/learners/" + learner + "/consents").json();
        assertThat(list).extracting(c -> c.path("role").asString() + ":" + c.path("grantee").asString())
                .containsExactly("ADVISER:anna", "EMPLOYER:acme");
    }

    @Test
    void refusesGrantsOfOtherRolesOrWithoutGrantee() {
        self.post("/api/learners/" + learner + "/consents", "application/json", grant("root", "ADMIN")).problem(400, "role");
        self.post("/api/learners/" + learner + "/consents", "application/json", "{\"role\": \"ADVISER\"}").problem(400, "grantee");
        self.post("/api/learners/" + learner + "/consents", "application/json", grant("x".repeat(201), "ADVISER")).problem(400, "grantee");
    }

    @Test
    void letsNoOtherLearnerGrantAndAnswersAlikeWhetherTheLearnerExistsOrNot() {
        var other = http.as(Identity.learner("learner-aino"));
        var existing = other.post("/api/learners/" + learner + "/consents", "application/json", grant("aino-friend", "ADVISER"));
        var missing = other.post("/api/learners/no-such-" + learner + "/consents", "application/json", grant("aino-friend", "ADVISER"));
        existing.problem(403, null);
        missing.problem(403, null);
        assertThat(existing.json().path("detail")).isEqualTo(missing.json().path("detail"));
        assertThat(http.as(Identity.adviser("aino-friend")).get("/api/learners/" + learner).status()).isEqualTo(403);
    }

    @Test
    void letsAnAdminManageConsentsOnTheLearnersBehalf() {
        assertThat(http.post("/api/learners/" + learner + "/consents", "application/json", grant("anna", "ADVISER")).status()).isEqualTo(201);
        assertThat(http.get("/api/learners/" + learner + "/consents").json()).hasSize(1);
        assertThat(http.delete("/api/learners/" + learner + "/consents?grantee=anna").status()).isEqualTo(204);
        http.post("/api/learners/no-such-" + learner + "/consents", "application/json", grant("anna", "ADVISER")).problem(404, null);
    }
}
