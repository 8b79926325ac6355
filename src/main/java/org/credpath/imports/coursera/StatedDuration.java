package org.credpath.imports.coursera;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A duration as the Coursera catalog states it ({@code "3 - 6 Months"}, {@code "1 - 4 Weeks"},
 * {@code "Less Than 2 Hours"}, {@code "24 meses"}, {@code "2 to 4 years depending on..."}), read as the middle
 * of its range. Hours are study time; weeks, months and years are calendar time. A weekly study load
 * ({@code "15+ hours of study/wk"}) is not a duration and is not read.
 */
record StatedDuration(double low, double high, Unit unit) {

    enum Unit { HOURS, WEEKS }

    static final double WEEKS_PER_MONTH = 52.0 / 12;

    private static final Pattern RANGE = Pattern.compile(
            "(less than\\s+)?(\\d+(?:[.,]\\d+)?)\\+?(?:\\s*(?:-|–|to|a|or)\\s*(\\d+(?:[.,]\\d+)?))?\\s*"
                    + "(hours?|hrs?|weeks?|semanas?|months?|meses|mes|years?|años?|anos?)\\b(.*)");
    private static final Pattern PER_WEEK = Pattern.compile("/\\s*(wk|week)|per week|a week");

    static Optional<StatedDuration> parse(String text) {
        var m = RANGE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || PER_WEEK.matcher(m.group(5)).find()) {
            return Optional.empty();
        }
        double high = number(m.group(3) != null ? m.group(3) : m.group(2));
        double low = m.group(1) != null ? 0 : number(m.group(2));
        var unit = m.group(4);
        if (unit.startsWith("h")) {
            return Optional.of(new StatedDuration(low, high, Unit.HOURS));
        }
        double factor = unit.startsWith("w") || unit.startsWith("s") ? 1
                : unit.startsWith("m") ? WEEKS_PER_MONTH : 52;
        return Optional.of(new StatedDuration(low * factor, high * factor, Unit.WEEKS));
    }

    double middle() {
        return (low + high) / 2;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }
}
