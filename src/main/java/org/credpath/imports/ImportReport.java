package org.credpath.imports;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: per kind of entry (skills, occupations, credentials, relations...) how many were
 * created, updated and skipped, plus warnings about what was kept but could not be resolved.
 */
public record ImportReport(String format, String source, Map<String, Counts> entries, List<String> warnings, Duration took) {

    public record Counts(long created, long updated, long skipped) {
    }

    public ImportReport {
        // kept in the order the importer gives, which is the order a reader expects (nodes before relations)
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        warnings = List.copyOf(warnings);
    }
}
