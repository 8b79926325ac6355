package org.credpath.database;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.bolt.connection.exception.BoltFailureException;
import org.neo4j.bolt.connection.values.Value;
import org.neo4j.bolt.connection.values.ValueFactory;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * What an in-process connection translates: the driver's parameter values into the Java values the embedded database
 * takes, its answers into the driver's values, a statement's counters into a summary, and its failures into the
 * failure a server would send (same status code, so the driver classifies it the same: client error, transient...).
 */
final class InProcessValues {

    private final ValueFactory factory;

    InProcessValues(ValueFactory factory) {
        this.factory = factory;
    }

    Map<String, Object> java(Map<String, Value> parameters) {
        var java = new HashMap<String, Object>(parameters.size() * 2);
        parameters.forEach((name, value) -> java.put(name, java(value)));
        return java;
    }

    private Object java(Value value) {
        return switch (value.boltValueType()) {
            case NULL -> null;
            case BOOLEAN -> value.asBoolean();
            case INTEGER -> value.asLong();
            case FLOAT -> value.asDouble();
            case STRING -> value.asString();
            case BYTES -> value.asByteArray();
            case LIST -> {
                var list = new ArrayList<>();
                value.boltValues().forEach(item -> list.add(java(item)));
                yield list;
            }
            case MAP -> {
                var map = new LinkedHashMap<String, Object>();
                value.asBoltMap().forEach((key, item) -> map.put(key, java(item)));
                yield map;
            }
            case DATE -> value.asLocalDate();
            case TIME -> value.asOffsetTime();
            case LOCAL_TIME -> value.asLocalTime();
            case LOCAL_DATE_TIME -> value.asLocalDateTime();
            case DATE_TIME -> value.asZonedDateTime();
            default -> throw new IllegalArgumentException("A parameter of type " + value.boltValueType()
                    + " is not supported by an in-process connection");
        };
    }

    Value bolt(Object value) {
        if (value instanceof Node node) {
            return factory.value(factory.node(node.getId(), node.getElementId(), labels(node), properties(node.getAllProperties())));
        }
        if (value instanceof Relationship r) {
            return factory.value(factory.relationship(r.getId(), r.getElementId(), r.getStartNode().getId(), r.getStartNode().getElementId(),
                    r.getEndNode().getId(), r.getEndNode().getElementId(), r.getType().name(), properties(r.getAllProperties())));
        }
        if (value instanceof Map<?, ?> map) {
            var converted = new LinkedHashMap<String, Value>();
            map.forEach((key, item) -> converted.put((String) key, bolt(item)));
            return factory.value(converted);
        }
        if (value instanceof Iterable<?> items) {
            var converted = new ArrayList<Value>();
            items.forEach(item -> converted.add(bolt(item)));
            return factory.value(converted);
        }
        if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
            var converted = new ArrayList<Value>();
            for (int i = 0; i < Array.getLength(value); i++) {
                converted.add(bolt(Array.get(value, i)));
            }
            return factory.value(converted);
        }
        return factory.value(value);
    }

    private static List<String> labels(Node node) {
        var labels = new ArrayList<String>();
        node.getLabels().forEach(label -> labels.add(label.name()));
        return labels;
    }

    private Map<String, Value> properties(Map<String, Object> properties) {
        var converted = new LinkedHashMap<String, Value>();
        properties.forEach((key, item) -> converted.put(key, bolt(item)));
        return converted;
    }

    /** What a server says at the end of a statement: its type and, when it changed anything, its counters. */
    Map<String, Value> summary(Result result) {
        var metadata = new HashMap<String, Value>();
        metadata.put("type", factory.value(switch (result.getQueryExecutionType().queryType()) {
            case READ_ONLY -> "r";
            case WRITE -> "w";
            case SCHEMA_WRITE -> "s";
            default -> "rw";
        }));
        var s = result.getQueryStatistics();
        if (s.containsUpdates()) {
            var stats = new LinkedHashMap<String, Value>();
            stats.put("nodes-created", factory.value((long) s.getNodesCreated()));
            stats.put("nodes-deleted", factory.value((long) s.getNodesDeleted()));
            stats.put("relationships-created", factory.value((long) s.getRelationshipsCreated()));
            stats.put("relationships-deleted", factory.value((long) s.getRelationshipsDeleted()));
            stats.put("properties-set", factory.value((long) s.getPropertiesSet()));
            stats.put("labels-added", factory.value((long) s.getLabelsAdded()));
            stats.put("labels-removed", factory.value((long) s.getLabelsRemoved()));
            stats.put("indexes-added", factory.value((long) s.getIndexesAdded()));
            stats.put("indexes-removed", factory.value((long) s.getIndexesRemoved()));
            stats.put("constraints-added", factory.value((long) s.getConstraintsAdded()));
            stats.put("constraints-removed", factory.value((long) s.getConstraintsRemoved()));
            stats.put("contains-updates", factory.value(true));
            metadata.put("stats", factory.value(stats));
        }
        return metadata;
    }

    /** The failure a server would answer with: the database's status code where it gives one. */
    static BoltFailureException failure(RuntimeException e) {
        String code = null;
        for (Throwable cause = e; cause != null && code == null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Status.HasStatus status) {
                code = status.status().code().serialize();
            } else if (cause instanceof QueryExecutionException query) {
                code = query.getStatusCode();
            }
        }
        var message = e.getMessage() == null ? e.toString() : e.getMessage();
        return new BoltFailureException(code == null ? "Neo.DatabaseError.General.UnknownError" : code, message, "50N42",
                "error: general processing exception - unexpected error. " + message, Map.of(), e);
    }
}
