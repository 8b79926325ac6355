package org.credpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;

/** The driver on an embedded database without Bolt (the import command's way): what a server would answer, in process. */
@DisplayName("In-process driver connections: results in batches, nodes, parameters, transactions and failures as over Bolt")
class InProcessBoltTests {

    @TempDir
    static Path store;
    static DatabaseManagementService dbms;
    static Driver driver;

    @BeforeAll
    static void start() {
        dbms = new DatabaseManagementServiceBuilder(store).setConfig(BoltConnector.enabled, false).build();
        var uri = InProcessBolt.register("in-process-test", dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        driver = GraphDatabase.driver(uri, AuthTokens.none());
        driver.executableQuery("CREATE CONSTRAINT thing_id IF NOT EXISTS FOR (t:Thing) REQUIRE t.id IS UNIQUE").execute();
    }

    @AfterAll
    static void stop() {
        driver.close();
        InProcessBolt.unregister("in-process-test");
        dbms.shutdown();
    }

    @Test
    void streamsResultsLongerThanOneFetchInBatches() {
        var rows = driver.executableQuery("UNWIND range(1, 2500) AS i RETURN i").execute().records();
        assertThat(rows).hasSize(2500);
        assertThat(rows.get(2499).get("i").asLong()).isEqualTo(2500);
    }

    @Test
    void takesParametersAndAnswersNodesAndValuesAsTheDriverGivesThem() {
        var record = driver.executableQuery("""
                        CREATE (t:Thing:Example {id: $id, tags: $tags, since: $since}) RETURN t, $map AS map, [1.5, null] AS list""")
                .withParameters(Map.of("id", "values", "tags", List.of("a", "b"), "since", LocalDate.of(2025, 5, 20),
                        "map", Map.of("k", 1L)))
                .execute().records().get(0);
        var node = record.get("t").asNode();
        assertThat(node.labels()).containsExactlyInAnyOrder("Thing", "Example");
        assertThat(node.get("tags").asList()).containsExactly("a", "b");
        assertThat(node.get("since").asLocalDate()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(record.get("map").asMap()).containsEntry("k", 1L);
        assertThat(record.get("list").asList()).containsExactly(1.5, null);
    }

    @Test
    void commitsAndRollsBackExplicitTransactions() {
        try (var session = driver.session()) {
            try (var tx = session.beginTransaction()) {
                tx.run("CREATE (:Thing {id: 'rolled-back'})").consume();
                tx.rollback();
            }
            session.executeWrite(tx -> tx.run("CREATE (:Thing {id: 'committed'})").consume());
        }
        var ids = driver.executableQuery("MATCH (t:Thing) WHERE t.id IN ['rolled-back', 'committed'] RETURN t.id AS id").execute()
                .records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(ids).containsExactly("committed");
    }

    @Test
    void failsWithTheServersStatusCodeAndRecovers() {
        driver.executableQuery("MERGE (:Thing {id: 'unique'})").execute();
        assertThatThrownBy(() -> driver.executableQuery("CREATE (:Thing {id: 'unique'})").execute())
                .isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).code()).isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed"));
        assertThatThrownBy(() -> driver.executableQuery("RETURN nonsense(").execute()).isInstanceOf(ClientException.class);
        var counters = driver.executableQuery("CREATE (:Thing {id: 'after'})").execute().summary().counters();
        assertThat(counters.nodesCreated()).isEqualTo(1);
    }
}
