package org.credpath.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the context at the shared in-process Neo4j: over Bolt, and directly for reads. */
public class SharedNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shared-neo4j",
                Map.of("spring.neo4j.uri", SharedNeo4j.boltUri())));
        // the service reads an in-process database directly, as in its embedded mode (GraphReader)
        context.getBeanFactory().registerSingleton("sharedNeo4jDatabase", SharedNeo4j.server().defaultDatabaseService());
    }
}
