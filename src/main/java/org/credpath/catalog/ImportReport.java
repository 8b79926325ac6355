package org.credpath.catalog;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a catalog load or an import did: per kind of entry (providers, skills, courses, relations...) how
 * many were created, updated (existed with other values) and skipped (already identical, or not
 * importable: see the warnings), the warnings, and how long it took. Catalog loads, the seed and every
 * importer answer with it.
 */
public record ImportReport(String format, String source, Map<String, Counts> entries, List<String> warnings, Duration took) {

    public record Counts(long created, long updated, long skipped) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated, skipped + other.skipped);
        }
    }

    public ImportReport {
        // kept in the order the importer gives, which is the order a reader expects (nodes before relations)
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        warnings = List.copyOf(warnings);
    }

    /** Entries created, over every kind. */
    public long created() {
        return entries.values().stream().mapToLong(Counts::created).sum();
    }

    /** Entries updated, over every kind. */
    public long updated() {
        return entries.values().stream().mapToLong(Counts::updated).sum();
    }

    /** The entries but those of the given kinds (what a load reports of kinds an importer does not write), in order. */
    public Map<String, Counts> entriesExcept(Collection<String> kinds) {
        var kept = new LinkedHashMap<String, Counts>();
        entries.forEach((kind, counts) -> {
            if (!kinds.contains(kind)) {
                kept.put(kind, counts);
            }
        });
        return kept;
    }

    /** The counts of one kind of entry, zero when the report has none. */
    public Counts entry(String kind) {
        return entries.getOrDefault(kind, Counts.NONE);
    }

    /** The same report naming the source otherwise (an upload rather than its temporary path). */
    public ImportReport withSource(String newSource) {
        return new ImportReport(format, newSource, entries, warnings, took);
    }
}
