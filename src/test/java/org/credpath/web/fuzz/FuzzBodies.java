package org.credpath.web.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON bodies for an operation, from its request schema: one valid-looking body, then that body with each field
 * (to two levels) set to null, the wrong type, a boundary number, a very long string, an empty or a long array; and
 * bodies that are not that JSON at all.
 */
final class FuzzBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> NOT_THE_JSON = List.of("", "null", "[]", "{}", "{", "\"x\"", "1", "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":" .repeat(2000) + "1" + "}".repeat(2000), "\u0000");

    private final JsonNode components;

    FuzzBodies(JsonNode document) {
        this.components = document.path("components").path("schemas");
    }

    List<String> of(JsonNode schema) {
        var valid = sample(schema, 0);
        var bodies = new ArrayList<String>();
        bodies.add(JSON.writeValueAsString(valid));
        mutations(valid, valid, bodies, 0);
        // and one level down, in the first item of each list of objects, with the first bad values only
        bodies.addAll(nested(valid));
        bodies.addAll(NOT_THE_JSON);
        return bodies;
    }

    private JsonNode resolve(JsonNode schema) {
        var ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            return components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("anyOf")) {
            return resolve(schema.path("anyOf").get(0));
        }
        if (schema.has("oneOf")) {
            return resolve(schema.path("oneOf").get(0));
        }
        return schema;
    }

    private JsonNode sample(JsonNode reference, int depth) {
        var schema = resolve(reference);
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        return switch (FuzzValues.type(schema)) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.0);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(sample(schema.path("items"), depth + 1));
            case "object" -> {
                var object = NODES.objectNode();
                if (depth <= 3) {
                    for (var property : schema.path("properties").properties()) {
                        object.set(property.getKey(), sample(property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            default -> NODES.stringNode("date".equals(schema.path("format").asString("")) ? "2026-09-01" : "x");
        };
    }

    /** Every field of {@code node} (inside {@code root}) replaced in turn by each bad value, the body written after each. */
    private void mutations(JsonNode root, JsonNode node, List<String> bodies, int depth) {
        if (depth > 0) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext(); ) {
                var name = names.next();
                var original = object.get(name);
                for (var bad : badValues()) {
                    object.set(name, bad);
                    bodies.add(JSON.writeValueAsString(root));
                }
                object.set(name, original);
                mutations(root, original, bodies, depth + 1);
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            mutations(root, array.get(0), bodies, depth);
        }
    }

    private List<String> nested(JsonNode valid) {
        var bodies = new ArrayList<String>();
        if (!(valid instanceof ObjectNode object)) {
            return bodies;
        }
        for (var name : List.copyOf(object.propertyNames())) {
            if (object.get(name) instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode item) {
                for (var field : List.copyOf(item.propertyNames())) {
                    var original = item.get(field);
                    for (var bad : badValues().subList(0, 3)) {
                        item.set(field, bad);
                        bodies.add(JSON.writeValueAsString(valid));
                    }
                    item.set(field, original);
                }
            }
        }
        return bodies;
    }

    private static List<JsonNode> badValues() {
        var many = NODES.arrayNode();
        for (int i = 0; i < 300; i++) {
            many.add("x" + i);
        }
        return List.of(NODES.nullNode(), NODES.stringNode(FuzzValues.LONG + "\u0000\u202E"), NODES.numberNode(-1),
                NODES.numberNode(1e308), NODES.objectNode(), many);
    }
}
