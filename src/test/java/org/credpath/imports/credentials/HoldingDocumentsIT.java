package org.credpath.imports.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.credpath.support.Http;
import org.credpath.support.Http.Identity;
import org.credpath.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learner uploads credentials they received: the holdings join their own record unverified, whoever the file names;
 * a credential the catalog lacks, or a description issued to nobody, is refused and nothing is written.
 */
@IntegrationTest
class HoldingDocumentsIT {

    private static final String LEARNER = "learner-zz-holding-documents";
    private static final String PATH = "/api/learners/" + LEARNER + "/holdings/documents";

    @LocalServerPort
    int port;

    @BeforeEach
    void learner() {
        var loaded = new Http(port).post("/api/admin/catalog", "application/yaml",
                "format: credpath-catalog/1\nlearners:\n  - id: " + LEARNER + "\n    name: Holding Uploader\n");
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);
    }

    @AfterEach
    void erase() {
        new Http(port).delete("/api/learners/" + LEARNER);
    }

    @Test
    void aBadgeOfACatalogCredentialJoinsTheLearnersRecordUnverified() {
        var http = new Http(port).as(Identity.learner(LEARNER));
        var answer = upload(http, "sql.json", badge("hh-mc-sql-basics", "did:example:someone-else", "\"result\": [{\"type\": [\"Result\"], \"value\": \"5\"}],"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);

        var record = http.json("/api/learners/" + LEARNER);
        assertThat(record.path("earned")).hasSize(1);
        var holding = record.path("earned").get(0);
        assertThat(holding.path("credential").path("id").asString()).isEqualTo("hh-mc-sql-basics");
        assertThat(holding.path("verified").asBoolean()).isFalse();
        assertThat(holding.path("date").asString()).isEqualTo("2025-06-13");
        assertThat(holding.path("grade").asString()).isEqualTo("5");
        assertThat(new Http(port).get("/api/learners/did:example:someone-else").status()).as("the file's subject gets no record").isEqualTo(404);
    }

    @Test
    void aCredentialTheCatalogLacksIsRefusedAndNothingIsWritten() {
        var http = new Http(port).as(Identity.learner(LEARNER));
        var answer = upload(http, "two.json", "[" + badge("hh-mc-sql-basics", "x", "") + ", " + badge("urn:example:elsewhere", "x", "") + "]");
        var problem = answer.problem(422, null);
        assertThat(problem.path("errors").toString()).contains("not in the catalog").contains("two.json");
        assertThat(http.json("/api/learners/" + LEARNER).path("earned")).isEmpty();
    }

    @Test
    void anotherLearnerMayNotAddToThisRecord() {
        var answer = upload(new Http(port).as(Identity.learner("learner-aino")), "sql.json", badge("hh-mc-sql-basics", "x", ""));
        assertThat(answer.status()).isEqualTo(403);
    }

    private static Http.Response upload(Http http, String name, String json) {
        var boundary = "holding-documents";
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n";
        return http.post(PATH, "multipart/form-data; boundary=" + boundary, body);
    }

    private static String badge(String achievement, String subject, String result) {
        return """
                {"type": ["VerifiableCredential", "OpenBadgeCredential"], "id": "urn:uuid:%s",
                 "issuer": {"id": "hh", "type": ["Profile"], "name": "Haaga-Helia"}, "awardedDate": "2025-06-13T00:00:00Z",
                 "credentialSubject": {"id": "%s", "type": ["AchievementSubject"], %s
                   "achievement": {"id": "%s", "type": ["Achievement"], "name": "A badge"}}}
                """.formatted(achievement.replaceAll("[^a-z0-9-]", "-"), subject, result, achievement);
    }
}
