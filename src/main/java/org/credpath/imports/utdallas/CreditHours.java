package org.credpath.imports.utdallas;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Semester credit hours as the UT Dallas catalog states them in a course description:
 * "(3 semester credit hours)", "(1 semester credit hour)", variable "(1-6 semester credit hours)" or
 * "(2, 3, 6 or 9 semester credit hours)". ECTS follow the usual convention of 2 ECTS per US semester
 * credit hour (60 ECTS = one full-time year = 30 semester credit hours).
 */
record CreditHours(double min, double max) {

    static final double ECTS_PER_HOUR = 2.0;

    private static final Pattern STATED = Pattern.compile("\\(([^()]*?)\\s*semester\\s+credit\\s+hours?\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** The first statement of hours in {@code description}, if any. */
    static Optional<CreditHours> parse(String description) {
        if (description == null) {
            return Optional.empty();
        }
        var stated = STATED.matcher(description);
        if (!stated.find()) {
            return Optional.empty();
        }
        var numbers = NUMBER.matcher(stated.group(1));
        double min = Double.MAX_VALUE;
        double max = -1;
        while (numbers.find()) {
            var value = Double.parseDouble(numbers.group());
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max < 0 ? Optional.empty() : Optional.of(new CreditHours(min, max));
    }

    boolean variable() {
        return max > min;
    }

    static double ects(double hours) {
        return hours * ECTS_PER_HOUR;
    }
}
