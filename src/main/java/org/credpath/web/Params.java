package org.credpath.web;

import java.util.Set;

/** Checks of optional query parameters, failing with a 400 that names the parameter. */
public final class Params {

    private Params() {
    }

    /** The value, trimmed, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String oneOf(String name, String value, Set<String> allowed) {
        var text = text(value);
        if (text != null && !allowed.contains(text)) {
            throw new BadRequestException(name, "'" + text + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return text;
    }

    public static Integer range(String name, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new BadRequestException(name, "must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    public static Double atLeast(String name, Double value, double min) {
        if (value != null && (value.isNaN() || value < min)) {
            throw new BadRequestException(name, "must be " + min + " or more (was " + value + ")");
        }
        return value;
    }

    public static String matching(String name, String value, String regex, String expectation) {
        var text = text(value);
        if (text != null && !text.matches(regex)) {
            throw new BadRequestException(name, "'" + text + "' " + expectation);
        }
        return text;
    }
}
