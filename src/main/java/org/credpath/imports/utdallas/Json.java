package org.credpath.imports.utdallas;

import java.util.List;

import org.credpath.catalog.model.CatalogProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the source's JSON with problems located as {@code <file>: <json path>}
 * ({@code courses.json: $[12].prerequisites.required}), so a rejected import points at the place to fix.
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** The parsed file, or null with a problem naming the line and column where the JSON breaks. */
    static JsonNode parse(SourceFile file, List<CatalogProblem> problems) {
        try {
            var node = MAPPER.readTree(file.content());
            if (node == null || node.isMissingNode()) {
                problems.add(new CatalogProblem(file.name(), "the file is empty"));
                return null;
            }
            return node;
        } catch (JacksonException e) {
            var location = e.getLocation();
            var where = location == null ? file.name()
                    : "%s: line %d, column %d".formatted(file.name(), location.getLineNr(), location.getColumnNr());
            problems.add(new CatalogProblem(where, "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
    }

    /** A field that must hold non-blank text; null with a problem otherwise. */
    static String requiredText(JsonNode node, String field, String at, List<CatalogProblem> problems) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(new CatalogProblem(at + "." + field, "is required"));
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            problems.add(new CatalogProblem(at + "." + field, "must be non-empty text"));
            return null;
        }
        return value.asString().strip();
    }

    /** Optional text: null when absent, null or not text. */
    static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    /** A field that must hold a whole number of at least {@code min}; null with a problem otherwise. */
    static Integer requiredInt(JsonNode node, String field, int min, String at, List<CatalogProblem> problems) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(new CatalogProblem(at + "." + field, "is required"));
            return null;
        }
        if (!value.isIntegralNumber() || value.asInt() < min) {
            problems.add(new CatalogProblem(at + "." + field, "must be a whole number >= " + min + " (found " + value + ")"));
            return null;
        }
        return value.asInt();
    }

    /** A field that must hold a number > 0; null with a problem otherwise. */
    static Double requiredPositive(JsonNode node, String field, String at, List<CatalogProblem> problems) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(new CatalogProblem(at + "." + field, "is required"));
            return null;
        }
        if (!value.isNumber() || value.asDouble() <= 0) {
            problems.add(new CatalogProblem(at + "." + field, "must be a number > 0 (found " + value + ")"));
            return null;
        }
        return value.asDouble();
    }

    /** A field that must hold a list; null with a problem otherwise. */
    static JsonNode requiredArray(JsonNode node, String field, String at, List<CatalogProblem> problems) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(new CatalogProblem(at + "." + field, "is required"));
            return null;
        }
        if (!value.isArray()) {
            problems.add(new CatalogProblem(at + "." + field, "must be a list"));
            return null;
        }
        return value;
    }

    /** 3.0 as "3", 2.75 as "2.75": how the catalog writes hours and GPAs. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
