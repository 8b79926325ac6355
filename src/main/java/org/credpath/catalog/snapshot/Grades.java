package org.credpath.catalog.snapshot;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Compares a grade with a minimum within one scale: letter grades (A+ best .. F worst) or numbers
 * (higher is better: Finnish 0-5, French /20, percentages). Pass/fail: "pass" meets a "pass" minimum.
 * Grades of different scales do not compare, so they do not meet the minimum.
 */
public final class Grades {

    private static final List<String> LETTERS = List.of("A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "E", "F");

    private Grades() {
    }

    public static boolean meets(String grade, String minimum) {
        if (minimum == null) {
            return true;
        }
        if (grade == null) {
            return false;
        }
        var g = grade.strip().toUpperCase(Locale.ROOT);
        var m = minimum.strip().toUpperCase(Locale.ROOT);
        if (m.equals("PASS") || m.equals("P")) {
            return !(g.equals("FAIL") || g.equals("F") || g.equals("0"));
        }
        var gl = letter(g);
        var ml = letter(m);
        if (gl.isPresent() && ml.isPresent()) {
            return gl.getAsInt() <= ml.getAsInt();
        }
        try {
            return Double.parseDouble(g.replace(',', '.')) >= Double.parseDouble(m.replace(',', '.'));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static OptionalInt letter(String grade) {
        int i = LETTERS.indexOf(grade);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }
}
