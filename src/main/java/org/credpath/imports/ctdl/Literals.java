package org.credpath.imports.ctdl;

import java.util.ArrayList;
import java.util.List;

import org.credpath.imports.ctdl.JsonLdGraph.Node;
import org.credpath.imports.ctdl.JsonLdGraph.Value;

import tools.jackson.databind.JsonNode;

/**
 * Literal values in the forms the files use: plain strings and numbers, JSON-LD value objects
 * ({@code {"@value": 6}}, {@code {"@language": "en", "@value": "..."}}) and language maps
 * ({@code {"en-US": "..."}}, whose English entries come first).
 */
final class Literals {

    private Literals() {
    }

    /** Every text value of the property, in order, blanks left out. */
    static List<String> texts(Node node, String property) {
        var texts = new ArrayList<String>();
        for (var value : node.values(property)) {
            collect(value.json(), texts);
        }
        return texts.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** The first text value, or null. */
    static String text(Node node, String property) {
        var texts = texts(node, property);
        return texts.isEmpty() ? null : texts.get(0);
    }

    /** Every numeric value of the property (numbers, numeric strings, value objects), in order. */
    static List<Double> numbers(Node node, String property) {
        var numbers = new ArrayList<Double>();
        for (var value : node.values(property)) {
            var number = number(value);
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    static Double number(Value value) {
        var json = value.json().isObject() && value.json().has("@value") ? value.json().get("@value") : value.json();
        if (json.isNumber()) {
            return json.asDouble();
        }
        if (json.isString()) {
            try {
                return Double.valueOf(json.asString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static void collect(JsonNode json, List<String> into) {
        if (json.isString()) {
            into.add(json.asString());
        } else if (json.isNumber() || json.isBoolean()) {
            into.add(json.asString());
        } else if (json.isArray()) {
            json.forEach(item -> collect(item, into));
        } else if (json.isObject() && json.has("@value")) {
            collect(json.get("@value"), into);
        } else if (json.isObject() && !json.has("@id") && !json.has("@type")) {
            // a language map: English first, then the others in file order
            var english = new ArrayList<String>();
            var others = new ArrayList<String>();
            for (var entry : json.properties()) {
                var target = entry.getKey().replace("@", "").toLowerCase().startsWith("en") ? english : others;
                collect(entry.getValue(), target);
            }
            into.addAll(english);
            into.addAll(others);
        }
    }
}
