package org.credpath.catalog.snapshot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.credpath.catalog.CatalogChanged;
import org.credpath.database.GraphReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalog snapshot the algorithms run on, and the views other modules build on it ({@link #register}),
 * in step with the catalog version in the database. A refresh builds the next snapshot and its views beside the
 * ones being served and then swaps them in at once: requests never wait for it, except for the very first build.
 * Refreshes run one at a time: on the writer's thread after its commit (so a writer reads its own write) and on
 * the {@link CatalogRefreshPoller}'s when another replica moved the version. Serving touches no database.
 */
@Component
public class CatalogSnapshots {

    /**
     * A skill counts as taught by a credential when its link's confidence is at least this (unassessed stated links
     * always count); calibrated on the validation sets (docs/skill-matching.md).
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    /**
     * With {@code credpath.skills.twins.enabled} (off by default: a held-out sample judged 65 % strictly right, 57 % before
     * ESCO's groups of work on objects were left out, against 74 % for the calibrated course links), a knowledge link
     * counts for its skill twin at this times its confidence: the share of 60 judged inferred links strictly right
     * (0.567) over their mean confidence (0.699); on the held-out sample the mean inferred confidence, 0.643, matches its
     * 65 % (docs/skill-matching.md, "Knowledge implies the skill (twins)").
     */
    public static final double TWIN_FACTOR = 0.8;

    private static final Logger log = LoggerFactory.getLogger(CatalogSnapshots.class);

    private final SnapshotRefresh refresh;
    private final TransactionTemplate readOnly;
    private final Map<Class<?>, CatalogView<?>> views = new ConcurrentHashMap<>();
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicLong unlogged = new AtomicLong();
    private final boolean serving;
    private volatile SnapshotRefresh.Served served;

    CatalogSnapshots(GraphReader graph, PlatformTransactionManager transactions, CatalogRefreshProperties properties,
                     @Value("${credpath.skills.min-confidence:" + DEFAULT_MIN_CONFIDENCE + "}") double minConfidence,
                     @Value("${credpath.skills.twins.enabled:false}") boolean twins,
                     @Value("${credpath.skills.twins.factor:" + TWIN_FACTOR + "}") double twinFactor) {
        this.refresh = new SnapshotRefresh(new CatalogSnapshotLoader(graph, minConfidence,
                new CatalogSnapshotLoader.TwinSettings(twins, twinFactor)), new ChangeLog(graph), properties.incrementalLimit());
        this.serving = properties.serving();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // a refresh may run on a writer's thread after its commit, while its transaction is still bound there
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public CatalogSnapshot current() {
        return served().snapshot();
    }

    /** The catalog version the served snapshot reflects; -1 before the first build. */
    public long version() {
        var s = served;
        return s == null ? -1 : s.version().number();
    }

    /** Whether the first snapshot is built: until then requests wait for it (readiness says so). */
    public boolean ready() {
        return served != null;
    }

    /** Registers a view to build and update with every snapshot; register before the first use (a bean's constructor). */
    public <T> void register(Class<T> type, CatalogView<T> view) {
        views.put(type, view);
    }

    /** The registered view of {@code type} on the served snapshot. */
    public <T> T view(Class<T> type) {
        var s = served();
        var view = s.views().get(type);
        if (view == null) { // registered after that snapshot was built
            var builder = views.get(type);
            if (builder == null) {
                throw new IllegalStateException("No catalog view registered for " + type.getName());
            }
            view = s.views().computeIfAbsent(type, k -> readOnly.execute(status -> builder.build(s.snapshot())));
        }
        return type.cast(view);
    }

    /** Brings the served snapshot up to the database's catalog version, on the calling thread. */
    void refresh() {
        refreshing.lock();
        try {
            var current = served;
            var next = readOnly.execute(status -> refresh.next(current, unlogged.get(), views));
            if (next != current) {
                served = next;
            }
        } catch (RuntimeException e) {
            unlogged.incrementAndGet(); // the next attempt rebuilds whole rather than repeat what failed
            throw e;
        } finally {
            refreshing.unlock();
        }
    }

    /** Whether the catalog version in the database moved past the served one (one indexed read). */
    boolean behind() {
        var current = served;
        return current == null || current.unlogged() != unlogged.get()
                || !current.version().equals(readOnly.execute(status -> refresh.version()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void catalogChanged(CatalogChanged event) {
        if (!event.logged()) {
            unlogged.incrementAndGet();
        }
        if (served == null && !refreshing.isLocked()) {
            return; // the first build, which starts after this commit, reads it all
        }
        if (!serving) {
            served = null; // a process that only writes rebuilds on its next use, not after every write
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            // the write stands; the poller retries
            log.warn("Catalog snapshot not refreshed after {}: {}", event.source(), e.toString());
        }
    }

    private SnapshotRefresh.Served served() {
        var current = served;
        if (current == null) {
            refresh();
            current = served;
        }
        return current;
    }
}
