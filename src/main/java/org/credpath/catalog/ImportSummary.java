package org.credpath.catalog;

import java.util.Map;

/** What loading one catalog source did, per section: entries created and entries that existed and were updated. */
public record ImportSummary(String source, Map<String, Counts> sections) {

    public record Counts(int created, int updated) {
    }

    public int created() {
        return sections.values().stream().mapToInt(Counts::created).sum();
    }

    public int updated() {
        return sections.values().stream().mapToInt(Counts::updated).sum();
    }
}
