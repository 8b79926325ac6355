package org.credpath.database;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read statements run on the database inside this process directly, not over its Bolt connector: for a cheap
 * request the Bolt round trips (the driver's and the server's side) cost more than the query (docs/benchmarks.md).
 * Used only where nothing is being written on the calling thread: a read inside a read-write transaction goes
 * through that transaction, so it sees its own writes. Values come back as the driver gives them (lists, not
 * arrays; a node or relationship as its properties).
 */
final class InProcessReads {

    private final GraphDatabaseService database;

    InProcessReads(GraphDatabaseService database) {
        this.database = database;
    }

    /** Whether a read on this thread may bypass the current transaction: there is none, or it only reads. */
    static boolean applicable() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    List<Map<String, Object>> all(String cypher, Map<String, Object> params) {
        return database.executeTransactionally(cypher, params, InProcessReads::rows);
    }

    Optional<Map<String, Object>> one(String cypher, Map<String, Object> params) {
        var rows = all(cypher, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size());
        }
        return rows.stream().findFirst();
    }

    private static List<Map<String, Object>> rows(Result result) {
        var rows = new ArrayList<Map<String, Object>>();
        while (result.hasNext()) {
            rows.add(asMap(result.next()));
        }
        return rows;
    }

    private static Map<String, Object> asMap(Map<String, ?> map) {
        var converted = new HashMap<String, Object>(map.size() * 2);
        map.forEach((key, value) -> converted.put(key, value(value)));
        return converted;
    }

    static Object value(Object value) {
        if (value instanceof Entity entity) {
            return asMap(entity.getAllProperties());
        }
        if (value instanceof Map<?, ?> map) {
            var converted = new HashMap<String, Object>(map.size() * 2);
            map.forEach((key, item) -> converted.put((String) key, value(item)));
            return converted;
        }
        if (value instanceof Collection<?> collection) {
            var converted = new ArrayList<Object>(collection.size());
            collection.forEach(item -> converted.add(value(item)));
            return converted;
        }
        if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            var converted = new ArrayList<Object>(length);
            for (int i = 0; i < length; i++) {
                converted.add(value(Array.get(value, i)));
            }
            return converted;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }
}
