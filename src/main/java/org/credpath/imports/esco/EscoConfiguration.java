package org.credpath.imports.esco;

import org.credpath.database.SchemaInitializer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ESCO importer on the service's driver and database, once the schema is current. */
@Configuration(proxyBeanMethods = false)
class EscoConfiguration {

    @Bean
    EscoImporter escoImporter(Driver driver, SchemaInitializer schemaIsCurrent,
                              @Value("${spring.data.neo4j.database:}") String database) {
        return new EscoImporter(driver, database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database));
    }
}
