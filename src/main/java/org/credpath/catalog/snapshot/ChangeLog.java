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

    /** The catalog version; {@code epoch} changes when the version node is made anew (a database emptied and refilled). */
    record Version(long number, String epoch) {
    }

    private final GraphReader graph;

    ChangeLog(GraphReader graph) {
        this.graph = graph;
    }

    Version version() {
        return graph.one("catalog/snapshot/version", Map.of())
                .map(r -> new Version(((Number) r.get("version")).longValue(), (String) r.get("epoch")))
                .orElse(new Version(0, null));
    }

    List<Entry> since(long version) {
        var params = new HashMap<String, Object>();
        params.put("since", version);
        return graph.all("catalog/snapshot/changes", params).stream().map(r -> graph.convert(r, Entry.class)).toList();
    }
}
