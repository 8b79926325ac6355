package org.credpath.catalog.snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.database.GraphReader;

/** Reads the catalog version and the change log that the writers keep ({@code org.credpath.catalog.CatalogVersion}). */
final class ChangeLog {

    /** One logged write: {@code credentials} null when any credential may have changed. */
    record Entry(long version, List<String> credentials, Boolean reference) {
    }

    private final GraphReader graph;

    ChangeLog(GraphReader graph) {
        this.graph = graph;
    }

    long version() {
        return graph.one("catalog/snapshot/version", Map.of()).map(r -> ((Number) r.get("version")).longValue()).orElse(0L);
    }

    List<Entry> since(long version) {
        var params = new HashMap<String, Object>();
        params.put("since", version);
        return graph.all("catalog/snapshot/changes", params).stream().map(r -> graph.convert(r, Entry.class)).toList();
    }
}
