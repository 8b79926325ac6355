package org.credpath.imports.credentials;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reading values the way credential JSON-LD states them: a string or a language map, one value or a list. */
final class JsonText {

    private JsonText() {
    }

    /** The text of a string, or of a language map (English first, else its first language); null when absent. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString() || node.isNumber()) {
            var text = node.asString().strip();
            return text.isEmpty() ? null : text;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.has("en")) {
            return text(node.get("en"));
        }
        for (var entry : node.properties()) {
            return text(entry.getValue());
        }
        return null;
    }

    static String text(JsonNode node, String field) {
        return node == null ? null : text(node.get(field));
    }

    /** The nodes of a field that holds one object or a list of them. */
    static List<JsonNode> list(JsonNode node, String field) {
        var value = node == null ? null : node.get(field);
        var list = new ArrayList<JsonNode>();
        if (value == null || value.isNull()) {
            return list;
        }
        if (value.isArray()) {
            value.forEach(list::add);
        } else {
            list.add(value);
        }
        return list;
    }

    /** Whether {@code type} (a string or a list of strings) names {@code wanted}. */
    static boolean hasType(JsonNode node, String wanted) {
        for (var type : list(node, "type")) {
            if (wanted.equals(type.asString())) {
                return true;
            }
        }
        for (var type : list(node, "@type")) {
            if (wanted.equals(type.asString())) {
                return true;
            }
        }
        return false;
    }
}
