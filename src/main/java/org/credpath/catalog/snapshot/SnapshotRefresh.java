package org.credpath.catalog.snapshot;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out the next snapshot (with its views) from the one being served and the database: the same one when the
 * catalog version has not moved; an incremental update when every change since is in the change log and together
 * they name at most {@code incrementalLimit} credentials and none of them is gone (positions would shift); else a whole
 * rebuild. The result is built entirely before it
 * is returned, so the caller can swap it in at once. Its version is the one read before its data: the data is at
 * least that new, and a write that raced the read is applied again (idempotently) on the next refresh.
 */
final class SnapshotRefresh {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRefresh.class);

    /** A snapshot, the catalog version and count of unlogged changes it reflects, and the views built on it. */
    record Served(CatalogSnapshot snapshot, ChangeLog.Version version, long unlogged, Map<Class<?>, Object> views) {
    }

    private final CatalogSnapshotLoader loader;
    private final ChangeLog changes;
    private final int incrementalLimit;

    SnapshotRefresh(CatalogSnapshotLoader loader, ChangeLog changes, int incrementalLimit) {
        this.loader = loader;
        this.changes = changes;
        this.incrementalLimit = incrementalLimit;
    }

    ChangeLog.Version version() {
        return changes.version();
    }

    /** The snapshot to serve after {@code served} (null: none yet); {@code unlogged} counts changes the log does not know. */
    Served next(Served served, long unlogged, Map<Class<?>, CatalogView<?>> views) {
        long started = System.nanoTime();
        var version = changes.version();
        if (served != null && served.version().equals(version) && served.unlogged() == unlogged) {
            return served;
        }
        boolean sameLine = served != null && served.unlogged() == unlogged && Objects.equals(served.version().epoch(), version.epoch());
        var change = sameLine ? incremental(served.version().number(), version.number()) : null;
        if (change != null && change.reference() && loader.twinsChanged()) {
            change = null; // the knowledge/skill twins changed: any credential's inferred links may have
        }
        var updated = change == null ? null : loader.load(change.credentials());
        var wider = updated == null ? null : withSameCourses(change, served.snapshot(), updated);
        if (wider != null && wider != change) {
            change = wider;
            updated = loader.load(change.credentials());
        }
        long read = System.nanoTime();
        var patched = updated == null ? null : served.snapshot().withChanges(change.credentials(), updated);
        if (patched != null) {
            var snapshot = patched.prepared();
            long built = System.nanoTime();
            var next = new Served(snapshot, version, unlogged, update(served, snapshot, change, views));
            log.info("Catalog snapshot at version {}: {} credentials updated in {} ms (read {} ms, snapshot {} ms, views {} ms)",
                    version.number(), change.credentials().size(), millis(started), (read - started) / 1_000_000,
                    (built - read) / 1_000_000, millis(built));
            return next;
        }
        var snapshot = loader.load().prepared();
        loader.load(List.of()); // plans the partial reads and the change log's read now: planning them took seconds
        changes.since(version.number()); // on the first change under load
        var built = new ConcurrentHashMap<Class<?>, Object>();
        views.forEach((type, view) -> built.put(type, view.build(snapshot)));
        log.info("Catalog snapshot at version {}: {} credentials built in {} ms", version.number(), snapshot.size(), millis(started));
        return new Served(snapshot, version, unlogged, built);
    }

    /**
     * The change with the other codes of the changed credentials' cross-listed groups, before and after it: a group is
     * held as recognitions from every member, so a member joining or leaving changes the others' too.
     */
    private static CatalogChange withSameCourses(CatalogChange change, CatalogSnapshot old, CatalogSnapshot updated) {
        var ids = new HashSet<>(change.credentials());
        change.credentials().forEach(id -> {
            ids.addAll(SameCourse.others(old, id));
            ids.addAll(SameCourse.others(updated, id));
        });
        return ids.size() == change.credentials().size() ? change : new CatalogChange(ids, change.reference());
    }

    /** The union of the logged changes after {@code from} up to at least {@code to}, or null when they cannot be applied in place. */
    private CatalogChange incremental(long from, long to) {
        if (to < from) {
            return null; // the database was replaced by an older one
        }
        List<ChangeLog.Entry> entries = changes.since(from);
        var credentials = new HashSet<String>();
        boolean reference = false;
        long expected = from + 1;
        for (var entry : entries) {
            if (entry.version() != expected++ || entry.credentials() == null) {
                return null; // a gap (the log was pruned) or a write that did not say what it changed
            }
            credentials.addAll(entry.credentials());
            reference |= Boolean.TRUE.equals(entry.reference());
            if (credentials.size() > incrementalLimit) {
                return null;
            }
        }
        return expected > to ? new CatalogChange(credentials, reference) : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Class<?>, Object> update(Served served, CatalogSnapshot snapshot, CatalogChange change,
                                                Map<Class<?>, CatalogView<?>> views) {
        var updated = new ConcurrentHashMap<Class<?>, Object>();
        views.forEach((type, view) -> {
            var previous = served.views().get(type);
            updated.put(type, previous == null ? view.build(snapshot) : ((CatalogView) view).update(previous, snapshot, change));
        });
        return updated;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
