package org.credpath.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the context at the shared in-process Neo4j. */
public class SharedNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shared-neo4j",
                Map.of("spring.neo4j.uri", SharedNeo4j.boltUri())));
    }
}
