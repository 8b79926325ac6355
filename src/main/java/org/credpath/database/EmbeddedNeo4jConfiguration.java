package org.credpath.database;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the service when no external server is configured, and hands Boot the
 * connection details of its loopback Bolt connector, so the rest of the service talks to the
 * embedded and to an external database through the same driver.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        var home = properties.homeDirectory();
        log.info("Starting embedded Neo4j in {} ({})", home, properties.boltEnabled()
                ? "Bolt on " + properties.boltAddress() + ":" + properties.boltPort() : "no Bolt connector");
        var builder = new DatabaseManagementServiceBuilder(home);
        var pageCache = properties.pageCacheBytes();
        if (pageCache != null) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, pageCache);
        }
        return builder
                .setConfig(BoltConnector.enabled, properties.boltEnabled())
                .setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltAddress(), properties.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // without these every shutdown waits ~10 s for Netty's quiet period
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .build();
    }

    /** The embedded database itself, for reads that need not go over Bolt ({@link GraphReader}). */
    @Bean
    GraphDatabaseService embeddedDatabase(DatabaseManagementService embeddedNeo4j) {
        return embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j, EmbeddedNeo4jProperties properties) {
        var db = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        URI uri;
        if (properties.boltEnabled()) {
            var bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
            uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
        } else {
            var name = "embedded-" + Integer.toHexString(System.identityHashCode(embeddedNeo4j));
            uri = InProcessBolt.register(name, db);
            embeddedNeo4j.registerDatabaseEventListener(new org.neo4j.graphdb.event.DatabaseEventListenerAdapter() {
                @Override
                public void databaseShutdown(org.neo4j.graphdb.event.DatabaseEventContext event) {
                    InProcessBolt.unregister(name);
                }
            });
        }
        log.info("Embedded Neo4j ready at {}", uri);
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
