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
 */
@ConfigurationProperties("credpath.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("data/neo4j") Path directory,
        @DefaultValue("localhost") String boltAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("true") boolean boltEnabled) {

    public Path homeDirectory() {
        return directory.toAbsolutePath().normalize();
    }
}
