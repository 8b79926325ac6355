package org.credpath.catalog.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one object of a catalog file, recording a located problem for each field
 * that is missing, of the wrong type or out of range, and returning null for it so reading goes on.
 */
final class Fields {

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    Fields(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    boolean has(String field) {
        var value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The object's field names, in the file's order. */
    List<String> names() {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    /** Records every field not in {@code allowed}: unknown fields are nearly always typos. */
    Fields allowOnly(Set<String> allowed) {
        for (var name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(at(name), "unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    String text(String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            problems.add(at(field), "must be a text value");
            return null;
        }
        var text = value.asString().strip();
        if (text.isEmpty()) {
            problems.add(at(field), "must not be empty");
            return null;
        }
        return text;
    }

    String requiredText(String field) {
        return required(field, text(field));
    }

    String oneOf(String field, Set<String> values) {
        var text = text(field);
        if (text != null && !values.contains(text)) {
            problems.add(at(field), "'" + text + "' is not one of " + String.join(", ", values.stream().sorted().toList()));
            return null;
        }
        return text;
    }

    String matching(String field, String regex, String expectation) {
        var text = text(field);
        if (text != null && !text.matches(regex)) {
            problems.add(at(field), "'" + text + "' " + expectation);
            return null;
        }
        return text;
    }

    Double number(String field, double min, double max) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(at(field), "must be a number");
            return null;
        }
        var number = value.asDouble();
        if (number < min || number > max) {
            problems.add(at(field), "must be between " + format(min) + " and " + format(max) + " (was " + format(number) + ")");
            return null;
        }
        return number;
    }

    Integer integer(String field, int min, int max) {
        var value = node.get(field);
        if (value != null && value.isNumber() && !value.isIntegralNumber()) {
            problems.add(at(field), "must be a whole number");
            return null;
        }
        var number = number(field, min, max);
        return number == null ? null : number.intValue();
    }

    Boolean bool(String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.add(at(field), "must be true or false");
            return null;
        }
        return value.asBoolean();
    }

    LocalDate date(String field) {
        var text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at(field), "'" + text + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
    }

    List<String> textList(String field) {
        return list(field, (item, itemPath) -> {
            if (!item.isValueNode() || item.isNull() || item.asString().isBlank()) {
                problems.add(itemPath, "must be a non-empty text value");
                return null;
            }
            return item.asString().strip();
        });
    }

    <T> List<T> objects(String field, Function<Fields, T> reader) {
        return list(field, (item, itemPath) -> {
            if (!item.isObject()) {
                problems.add(itemPath, "must be an object");
                return null;
            }
            return reader.apply(new Fields(item, itemPath, problems));
        });
    }

    Fields object(String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(at(field), "must be an object");
            return null;
        }
        return new Fields(value, at(field), problems);
    }

    <T> T required(String field, T value) {
        if (value == null && !has(field)) {
            problems.add(at(field), "is required");
        }
        return value;
    }

    void problem(String field, String message) {
        problems.add(field == null ? path : at(field), message);
    }

    private interface ItemReader<T> {
        T read(JsonNode item, String itemPath);
    }

    private <T> List<T> list(String field, ItemReader<T> reader) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(at(field), "must be a list");
            return List.of();
        }
        var result = new ArrayList<T>();
        for (int i = 0; i < value.size(); i++) {
            var item = reader.read(value.get(i), at(field) + "[" + i + "]");
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
