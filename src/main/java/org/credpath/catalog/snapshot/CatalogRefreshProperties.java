package org.credpath.catalog.snapshot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a replica keeps its catalog snapshot fresh (README, "Several replicas").
 *
 * @param refreshInterval  how often the catalog version in the database is read; a change another replica wrote is
 *                         served here at most this long, plus the refresh itself, after it committed
 * @param incrementalLimit the most credentials a refresh updates in place; more changed, and the snapshot is rebuilt
 *                         whole (beside the one being served)
 * @param serving          whether this process serves requests and so keeps a snapshot fresh; {@code false} for a
 *                         process that only writes the catalog (a bulk fill): it builds no snapshot on start and none
 *                         after its writes (one is built on first use and forgotten at the next change)
 */
@ConfigurationProperties("credpath.catalog")
public record CatalogRefreshProperties(
        @DefaultValue("1s") Duration refreshInterval,
        @DefaultValue("500") int incrementalLimit,
        @DefaultValue("true") boolean serving) {
}
