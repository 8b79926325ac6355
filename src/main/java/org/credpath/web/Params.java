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

    /** Longest free-text search a listing takes, in characters and in words. */
    public static final int MAX_SEARCH_LENGTH = 200;
    public static final int MAX_SEARCH_WORDS = 32;

    /**
     * Free text to search for, trimmed, or null when absent or blank; a 400 naming the parameter when longer than a
     * search needs (a full-text index refuses very long terms and very many clauses).
     */
    public static String searchText(String name, String value) {
        var text = text(value);
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_SEARCH_LENGTH) {
            throw new BadRequestException(name, "must be at most " + MAX_SEARCH_LENGTH + " characters (was " + text.length() + ")");
        }
        var words = text.split("[\\s,;]+").length;
        if (words > MAX_SEARCH_WORDS) {
            throw new BadRequestException(name, "must be at most " + MAX_SEARCH_WORDS + " words (was " + words + ")");
        }
        return text;
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
