package org.credpath.catalog.snapshot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code catalogSnapshot} health contributor, part of the readiness group: OUT_OF_SERVICE until the first catalog
 * snapshot is built (a load balancer then sends this replica nothing that would wait for it), UP with the catalog
 * version it serves after. Liveness does not include it: building is not being stuck.
 */
@Component
class CatalogSnapshotHealthIndicator implements HealthIndicator {

    private final CatalogSnapshots snapshots;
    private final boolean serving;

    CatalogSnapshotHealthIndicator(CatalogSnapshots snapshots, CatalogRefreshProperties properties) {
        this.snapshots = snapshots;
        this.serving = properties.serving();
    }

    @Override
    public Health health() {
        if (!serving) {
            return Health.outOfService().withDetail("reason", "not serving (credpath.catalog.serving=false)").build();
        }
        if (!snapshots.ready()) {
            return Health.outOfService().withDetail("reason", "building the first catalog snapshot").build();
        }
        return Health.up().withDetail("version", snapshots.version()).withDetail("credentials", snapshots.current().size()).build();
    }
}
