package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.credpath.support.IntegrationTest;
import org.credpath.support.SharedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** With spring.neo4j.uri set (here: the in-process harness), credpath uses that server and starts no database of its own. */
@IntegrationTest
class ExternalNeo4jIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Driver driver;

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedDatabase() {
        assertThat(context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
        // the data the service seeded is in the harness's own database
        try (var tx = SharedNeo4j.server().defaultDatabaseService().beginTx()) {
            assertThat((Long) tx.execute("MATCH (c:Credential) RETURN count(c) AS n").next().get("n")).isPositive();
        }
    }

    @Test
    void migrationsRanOnceAndRerunningIsANoOp() {
        var migrations = new CypherMigrations(driver);

        assertThat(migrations.migrate()).isEmpty();
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (m:__Migration) RETURN count(m) AS n").single().get("n").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").single().get("names").asList())
                    .contains("credential_id", "skill_uri", "occupation_uri", "learner_id", "provider_id", "requirement_id");
        }
    }

    @Test
    void refusesToStartWhenAnAppliedMigrationWasEdited() {
        var edited = Migration.parse("V0001__Create_constraints.cypher", "// edited\nRETURN 1;");

        assertThatThrownBy(() -> new CypherMigrations(driver, List.of(edited)).migrate())
                .hasMessageContaining("V0001 (Create constraints) was edited after it was applied");
    }
}
