package org.credpath.imports.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.CatalogVersion;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.database.CypherQueries;
import org.credpath.imports.ImportProgress;
import org.credpath.imports.Importers;
import org.credpath.support.Http;
import org.credpath.support.IntegrationTest;
import org.credpath.support.TestLearners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A transfer table between two seed providers (UMA's external courses into Haaga-Helia's certificate): imported whole,
 * used by the audit with the row it came from, and rejected whole when a row is wrong.
 */
@IntegrationTest
class TransferImportIT {

    static final List<String> COURSES = List.of("transfer-uma-ext-101", "transfer-uma-ext-205");

    @LocalServerPort
    int port;
    @Autowired
    Importers importers;
    @Autowired
    Driver driver;
    @TempDir
    Path folder;
    TestLearners learners;

    @AfterEach
    void cleanUp() {
        if (learners != null) {
            learners.deleteAll();
        }
        driver.executableQuery("MATCH (c:Credential) WHERE c.id IN $ids DETACH DELETE c").withParameters(Map.of("ids", COURSES)).execute();
        driver.executableQuery(CypherQueries.get(CatalogVersion.STATEMENT)).withParameters(CatalogVersion.parameters(COURSES, false)).execute();
    }

    private Path table(String name, String body) throws IOException {
        var file = folder.resolve(name);
        Files.writeString(file, "from_provider,from_code,from_title,credits,to_provider,to_credential,to_subject,eqf_level\n" + body);
        return file;
    }

    @Test
    @DisplayName("transfer import: external courses count as internal ones (or as credits in a subject), the audit names the table row")
    void auditsUseTheTableWithItsSource() throws IOException {
        var file = table("uma-to-hh.csv", """
                uma,EXT 101,Python for Data Work,5,hh,hh-mc-python-data,,
                uma,EXT 205,Data Wrangling,4,hh,,DATA,6
                """);
        var report = importers.run("transfer", file, ImportProgress.NONE);
        assertThat(report.entries().get("courses").created()).isEqualTo(2);
        assertThat(report.entries().get("equivalencies").created()).isEqualTo(2);
        assertThat(importers.run("transfer", file, ImportProgress.NONE).entries().get("courses").created()).isZero(); // idempotent

        learners = new TestLearners(driver);
        var learner = learners.create("transfer");
        driver.executableQuery("""
                MATCH (l:Learner {id: $id}), (c:Credential) WHERE c.id IN $courses
                CREATE (l)-[:EARNED {date: date('2025-01-10'), grade: '4', verified: true}]->(c)""")
                .withParameters(Map.of("id", learner, "courses", COURSES)).execute();
        var audit = new Http(port).json("/api/learners/" + learner + "/audit/hh-cert-data-analytics");

        assertThat(audit.path("counted").toString())
                .contains("{\"credential\":\"transfer-uma-ext-101\",\"leaf\":\"hh-cert-data-analytics/requirements/0#1\",\"credits\":5.0,\"via\":\"hh-mc-python-data\"}")
                .contains("\"credential\":\"transfer-uma-ext-205\"");
        var transfers = audit.path("transfers").toString();
        assertThat(transfers).contains("\"source\":\"transfer table uma-to-hh.csv line 2 (uma -> hh)\"")
                .contains("\"source\":\"transfer table uma-to-hh.csv line 3 (uma -> hh), credits in DATA\"");
    }

    @Test
    @DisplayName("transfer import: a table with a wrong row is rejected whole, naming file, line and field")
    void aWrongRowRejectsTheTable() throws IOException {
        var file = table("bad.csv", """
                uma,EXT 101,Python for Data Work,5,hh,hh-mc-python-data,,
                uma,EXT 102,Something,5,hh,no-such-course,,
                """);
        assertThatThrownBy(() -> importers.run("transfer", file, ImportProgress.NONE))
                .isInstanceOfSatisfying(CatalogRejectedException.class, e -> assertThat(e.problems()).extracting(CatalogProblem::path)
                        .containsExactly("bad.csv: line 3, field to_credential"));
        var written = driver.executableQuery("MATCH (c:Credential {id: 'transfer-uma-ext-101'}) RETURN count(c) AS n").execute()
                .records().get(0).get("n").asLong();
        assertThat(written).isZero();
    }
}
