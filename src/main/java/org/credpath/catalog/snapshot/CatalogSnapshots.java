package org.credpath.catalog.snapshot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.credpath.catalog.CatalogChanged;
import org.credpath.database.GraphReader;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the catalog snapshot the algorithms run on: loaded once the service is ready (so the first
 * request does not pay for it) or on first use, dropped when the catalog changes. Serving a cached
 * snapshot touches no database. A load that a catalog change overtook is served to its caller but not
 * kept, so a stale snapshot never outlives the change. Other modules hang their own views of the
 * catalog on it ({@link #derived}): built once per snapshot and dropped with it, so one event refreshes
 * every in-memory view.
 */
@Component
public class CatalogSnapshots {

    private static final Logger log = LoggerFactory.getLogger(CatalogSnapshots.class);

    private record Current(CatalogSnapshot snapshot, Map<Class<?>, Object> views) {
    }

    private final CatalogSnapshotLoader loader;
    private final TransactionTemplate readOnly;
    private final AtomicLong changes = new AtomicLong();
    private volatile Current current;

    CatalogSnapshots(GraphReader graph, PlatformTransactionManager transactions) {
        this.loader = new CatalogSnapshotLoader(graph);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public CatalogSnapshot current() {
        return entry().snapshot();
    }

    /**
     * The view of type {@code type} built from the current snapshot by {@code build} (which may read the
     * database: it runs in a read transaction), cached until the catalog changes.
     */
    public <T> T derived(Class<T> type, Function<CatalogSnapshot, T> build) {
        var entry = entry();
        var view = entry.views().get(type);
        if (view == null) {
            view = entry.views().computeIfAbsent(type, k -> readOnly.execute(status -> build.apply(entry.snapshot())));
        }
        return type.cast(view);
    }

    private Current entry() {
        var entry = current;
        if (entry != null) {
            return entry;
        }
        synchronized (this) {
            if (current != null) {
                return current;
            }
            long seen = changes.get();
            var loaded = new Current(readOnly.execute(status -> loader.load()), new ConcurrentHashMap<>());
            if (changes.get() == seen) {
                current = loaded;
            }
            return loaded;
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void catalogChanged(CatalogChanged event) {
        changes.incrementAndGet();
        current = null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        var thread = new Thread(() -> {
            try {
                long started = System.nanoTime();
                var snapshot = current();
                log.info("Catalog snapshot ready: {} credentials in {} ms", snapshot.offerings().size(), (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.debug("Catalog snapshot not warmed at start (it loads on first use)", e);
            }
        }, "catalog-snapshot-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
