package org.credpath.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service waits for its database.
 *
 * @param startRetryInterval how often a start that found the database down tries again
 * @param healthTimeout      longest the {@code neo4j} health check waits for an answer before it says DOWN
 */
@ConfigurationProperties("credpath.database")
public record DatabaseProperties(
        @DefaultValue("2s") Duration startRetryInterval,
        @DefaultValue("3s") Duration healthTimeout) {
}
