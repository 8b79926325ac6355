package org.credpath.database;

import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.neo4j.health.Neo4jHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the schema migrations, which run before anything else may use the database (or, when it is down at start,
 * as soon as it answers), and the database's part of the health groups.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    SchemaInitializer schemaInitializer(Driver driver, ObjectProvider<Neo4jConnectionDetails> connection, DatabaseProperties properties) {
        var details = connection.getIfAvailable();
        var where = details == null ? "spring.neo4j.uri" : String.valueOf(details.getUri());
        return new SchemaInitializer(new CypherMigrations(driver), where, properties.startRetryInterval());
    }

    /** {@code schema}, in readiness: OUT_OF_SERVICE while the start waits for the database, naming it and its last error. */
    @Bean
    HealthIndicator schemaHealthIndicator(SchemaInitializer schema) {
        return () -> schema.current() ? Health.up().build()
                : Health.outOfService().withDetail("waitingFor", schema.waitingFor()).build();
    }

    /**
     * {@code neo4j}, in readiness, in place of Boot's: the same check, but DOWN when the database has not answered
     * within {@code credpath.database.health-timeout} (a black-holed connection made Boot's hang for minutes).
     */
    @Bean
    HealthIndicator neo4jHealthIndicator(Driver driver, DatabaseProperties properties) {
        return new TimeBoundHealthIndicator(new Neo4jHealthIndicator(driver), properties.healthTimeout());
    }

    /** {@code databasePanic}, in liveness and readiness: DOWN once the database in this process needs a restart. */
    @Bean
    HealthIndicator databasePanicHealthIndicator(ObjectProvider<GraphDatabaseService> inProcess) {
        return new DatabasePanicHealthIndicator(DatabasePanicHealthIndicator.of(inProcess.getIfAvailable()));
    }
}
