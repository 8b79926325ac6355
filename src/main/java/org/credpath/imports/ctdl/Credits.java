package org.credpath.imports.ctdl;

import java.util.Locale;

/**
 * A CTDL credit value ({@code ceterms:creditValue}: a QuantitativeValue or ValueProfile with {@code value}
 * or {@code minValue}, and {@code creditUnitType} or {@code unitText}) and the ECTS credpath derives from it:
 * <ul>
 * <li>ECTS as they are;</li>
 * <li>US semester credit hours ({@code SemesterHour}), CTDL's {@code DegreeCredit} (credit toward a US degree)
 *     and values that state no unit (every such example is a US college) x 2, the usual convention (60 ECTS =
 *     one full-time year = 30 semester hours); kept as {@code creditHours};</li>
 * <li>US quarter hours x 4/3 (a quarter hour is 2/3 of a semester hour);</li>
 * <li>SCQF credits / 2 (10 notional hours each; 1 ECTS = 2 SCQF credits);</li>
 * <li>any other unit (clock hours, CEUs...): no ECTS.</li>
 * </ul>
 * Outside US semester hours the source's value and unit are kept as {@code sourceCredits} and {@code sourceCreditUnit}.
 */
record Credits(Double ects, Double creditHours, Double sourceCredits, String sourceUnit, boolean unitStated) {

    /** The credits of {@code value} in {@code unit} (null = not stated). */
    static Credits of(double value, String unit) {
        if (unit == null) {
            return new Credits(ects(value * 2), value, null, null, false);
        }
        var lower = unit.toLowerCase(Locale.ROOT);
        var concept = Terms.concept(unit).toLowerCase(Locale.ROOT);
        if (lower.contains("scqf")) {
            return new Credits(ects(value / 2), null, value, unit, true);
        }
        if (concept.contains("ects") || concept.contains("europeancredit")) {
            return new Credits(ects(value), null, value, unit, true);
        }
        if (concept.contains("semester") || concept.equals("degreecredit")) {
            return new Credits(ects(value * 2), value, null, null, true);
        }
        if (concept.contains("quarter")) {
            return new Credits(ects(value * 4 / 3), null, value, unit, true);
        }
        return new Credits(null, null, value, unit, true);
    }

    /** Whether the unit was one credpath converts to ECTS. */
    boolean converted() {
        return ects != null || creditHours != null;
    }

    /** Rounded to hundredths; no ECTS for a zero value. */
    private static Double ects(double value) {
        return value > 0 ? Math.round(value * 100) / 100.0 : null;
    }
}
