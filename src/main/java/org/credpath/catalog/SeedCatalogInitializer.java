package org.credpath.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.credpath.database.SchemaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the seed catalog at start-up when the database holds no credential yet; when the database was down at start,
 * as soon as it answers, before the service turns ready ({@link SchemaInitializer#whenCurrent}).
 */
@Component
class SeedCatalogInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SeedCatalogInitializer.class);

    private final SchemaInitializer schema;
    private final CatalogService catalog;
    private final ResourceLoader resources;
    private final boolean enabled;
    private final String location;

    SeedCatalogInitializer(SchemaInitializer schemaIsCurrent, CatalogService catalog, ResourceLoader resources,
                           @Value("${credpath.seed.enabled:true}") boolean enabled,
                           @Value("${credpath.seed.location:classpath:seed-data/alliance-catalog.yaml}") String location) {
        this.schema = schemaIsCurrent;
        this.catalog = catalog;
        this.resources = resources;
        this.enabled = enabled;
        this.location = location;
    }

    @Override
    public void afterPropertiesSet() {
        if (enabled) {
            schema.whenCurrent(this::seed);
        }
    }

    private void seed() {
        if (!catalog.hasNoCredentials()) {
            return;
        }
        var resource = resources.getResource(location);
        try {
            var report = catalog.loadSeed(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
            log.info("Seeded the empty database from {} in {}: {}", location, report.took(), report.entries());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed catalog " + location, e);
        }
    }
}
