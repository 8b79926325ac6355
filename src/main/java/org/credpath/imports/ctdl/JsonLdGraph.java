package org.credpath.imports.ctdl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.imports.JsonFiles.JsonFile;

import tools.jackson.databind.JsonNode;

/**
 * The resources the files describe, as JSON-LD sees them: a document may be one object, a list, or an
 * object with {@code @graph}; objects nested in properties are resources too; every description of one
 * {@code @id}, in one file or several, is merged into one node whose properties gather every value (JSON-LD
 * node merging), so a pathway may sit in one file and the courses it points at in another. Blank node ids
 * ({@code _:b1}) name a node within their file only. Without a {@code @context} processor the terms are read
 * by local name ({@link Terms#local}), which is what compact, bare and expanded forms share.
 */
final class JsonLdGraph {

    /** A property value as written, with the file it came from (blank node ids resolve within it). */
    record Value(JsonNode json, String file) {
    }

    /** One resource: its id as written, classes (local names), properties by local name, and where it is described. */
    static final class Node {
        final String iri;
        final List<String> types = new ArrayList<>();
        final Map<String, List<Value>> props = new LinkedHashMap<>();
        final List<String> describedIn = new ArrayList<>();

        Node(String iri) {
            this.iri = iri;
        }

        List<Value> values(String property) {
            return props.getOrDefault(property, List.of());
        }

        boolean has(String property) {
            return !values(property).isEmpty();
        }

        /** Where messages point: the first file describing it and its id. */
        String where() {
            var file = describedIn.isEmpty() ? "?" : describedIn.get(0);
            return iri == null ? file : file + ": " + iri;
        }

        private void add(String property, Value value) {
            var list = props.computeIfAbsent(property, p -> new ArrayList<>());
            // the same statement made twice (a node described in two files) is one value
            if (list.stream().noneMatch(v -> v.json().equals(value.json()) && sameScope(v, value))) {
                list.add(value);
            }
        }

        private static boolean sameScope(Value a, Value b) {
            return !a.json().isString() || !a.json().asString().startsWith("_:") || a.file().equals(b.file());
        }
    }

    private final Map<String, Node> byKey = new LinkedHashMap<>();
    private final Map<JsonNode, Node> anonymous = new IdentityHashMap<>();
    private final List<Node> all = new ArrayList<>();

    void add(JsonFile file) {
        var root = file.root();
        var graph = root.isObject() ? root.get("@graph") : null;
        var tops = root.isArray() ? root : graph != null ? graph : root;
        if (tops.isArray()) {
            tops.forEach(top -> describeIfNode(top, file.name()));
        } else {
            describeIfNode(tops, file.name());
        }
    }

    Collection<Node> nodes() {
        return all;
    }

    /** The node a reference (an IRI, {@code {"@id": ...}} or a nested object) stands for; null when none is described. */
    Node resolve(Value value) {
        var json = value.json();
        if (json.isString()) {
            return byKey.get(key(json.asString().strip(), value.file()));
        }
        if (json.isObject() && !json.has("@value")) {
            var id = id(json);
            return id != null ? byKey.get(key(id, value.file())) : anonymous.get(json);
        }
        return null;
    }

    /** The reference a value makes, as written: the IRI or {@code @id}, or null for a literal or a nested anonymous node. */
    static String reference(Value value) {
        var json = value.json();
        if (json.isString()) {
            return json.asString().strip();
        }
        return json.isObject() && !json.has("@value") ? id(json) : null;
    }

    private void describeIfNode(JsonNode json, String file) {
        if (isNode(json)) {
            describe(json, file);
        }
    }

    private Node describe(JsonNode object, String file) {
        var id = id(object);
        Node node;
        if (id == null) {
            node = new Node(null);
            anonymous.put(object, node);
            all.add(node);
        } else {
            node = byKey.get(key(id, file));
            if (node == null) {
                node = new Node(id);
                byKey.put(key(id, file), node);
                all.add(node);
            }
        }
        node.describedIn.add(file);
        for (var entry : object.properties()) {
            var name = entry.getKey();
            var json = entry.getValue();
            if (name.equals("@id") || name.equals("id") || name.equals("@context") || name.equals("@graph")) {
                continue;
            }
            if (name.equals("@type") || name.equals("type")) {
                for (var type : json.isArray() ? json : List.of(json)) {
                    if (type.isString() && !node.types.contains(Terms.local(type.asString()))) {
                        node.types.add(Terms.local(type.asString()));
                    }
                }
                continue;
            }
            for (var value : json.isArray() ? json : List.of(json)) {
                if (isNode(value)) {
                    describe(value, file);
                }
                node.add(Terms.local(name), new Value(value, file));
            }
        }
        return node;
    }

    /** A resource description rather than a literal, a language map or a bare {@code {"@id": ...}} reference. */
    private static boolean isNode(JsonNode json) {
        if (!json.isObject() || json.has("@value")) {
            return false;
        }
        if (json.has("@type") || json.has("type")) {
            return true;
        }
        return id(json) != null && json.size() > 1;
    }

    private static String id(JsonNode object) {
        var id = object.has("@id") ? object.get("@id") : object.get("id");
        return id != null && id.isString() && !id.asString().isBlank() ? id.asString().strip() : null;
    }

    private static String key(String id, String file) {
        return id.startsWith("_:") ? file + "|" + id : id;
    }
}
