package org.credpath.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.credpath.imports.esco.EscoFixture;
import org.credpath.imports.esco.EscoFixture.Layout;
import org.credpath.support.GraphCounts;
import org.credpath.support.SharedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The command-line mode, run in-process against the shared test database with the tiny ESCO fixture (deleted after). */
class ImportCommandIT {

    static Driver driver;

    @TempDir
    Path folder;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(SharedNeo4j.boltUri(), AuthTokens.none());
    }

    @AfterAll
    static void disconnect() {
        driver.close();
    }

    @AfterEach
    void deleteFixture() {
        driver.executableQuery("MATCH (n) WHERE n.uri STARTS WITH $prefix DETACH DELETE n")
                .withParameters(Map.of("prefix", EscoFixture.PREFIX)).execute();
    }

    @Test
    void importsAFolderThenExitsWithZero() {
        var source = EscoFixture.write(folder, Layout.V12);

        var status = ImportCommand.run("esco", source.toString(), "--spring.neo4j.uri=" + SharedNeo4j.boltUri());

        assertThat(status).isZero();
        assertThat(driver.executableQuery("MATCH (:Occupation {uri: $uri})-[r:REQUIRES]->() RETURN count(r) AS n")
                .withParameters(Map.of("uri", EscoFixture.uri("occupation/conductor"))).execute().records().get(0).get("n").asLong())
                .isEqualTo(3);
    }

    @Test
    void exitsWithOneAndWritesNothingWhenTheSourceIsRejected() {
        var source = EscoFixture.write(folder, Layout.V11);
        EscoFixture.edit(source, "occupationSkillRelations.csv", "conductor,optional,knowledge", "conductor,maybe,knowledge");
        var before = GraphCounts.of(driver);

        var status = ImportCommand.run("--credpath.import.format=esco", "--credpath.import.source=" + source,
                "--spring.neo4j.uri=" + SharedNeo4j.boltUri());

        assertThat(status).isEqualTo(1);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void startsNeitherTheWebServerNorTheSeedEvenWhenTheArgumentsAskForIt() {
        var source = EscoFixture.write(folder, Layout.V11);

        try (var context = ImportCommand.application().run(ImportCommand.arguments("esco", source.toString(),
                "--spring.neo4j.uri=" + SharedNeo4j.boltUri(), "--credpath.seed.enabled=true"))) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getEnvironment().getProperty("credpath.seed.enabled")).isEqualTo("false");
            // no local-mode token signer (nor its "not for production" banner): the command serves nothing
            assertThat(context.containsBean("localTokens")).isFalse();
            assertThat(context.getEnvironment().getProperty("credpath.embedded.bolt-enabled")).isEqualTo("false");
        }
    }

    @Test
    @DisplayName("on an embedded store the command opens no Bolt connector: its driver runs the import in process")
    void opensNoBoltConnectorOnAnEmbeddedStore() {
        var source = EscoFixture.write(folder, Layout.V12);
        var store = folder.resolve("store");

        try (var context = ImportCommand.application().run(ImportCommand.arguments("esco", source.toString(),
                "--credpath.embedded.directory=" + store, "--credpath.embedded.bolt-port=7687"))) {
            var database = (GraphDatabaseAPI) context.getBean(DatabaseManagementService.class).database("neo4j");
            var ports = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            assertThat(ports.getLocalAddress(ConnectorType.BOLT)).isNull();
            assertThat(ports.getLocalAddress(ConnectorType.INTRA_BOLT)).isNull();
            assertThat(context.getBean(ImportCommandRunner.class).exitCode()).isZero();
            var imported = context.getBean(Driver.class).executableQuery(
                    "MATCH (:Occupation {uri: $uri})-[r:REQUIRES]->() RETURN count(r) AS n")
                    .withParameters(Map.of("uri", EscoFixture.uri("occupation/conductor"))).execute().records().get(0).get("n").asLong();
            assertThat(imported).isEqualTo(3);
        }
        var reopened = new DatabaseManagementServiceBuilder(store).setConfig(BoltConnector.enabled, false).build();
        try {
            var kept = reopened.database("neo4j").executeTransactionally("MATCH (:Occupation {uri: $uri})-[r:REQUIRES]->() RETURN count(r) AS n",
                    Map.of("uri", EscoFixture.uri("occupation/conductor")), r -> (Long) r.next().get("n"));
            assertThat(kept).as("committed to the store").isEqualTo(3);
        } finally {
            reopened.shutdown();
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void saysInOneLineThatTheEmbeddedStoreIsInUse(CapturedOutput output) {
        var source = EscoFixture.write(folder, Layout.V11);
        var store = folder.resolve("store");
        var running = new DatabaseManagementServiceBuilder(store)
                .setConfig(BoltConnector.enabled, false).build(); // a service holding the store, as a running credpath does
        try {
            var status = ImportCommand.run("esco", source.toString(), "--credpath.embedded.directory=" + store);

            assertThat(status).isEqualTo(1);
            assertThat(output.getAll()).contains("The embedded database store is in use by another process")
                    .doesNotContain("Caused by").doesNotContain("NOT FOR PRODUCTION");
        } finally {
            running.shutdown();
        }
    }

    @Test
    void exitsWithTwoWhenFormatOrSourceIsMissing() {
        assertThat(ImportCommand.run()).isEqualTo(2);
        assertThat(ImportCommand.run("esco")).isEqualTo(2);
        assertThat(ImportCommand.run("--credpath.import.source=x")).isEqualTo(2);
    }

    @Test
    void turnsPositionalArgumentsIntoProperties() {
        assertThat(ImportCommand.arguments("esco", "../data", "--spring.neo4j.uri=bolt://x"))
                .containsExactly("--spring.neo4j.uri=bolt://x", "--credpath.import.format=esco", "--credpath.import.source=../data");
    }
}
