package org.credpath.support;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (neo4j-harness) for the whole test run: started on first use, stopped when
 * the JVM exits. Integration tests point {@code spring.neo4j.uri} at it, as a user points credpath
 * at an external server.
 */
public final class SharedNeo4j {

    private static Neo4j server;

    private SharedNeo4j() {
    }

    public static synchronized Neo4j server() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    public static String boltUri() {
        return server().boltURI().toString();
    }
}
