package org.credpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importers;
import org.credpath.support.GraphCounts;
import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.credpath.support.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learner's holdings exported as Open Badges 3.0, CLR 2.0 and ELM documents, then read back by the credentials
 * import under another learner id: the same credentials, dates and grades, and the catalog untouched.
 */
@IntegrationTest
@DisplayName("GET /api/learners/{id}/export: Open Badges 3.0, CLR 2.0 and ELM, read back by the credentials import")
class ExportRoundTripIT {

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    @Autowired
    Importers importers;
    TestLearners learners;
    String id;
    String copy;

    @BeforeEach
    void setUp() {
        learners = new TestLearners(driver);
        id = learners.create("export");
        copy = "roundtrip-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
        driver.executableQuery("MATCH (l:Learner {id: $id}) DETACH DELETE l").withParameters(Map.of("id", copy)).execute();
    }

    @Test
    void openBadgesCarryEachHoldingsCredentialSkillsProviderDateAndGrade() {
        var documents = new Http(port).as(Http.Identity.learner(id)).json("/api/learners/" + id + "/export?format=ob3");

        assertThat(documents.size()).isEqualTo(2);
        var python = documents.get(0);
        assertThat(python.get("type").toString()).contains("OpenBadgeCredential");
        assertThat(python.get("validFrom").asString()).isEqualTo("2024-01-10T00:00:00Z");
        assertThat(python.get("description").asString()).startsWith("UNSIGNED export from credpath");
        assertThat(python.get("issuer").get("name").asString()).isEqualTo("credpath (unsigned export)");
        assertThat(python.has("proof")).isFalse();
        var achievement = python.get("credentialSubject").get("achievement");
        assertThat(python.get("credentialSubject").get("id").asString()).isEqualTo(id);
        assertThat(achievement.get("id").asString()).isEqualTo("hh-mc-python-programming");
        assertThat(achievement.get("achievementType").asString()).isEqualTo("MicroCredential");
        assertThat(achievement.get("creditsAvailable").asDouble()).isPositive();
        assertThat(achievement.get("alignment").toString()).contains("http://data.europa.eu/esco/skill/", "http://data.europa.eu/snb/eqf/");
        assertThat(python.get("credentialSubject").get("result").get(0).get("value").asString()).isEqualTo("4");
    }

    @Test
    @DisplayName("an extracted skill is exported only where it counts as taught (at the threshold or more), and says it was extracted")
    void extractedSkillsUnderTheThresholdAreNotExportedAndTheOthersSaySo() {
        var link = """
                MATCH (c:Credential {id: 'hh-mc-python-programming'})-[:HAS_OUTCOME]->(o:LearningOutcome)
                WITH o ORDER BY o.id LIMIT 1
                MATCH (s:Skill) WHERE NOT (o)-[:ALIGNS_TO]->(s)
                WITH o, s ORDER BY s.uri LIMIT 2
                WITH o, collect(s) AS skills
                WITH o, skills[0] AS weak, skills[1] AS strong
                CREATE (o)-[:ALIGNS_TO {source: 'extracted', confidence: 0.31, evidence: 'test', exportTest: true}]->(weak)
                CREATE (o)-[:ALIGNS_TO {source: 'extracted', confidence: 0.83, evidence: 'test', exportTest: true}]->(strong)
                RETURN weak.uri AS weak, strong.uri AS strong""";
        var created = driver.executableQuery(link).execute().records().get(0);
        try {
            var documents = new Http(port).as(Http.Identity.learner(id)).json("/api/learners/" + id + "/export?format=ob3");
            var alignment = documents.get(0).get("credentialSubject").get("achievement").get("alignment").toString();
            assertThat(alignment).doesNotContain(created.get("weak").asString())
                    .contains(created.get("strong").asString(), "skill extracted by credpath from the credential's text, not stated by the provider; confidence 0.83");
            var elm = new Http(port).as(Http.Identity.learner(id)).json("/api/learners/" + id + "/export?format=elm").toString();
            assertThat(elm).doesNotContain(created.get("weak").asString()).contains(created.get("strong").asString());
        } finally {
            driver.executableQuery("MATCH ()-[a:ALIGNS_TO {exportTest: true}]->() DELETE a").execute();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ob3", "clr", "elm"})
    void theExportReadsBackAsTheSameHoldingsWithoutTouchingTheCatalog(String format, @TempDir Path folder) throws IOException {
        var exported = new Http(port).as(Http.Identity.learner(id)).get("/api/learners/" + id + "/export?format=" + format);
        assertThat(exported.status()).isEqualTo(200);
        var file = folder.resolve("export." + format + ".json");
        Files.writeString(file, exported.text().replace(id, copy));
        var before = GraphCounts.of(driver);

        var report = importers.run("credentials", file, ImportProgress.NONE);

        assertThat(report.warnings()).anyMatch(w -> w.startsWith("2 credential(s) the files describe are in the catalog already"));
        assertThat(report.entry("learners").created()).isEqualTo(1);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isZero();
        var after = GraphCounts.of(driver);
        assertThat(after.get(":Learner") - before.get(":Learner")).isEqualTo(1);
        assertThat(after.get("[EARNED]") - before.get("[EARNED]")).isEqualTo(2);
        assertThat(after.get(":Credential")).isEqualTo(before.get(":Credential"));
        assertThat(holdings(copy)).isEqualTo(holdings(id).stream().map(h -> Map.of("credential", h.get("credential"),
                "date", h.get("date"), "grade", h.get("grade"), "verified", false)).toList());
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheParameter() {
        var response = new Http(port).as(Http.Identity.learner(id)).get("/api/learners/" + id + "/export?format=pdf");

        assertThat(response.problem(400, "format").get("detail").asString()).contains("'pdf'", "ob3", "clr", "elm");
    }

    private List<Map<String, Object>> holdings(String learner) {
        return driver.executableQuery("""
                MATCH (:Learner {id: $id})-[e:EARNED]->(c:Credential)
                RETURN c.id AS credential, e.date AS date, e.grade AS grade, e.verified AS verified ORDER BY credential""")
                .withParameters(Map.of("id", learner)).execute().records().stream().map(r -> r.asMap()).toList();
    }
}
