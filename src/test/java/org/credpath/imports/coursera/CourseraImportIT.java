package org.credpath.imports.coursera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Imports the real Coursera catalog into the shared test database, whose skills are the seed catalog's 88 real
 * ESCO skills (the full-ESCO resolution rate is in {@link CourseraMapperTests}), imports it again, refuses a
 * broken file, and removes what it imported afterwards (other tests read the seeded catalog).
 */
@IntegrationTest
class CourseraImportIT {

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
        var csv = SharedData.require("coursera/coursera_2024_partner_skills.csv");
        if (imported == null) {
            sharedDriver = driver;
            sharedEvents = events;
            var before = GraphCounts.of(driver);
            var report = importers.run("coursera", csv, ImportProgress.NONE);
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
                MATCH (p:Provider) WHERE p.id STARTS WITH 'coursera-partner:'
                MATCH (c:Credential)-[:OFFERED_BY]->(p)
                OPTIONAL MATCH (c)-[:HAS_OUTCOME]->(o:LearningOutcome)
                DETACH DELETE o, c""").execute();
        sharedDriver.executableQuery("MATCH (p:Provider) WHERE p.id STARTS WITH 'coursera-partner:' DETACH DELETE p").execute();
        sharedEvents.publishEvent(new CatalogChanged("CourseraImportIT cleanup"));
    }

    @Test
    void importsEveryOfferingWithTheSkillsItsTagsResolveTo() {
        var run = imported();

        var added = GraphCounts.delta(run.before(), run.after());
        // 575 offerings link to one or more of the seed's skills: by the tags' labels (stated; 868 against the full ESCO:
        // CourseraMapperTests) and by the skill matcher reading unresolved tags (the tag curve), each weighed against the
        // course title and the tag's place (extracted, written from 0.3: 623 offerings, 1,602 links under the title check)
        assertThat(added).isEqualTo(Map.of(":Provider", 177L, ":Credential", 1114L, ":Certificate", 546L, ":Course", 509L,
                ":Degree", 59L, ":LearningOutcome", 575L, "[OFFERED_BY]", 1114L, "[HAS_OUTCOME]", 575L, "[ALIGNS_TO]", 1343L,
                "properties", 11699L));
        var report = run.report();
        assertThat(report.entries()).containsExactly(
                Map.entry("providers", new ImportReport.Counts(177, 0, 0)),
                Map.entry("certificates", new ImportReport.Counts(546, 0, 0)),
                Map.entry("courses", new ImportReport.Counts(509, 0, 0)),
                Map.entry("degrees", new ImportReport.Counts(59, 0, 0)));
        assertThat(report.warnings().get(0)).isEqualTo("read 1139 row(s): 1114 offering(s) from 177 partner(s)");
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("tag resolution against 88 ESCO skills: "));
    }

    @Test
    void importingTheCatalogAgainChangesNothing() {
        var run = imported();

        var again = importers.run("coursera", SharedData.require("coursera/coursera_2024_partner_skills.csv"), ImportProgress.NONE);

        assertThat(GraphCounts.of(driver)).isEqualTo(run.after());
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
    }

    @Test
    void aBrokenFileIsRefusedWholeNamingTheLineAndLeavesTheDatabaseUnchanged(@TempDir Path folder) throws IOException {
        var csv = folder.resolve("coursera.csv");
        Files.writeString(csv, """
                partner,course,skills,rating,reviewcount,level,certificatetype,duration,crediteligibility
                Test Partner,A Good Course,"SQL, Data Analysis",4.8,100,Beginner, Course, 1 - 4 Weeks,False
                Test Partner,,"SQL",4.8,100,Beginner, Course, 1 - 4 Weeks,False
                """);
        var before = GraphCounts.of(driver);

        assertThatThrownBy(() -> importers.run("coursera", csv, ImportProgress.NONE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.path()).isEqualTo("coursera.csv: line 3, field course")));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }
}
