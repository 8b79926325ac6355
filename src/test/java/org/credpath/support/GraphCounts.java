package org.credpath.support;

import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * Node counts per label and relationship counts per type: a fingerprint to show a write changed nothing. The catalog
 * version and its change log (bookkeeping every catalog write adds to, V0004) are not data and not counted.
 */
public final class GraphCounts {

    private static final String DATA = "NOT n:CatalogVersion AND NOT n:CatalogChange";

    private GraphCounts() {
    }

    public static Map<String, Long> of(Driver driver) {
        var counts = new TreeMap<String, Long>();
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE " + DATA + " UNWIND labels(n) AS label RETURN label, count(*) AS n")
                    .forEachRemaining(r -> counts.put(":" + r.get("label").asString(), r.get("n").asLong()));
            session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
                    .forEachRemaining(r -> counts.put("[" + r.get("type").asString() + "]", r.get("n").asLong()));
            session.run("MATCH (n) WHERE " + DATA + " RETURN count(n) AS n, sum(size(keys(n))) AS p")
                    .forEachRemaining(r -> counts.put("properties", r.get("p").asLong()));
        }
        return counts;
    }

    /** What changed from {@code before} to {@code after}: each count that differs, by how much, sorted by key. */
    public static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        var changed = new java.util.TreeMap<String, Long>();
        after.forEach((key, n) -> {
            long d = n - before.getOrDefault(key, 0L);
            if (d != 0) {
                changed.put(key, d);
            }
        });
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> changed.put(k, -before.get(k)));
        return changed;
    }
}
