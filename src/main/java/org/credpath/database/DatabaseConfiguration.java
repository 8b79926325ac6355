package org.credpath.database;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the schema migrations, which run before anything else may use the database. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    SchemaInitializer schemaInitializer(Driver driver) {
        return new SchemaInitializer(new CypherMigrations(driver));
    }
}
