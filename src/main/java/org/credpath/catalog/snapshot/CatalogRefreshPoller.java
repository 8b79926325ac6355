package org.credpath.catalog.snapshot;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.credpath.database.SchemaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the catalog version every {@code credpath.catalog.refresh-interval} and refreshes the snapshot when another
 * replica (or anything else) moved it. Its first round, as soon as the service is up, builds the first snapshot, so
 * that no request waits for it and readiness turns once it is there; while the start still waits for the database
 * ({@link SchemaInitializer#current()}), it reads nothing (the start says what it waits for, once). A process that
 * serves nothing ({@code credpath.catalog.serving=false}) polls nothing.
 */
@Component
class CatalogRefreshPoller {

    private static final Logger log = LoggerFactory.getLogger(CatalogRefreshPoller.class);

    private final CatalogSnapshots snapshots;
    private final SchemaInitializer schema;
    private final long intervalMillis;
    private final boolean serving;
    private ScheduledExecutorService executor;

    CatalogRefreshPoller(CatalogSnapshots snapshots, SchemaInitializer schema, CatalogRefreshProperties properties) {
        this.snapshots = snapshots;
        this.schema = schema;
        this.intervalMillis = Math.max(1, properties.refreshInterval().toMillis());
        this.serving = properties.serving();
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!serving) {
            log.info("Catalog snapshot not kept: credpath.catalog.serving=false (a process that only writes the catalog)");
            return;
        }
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(task -> {
                var thread = new Thread(task, "catalog-refresh");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::poll, 0, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void poll() {
        if (!schema.current()) {
            return;
        }
        try {
            if (snapshots.behind()) {
                snapshots.refresh();
            }
        } catch (RuntimeException e) {
            // the database may be restarting: keep serving what is built, try again next round
            log.warn("Catalog version not checked: {}", e.toString());
        }
    }
}
