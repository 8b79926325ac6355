package org.credpath.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j that starts when no {@code spring.neo4j.uri} is configured.
 *
 * @param directory   home of the on-disk store (made absolute and normalized)
 * @param boltAddress interface the Bolt connector listens on; loopback by default because auth is off
 * @param boltPort    Bolt port; 0 picks a free one (tests)
 * @param boltEnabled false: no Bolt connector at all, the service's driver runs its statements in process
 *                    ({@link InProcessBolt}); for a process that serves nothing (the import command)
 * @param pageCache   Neo4j's page cache (e.g. {@code 512m}, {@code 2g}); unset: Neo4j's default, half of the memory the
 *                    machine has free beside the heap, which a replica sharing a machine or a container must not take
 */
@ConfigurationProperties("credpath.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("data/neo4j") Path directory,
        @DefaultValue("localhost") String boltAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("true") boolean boltEnabled,
        String pageCache) {

    /** The page cache in bytes, or null for Neo4j's default; a size Neo4j cannot read fails the start naming it. */
    public Long pageCacheBytes() {
        if (pageCache == null || pageCache.isBlank()) {
            return null;
        }
        try {
            return org.neo4j.io.ByteUnit.parse(pageCache.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("credpath.embedded.page-cache: '" + pageCache + "' is not a size (e.g. 512m, 2g)", e);
        }
    }

    public Path homeDirectory() {
        return directory.toAbsolutePath().normalize();
    }
}
