package org.credpath.imports.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.CatalogChanged;
import org.credpath.catalog.ImportReport;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importers;
import org.credpath.support.GraphCounts;
import org.credpath.support.IntegrationTest;
import org.credpath.support.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Imports the real Open Badges 3.0 and ELM examples (one folder) into the shared test database, imports them
 * again, refuses a file that is neither, and removes what it imported afterwards.
 */
@IntegrationTest
class CredentialsImportIT {

    static final List<String> PROVIDERS = List.of("urn:uuid:df1eceb0-c36a-4613-b3d7-992c9ee66f5b",
            "urn:epass:org:f6f81089-f4e3-4513-8fd5-d1a4eb69b4bd");
    static final List<String> LEARNERS = List.of("urn:uuid:754208fc-d60e-4977-897f-54f58ed54707", "mailto:recipient@example.com");

    private static Imported imported;
    private static Driver sharedDriver;
    private static ApplicationEventPublisher sharedEvents;

    private record Imported(Map<String, Long> before, Map<String, Long> after, ImportReport report) {
    }

    @Autowired
    Importers importers;
    @Autowired
    Driver driver;
    @Autowired
    ApplicationEventPublisher events;

    private synchronized Imported imported() {
        var examples = SharedData.require("credential-examples");
        if (imported == null) {
            sharedDriver = driver;
            sharedEvents = events;
            var before = GraphCounts.of(driver);
            var report = importers.run("credentials", examples, ImportProgress.NONE);
            imported = new Imported(before, GraphCounts.of(driver), report);
        }
        return imported;
    }

    @AfterAll
    static void removeImported() {
        if (sharedDriver == null) {
            return;
        }
        sharedDriver.executableQuery("""
                MATCH (p:Provider) WHERE p.id IN $providers
                OPTIONAL MATCH (c:Credential)-[:OFFERED_BY]->(p)
                OPTIONAL MATCH (c)-[:HAS_OUTCOME]->(o:LearningOutcome)
                DETACH DELETE o, c, p""").withParameters(Map.of("providers", PROVIDERS)).execute();
        sharedDriver.executableQuery("MATCH (l:Learner) WHERE l.id IN $learners DETACH DELETE l")
                .withParameters(Map.of("learners", LEARNERS)).execute();
        sharedEvents.publishEvent(new CatalogChanged("CredentialsImportIT cleanup"));
    }

    @Test
    void importsTheBadgeAndTheEuropeanDigitalCredentialWithTheirHolders() {
        var run = imported();

        var added = GraphCounts.delta(run.before(), run.after());
        // the seed's 88 skills hold none of the skills the examples name (against the full ESCO: 2 + 3 alignments,
        // CredentialsMapperTests); read with the credential's title as context, one outcome ("Analyse test data: ...")
        // gets one extracted link under the threshold (analyse big data, 0.374)
        assertThat(added).isEqualTo(Map.ofEntries(Map.entry(":Provider", 2L), Map.entry(":Credential", 2L), Map.entry(":Badge", 1L),
                Map.entry(":Certificate", 1L), Map.entry(":LearningOutcome", 4L), Map.entry(":Learner", 2L), Map.entry("[OFFERED_BY]", 2L),
                Map.entry("[HAS_OUTCOME]", 4L), Map.entry("[EARNED]", 2L), Map.entry("[ALIGNS_TO]", 1L), Map.entry("properties", 38L)));
        assertThat(run.report().entries()).isEqualTo(Map.of("providers", new ImportReport.Counts(2, 0, 0),
                "badges", new ImportReport.Counts(1, 0, 0), "certificates", new ImportReport.Counts(1, 0, 0),
                "learners", new ImportReport.Counts(2, 0, 0)));
        try (var session = driver.session()) {
            var holdings = session.run("""
                    MATCH (l:Learner)-[e:EARNED]->(c:Credential) WHERE l.id IN $learners
                    RETURN l.id AS learner, c.title AS title, e.date AS date, e.grade AS grade, e.verified AS verified ORDER BY learner""",
                    Map.of("learners", LEARNERS)).list(r -> r.asMap());
            assertThat(holdings).hasSize(2);
            assertThat(holdings.get(0)).isEqualTo(Map.of("learner", "mailto:recipient@example.com", "title", "Title of the Qualification",
                    "date", LocalDate.of(2025, 11, 5), "grade", "19", "verified", false));
            assertThat(holdings.get(1)).containsEntry("learner", "urn:uuid:754208fc-d60e-4977-897f-54f58ed54707")
                    .containsEntry("title", "Data Science Fundamentals").containsEntry("date", LocalDate.of(2026, 1, 12));
        }
    }

    @Test
    void importingTheExamplesAgainChangesNothing() {
        var run = imported();

        var again = importers.run("credentials", SharedData.require("credential-examples"), ImportProgress.NONE);

        assertThat(GraphCounts.of(driver)).isEqualTo(run.after());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
    }

    @Test
    void aFileThatIsNeitherIsRefusedAndNothingIsWritten(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("other.json"), "{\"type\": \"Person\", \"name\": \"not a credential\"}");
        var before = GraphCounts.of(driver);

        assertThatThrownBy(() -> importers.run("credentials", folder, ImportProgress.NONE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("other.json: type");
                    assertThat(p.message()).contains("neither an Open Badges 3.0 credential or achievement, a CLR of them, nor a European Digital Credential");
                }));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }
}
