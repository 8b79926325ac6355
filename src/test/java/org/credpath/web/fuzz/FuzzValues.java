package org.credpath.web.fuzz;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Values to try for one parameter, from its schema: valid ones (declared enums, a date, small numbers), boundaries
 * (0, -1, int and long limits, the largest double) and invalid ones (wrong type, empty, very long, control and
 * bidirectional characters, path and query tricks).
 */
final class FuzzValues {

    static final String LONG = "a".repeat(1001);
    static final List<String> HOSTILE_TEXT = List.of("", "x", LONG, "a\u0000\u0007b", "\u202Etxt", "%2F", "../../etc/passwd",
            "' OR 1=1 --", "😀*\\", "ab ".repeat(400), "http://data.europa.eu/esco/skill/none");

    private FuzzValues() {
    }

    static List<String> forSchema(JsonNode schema) {
        var values = new ArrayList<String>();
        var type = type(schema);
        schema.path("enum").forEach(v -> values.add(v.asString()));
        switch (type) {
            case "integer" -> values.addAll(List.of("0", "-1", "8", "2147483647", "-2147483648", "9223372036854775808", "x", ""));
            case "number" -> values.addAll(List.of("0", "-1", "1e308", "NaN", "-Infinity", "x", ""));
            case "boolean" -> values.addAll(List.of("true", "false", "yes", ""));
            case "array" -> {
                values.addAll(forSchema(schema.path("items")));
                values.add("a,,b,");
                values.add(String.join(",", java.util.Collections.nCopies(300, "x")));
            }
            default -> {
                if ("date".equals(schema.path("format").asString(""))) {
                    values.addAll(List.of("2026-09-01", "2026-13-45", "+999999999-12-31"));
                }
                values.addAll(HOSTILE_TEXT);
            }
        }
        return values;
    }

    /** Values for a path segment: the valid one first, then ones a client might send by mistake. */
    static List<String> forPath(String valid) {
        return List.of(valid, "no-such-thing", "a b", "é", "..", "a".repeat(300), "\u202E", "x;y", "%");
    }

    static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (var t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        return type.asString("string");
    }
}
