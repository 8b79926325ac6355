package org.credpath.imports.esco;

import org.credpath.database.CypherMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * An in-process Neo4j of its own, with credpath's schema, for tests that must not touch the shared test
 * database (which other tests expect to hold exactly the seed catalog).
 */
final class ThrowawayNeo4j implements AutoCloseable {

    private final Neo4j server;
    private final Driver driver;

    ThrowawayNeo4j() {
        server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none());
        new CypherMigrations(driver).migrate();
    }

    Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
        server.close();
    }
}
