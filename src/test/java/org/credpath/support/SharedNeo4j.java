package org.credpath.support;

import java.time.Duration;

import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (neo4j-harness) for the whole test run: started on first use, stopped when
 * the JVM exits. Integration tests point {@code spring.neo4j.uri} at it, as a user points credpath
 * at an external server. Its Bolt connector sends keep-alive messages during every request, which tells the driver
 * to give up on a connection silent for longer ({@link #KEEP_ALIVE} x 2 probes): how the fault tests' black-holed
 * connections end in a bounded time (README, "Reliability").
 */
public final class SharedNeo4j {

    static final Duration KEEP_ALIVE = Duration.ofSeconds(2);
    private static Neo4j server;

    private SharedNeo4j() {
    }

    public static synchronized Neo4j server() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                    .withConfig(BoltConnector.connection_keep_alive_type, BoltConnector.KeepAliveRequestType.ALL)
                    .withConfig(BoltConnector.connection_keep_alive, KEEP_ALIVE)
                    .withConfig(BoltConnector.connection_keep_alive_probes, 2)
                    .withConfig(BoltConnector.connection_keep_alive_streaming_scheduling_interval, Duration.ofMillis(500))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    public static String boltUri() {
        return server().boltURI().toString();
    }
}
