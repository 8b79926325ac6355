package org.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.credpath.support.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The README's catalog example is safe to load beside the seed, and replacing a learner's record says what it removed. */
@IntegrationTest
class CatalogExampleIT {

    static final Path EXAMPLE = Path.of("docs/examples/my-catalog.yaml");

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;
    Http http;
    TestLearners learners;

    @BeforeEach
    void client() {
        http = new Http(port);
        learners = new TestLearners(driver);
    }

    @AfterEach
    void cleanUp() {
        learners.deleteAll();
        driver.executableQuery("""
                MATCH (n) WHERE (n:Credential OR n:Provider OR n:Learner) AND n.id IN ['my-college', 'my-mc-python', 'my-cert-programming', 'my-learner']
                OPTIONAL MATCH (n)-[:HAS_OUTCOME|HAS_REQUIREMENT|HAS_PREREQUISITE]->(part)
                OPTIONAL MATCH (part)-[:OPTION*0..]->(rule:Requirement)
                DETACH DELETE n, part, rule""").execute();
    }

    @Test
    @DisplayName("the README's example is the file it names, and loading it leaves the seeded learner-aino as she was")
    void theReadmeExampleLeavesTheSeedAlone() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var example = Files.readString(EXAMPLE);
        assertThat(readme).contains("```yaml\n" + example + "```\n");
        var before = http.get("/api/learners/learner-aino").json();

        var report = http.post("/api/admin/catalog?name=my-catalog.yaml", "application/yaml", example).json();

        assertThat(report.path("warnings")).isEmpty();
        assertThat(report.path("entries").path("learners").path("created").asInt()).isEqualTo(1);
        assertThat(report.path("entries").path("credentials").path("created").asInt()).isEqualTo(2);
        assertThat(report.path("entries").path("providers").path("created").asInt()).isEqualTo(1);
        for (var section : new String[] {"providers", "credentials", "learners"}) {
            assertThat(report.path("entries").path(section).path("updated").asInt()).as(section).isZero();
        }
        var after = http.get("/api/learners/learner-aino").json();
        assertThat(after).isEqualTo(before);
        assertThat(after.path("earned").size()).isEqualTo(9);
    }

    @Test
    @DisplayName("catalog answers mark the fictional seed's credentials and providers seed: true, and nothing else")
    void marksSeededEntriesAsExamples() {
        var seeded = http.json("/api/credentials/hh-cert-data-analytics");
        assertThat(seeded.path("seed").asBoolean()).isTrue();
        assertThat(seeded.path("provider").path("seed").asBoolean()).isTrue();
        assertThat(http.json("/api/providers/hh").path("seed").asBoolean()).isTrue();
        assertThat(http.json("/api/credentials?q=data").path("items")).allSatisfy(c -> {
            assertThat(c.path("seed").asBoolean()).isTrue();
            assertThat(c.path("provider").path("seed").asBoolean()).isTrue();
        });

        http.post("/api/admin/catalog?name=my-catalog.yaml", "application/yaml", readExample());

        var mine = http.json("/api/credentials/my-mc-python");
        assertThat(mine.has("seed")).isTrue();
        assertThat(mine.path("seed").asBoolean()).isFalse();
        assertThat(mine.path("provider").path("seed").asBoolean()).isFalse();
        assertThat(http.json("/api/providers?q=my%20college").path("items").get(0).path("seed").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("recommendation answers (next steps, routes, coverage and its bundle) mark seeded credentials seed: true, real ones false")
    void recommendationsMarkSeededEntriesAsExamples() {
        var python = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
        var steps = http.json("/api/learners/learner-noora/next-steps?k=5&date=2026-11-22").path("items");
        var route = http.json("/api/learners/learner-aino/route?credential=hh-cert-data-analytics&date=2026-11-22").path("credentials");
        assertThat(steps).isNotEmpty().allSatisfy(item -> assertThat(item.path("credential").path("seed").asBoolean()).isTrue());
        assertThat(route).isNotEmpty().allSatisfy(step -> assertThat(step.path("credential").path("seed").asBoolean()).isTrue());

        http.post("/api/admin/catalog?name=my-catalog.yaml", "application/yaml", readExample());

        var coverage = http.json("/api/coverage?skills=" + Http.encode(python) + "&teachersPerSkill=50");
        var teachers = coverage.path("perSkill").get(0).path("taughtBy");
        assertThat(teachers).anySatisfy(t -> assertThat(t.path("id").asString()).startsWith("hh-"));
        assertThat(teachers).allSatisfy(t -> assertThat(t.has("seed")).isTrue())
                .allSatisfy(t -> assertThat(t.path("seed").asBoolean()).isEqualTo(!t.path("id").asString().equals("my-mc-python")));
        assertThat(teachers).anySatisfy(t -> assertThat(t.path("id").asString()).isEqualTo("my-mc-python"));
        assertThat(coverage.path("bundle").path("credentials")).isNotEmpty().allSatisfy(item -> assertThat(item.path("credential")
                .path("seed").asBoolean()).isEqualTo(!item.path("credential").path("id").asString().equals("my-mc-python")));
    }

    private static String readExample() {
        try {
            return Files.readString(EXAMPLE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("a file that replaces a stored learner's record says in the report what the record lost")
    void replacingALearnerNamesWhatWasRemoved() {
        var learner = learners.create("replaced");
        var file = """
                format: credpath-catalog/1
                learners:
                  - id: %s
                    earned: [{credential: hh-mc-sql-basics, date: 2024-03-22, grade: "3", verified: true}]
                """.formatted(learner);

        var report = http.post("/api/admin/catalog?name=replace.yaml", "application/yaml", file).json();

        assertThat(report.path("entries").path("learners").path("updated").asInt()).isEqualTo(1);
        assertThat(report.path("warnings")).singleElement().satisfies(w -> assertThat(w.asString())
                .contains(learner, "replaced whole", "1 holding(s) (hh-mc-python-programming)", "goal(s) (hh-cert-data-analytics)",
                        "prior-learning skill(s)", "the name")
                .doesNotContain("hh-mc-sql-basics"));
        var count = driver.executableQuery("MATCH (:Learner {id: $id})-[e:EARNED]->() RETURN count(e) AS n")
                .withParameters(Map.of("id", learner)).execute().records().get(0).get("n").asLong();
        assertThat(count).isEqualTo(1);
    }
}
