package org.credpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.credpath.support.GraphCounts;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * Cypher injection attempts in every free-text field and id the API takes (path ids, query parameters, JSON body
 * fields), sent as an admin so that they reach the database: none may fail the service (5xx), widen what is found,
 * or change the graph. That every statement is parameterised is checked statically by CypherParameterisationTests.
 */
@IntegrationTest
@DisplayName("Injection strings in every id and free-text field change nothing")
class InjectionIT {

    static final List<String> ATTACKS = List.of(
            "' OR 1=1 //",
            "\" OR \"\"=\"",
            "}) MATCH (n) DETACH DELETE n //",
            "learner-aino' OR '1'='1",
            "`) DETACH DELETE n //",
            "$id",
            "\u0000",
            "x".repeat(20_000));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    Http admin;
    TestLearners learners;
    String learner;

    @BeforeEach
    void setUp() {
        admin = new Http(port);
        learners = new TestLearners(driver);
        learner = learners.create("injection");
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
    }

    /** A path segment: percent-encoded, so the attack reaches the service as one segment. */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    @Test
    void changesNothingAndFailsNothing() {
        var before = GraphCounts.of(driver);
        var failures = new ArrayList<String>();
        for (var attack : ATTACKS) {
            var s = segment(attack);
            var q = Http.encode(attack);
            var a = json(attack);
            var requests = List.of(
                    new String[] {"GET", "/api/credentials/" + s, null},
                    new String[] {"GET", "/api/credentials?q=" + q + "&provider=" + q + "&language=" + q, null},
                    new String[] {"GET", "/api/providers/" + s, null},
                    new String[] {"GET", "/api/providers?q=" + q + "&country=" + q, null},
                    new String[] {"GET", "/api/skills?q=" + q, null},
                    new String[] {"GET", "/api/skills/by-uri?uri=" + q, null},
                    new String[] {"GET", "/api/occupations?q=" + q, null},
                    new String[] {"GET", "/api/occupations/by-uri?uri=" + q, null},
                    new String[] {"GET", "/api/learners/" + s, null},
                    new String[] {"GET", "/api/learners/" + s + "/data", null},
                    new String[] {"GET", "/api/learners/" + s + "/consents", null},
                    new String[] {"GET", "/api/learners/" + s + "/stacking", null},
                    new String[] {"GET", "/api/learners/" + s + "/audit/" + s + "?waive=" + q, null},
                    new String[] {"GET", "/api/learners/" + learner + "/audit/" + s, null},
                    new String[] {"GET", "/api/learners/" + s + "/plan/hh-cert-data-analytics", null},
                    new String[] {"GET", "/api/learners/" + learner + "/plan/" + s + "?language=" + q + "&provider=" + q, null},
                    new String[] {"DELETE", "/api/learners/" + s, null},
                    new String[] {"DELETE", "/api/learners/" + learner + "/consents?grantee=" + q + "&role=ADVISER", null},
                    new String[] {"POST", "/api/audit/what-if", "{\"target\": " + a + ", \"learner\": " + a + ", \"waive\": [" + a + "]}"},
                    new String[] {"POST", "/api/audit/what-if", "{\"target\": \"hh-cert-data-analytics\", \"learner\": \"" + learner
                            + "\", \"holdings\": [{\"credential\": " + a + ", \"grade\": " + a + "}]}"},
                    new String[] {"POST", "/api/plans", "{\"learner\": " + a + ", \"targets\": [\"hh-cert-data-analytics\"]}"},
                    new String[] {"POST", "/api/plans", "{\"targets\": [" + a + "]}"},
                    new String[] {"POST", "/api/plans", "{\"learner\": \"" + learner + "\", \"targets\": [\"hh-cert-data-analytics\"], \"languages\": ["
                            + a + "], \"providers\": [" + a + "], \"enrolledAt\": [" + a + "], \"waive\": [" + a + "], \"holdings\": [{\"credential\": "
                            + a + "}]}"},
                    new String[] {"PUT", "/api/learners/" + learner + "/goals", "[{\"credential\": " + a + "}, {\"occupation\": " + a + "}]"},
                    new String[] {"PUT", "/api/learners/" + s + "/goals", "[]"},
                    new String[] {"POST", "/api/learners/" + s + "/consents", "{\"grantee\": \"someone\", \"role\": \"ADVISER\"}"},
                    new String[] {"POST", "/api/learners/" + learner + "/consents", "{\"grantee\": \"someone\", \"role\": " + a + "}"},
                    new String[] {"POST", "/api/dev/token", "{\"subject\": " + a + ", \"role\": \"LEARNER\", \"learner\": " + a + "}"},
                    new String[] {"POST", "/api/dev/token", "{\"subject\": \"x\", \"role\": " + a + "}"});
            for (var request : requests) {
                var response = admin.send(request[0], request[1], request[2]);
                if (response.status() >= 500 || response.status() == 200 && request[1].startsWith("/api/learners/" + s)) {
                    failures.add(request[0] + " " + request[1].substring(0, Math.min(120, request[1].length())) + " -> " + response.status()
                            + " " + response.text().substring(0, Math.min(200, response.text().length())));
                }
            }
            var search = admin.get("/api/credentials?q=" + q);
            if (search.status() == 200) {
                assertThat(search.json().path("total").asInt()).as("matches for " + attack).isZero();
            } else {
                assertThat(search.status()).as("a 20,000-character query line is refused by the server").isEqualTo(400);
            }
        }
        assertThat(failures).as("requests that failed the service or found a record for an injected id").isEmpty();
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void storesAnInjectedGranteeAsPlainTextAndRemovesItAgain() {
        var before = GraphCounts.of(driver);
        var self = admin.as(Identity.learner(learner));
        for (var attack : List.of("' OR 1=1 //", "}) MATCH (n) DETACH DELETE n //")) {
            var granted = self.post("/api/learners/" + learner + "/consents", "application/json",
                    "{\"grantee\": " + json(attack) + ", \"role\": \"ADVISER\"}");
            assertThat(granted.status()).isEqualTo(201);
            assertThat(self.get("/api/learners/" + learner + "/consents").json().get(0).path("grantee").asString()).isEqualTo(attack);
            // an adviser signed in under that very name gets in, and no one else does
            assertThat(admin.as(Identity.adviser(attack)).get("/api/learners/" + learner).status()).isEqualTo(200);
            assertThat(admin.as(Identity.adviser("someone-else")).get("/api/learners/" + learner).status()).isEqualTo(403);
            assertThat(self.delete("/api/learners/" + learner + "/consents?grantee=" + Http.encode(attack)).status()).isEqualTo(204);
            assertThat(GraphCounts.of(driver)).isEqualTo(before);
        }
    }

    @Test
    void findsNoLearnerForATokenNamingAnInjectedLearner() {
        for (var attack : List.of("' OR 1=1 //", "x\" OR true OR \"", "}) MATCH (l) RETURN l //")) {
            var intruder = admin.as(new Identity(attack, "LEARNER", attack));
            assertThat(intruder.get("/api/learners").json().path("items")).as(attack).isEmpty();
            assertThat(intruder.get("/api/learners/" + learner).status()).isEqualTo(403);
        }
    }
}
