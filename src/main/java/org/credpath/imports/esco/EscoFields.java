package org.credpath.imports.esco;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.credpath.catalog.model.CatalogIds;
import org.credpath.imports.CsvFile.Row;
import org.credpath.imports.ImportProblems;

/** Reads and checks the cells of ESCO rows, adding a problem located at file, line and field for each bad one. */
final class EscoFields {

    /** Absolute URI without whitespace: catches empty cells and values shifted into the wrong column. */
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final ImportProblems problems;

    EscoFields(ImportProblems problems) {
        this.problems = problems;
    }

    /** The URI in the column, or null (with a problem) when it is empty or not a URI. */
    String uri(Row row, String column) {
        var value = row.get(column);
        if (value.isEmpty()) {
            problems.add(row.file(), row.line(), column, "is empty");
            return null;
        }
        if (!URI.matcher(value).matches()) {
            problems.add(row.file(), row.line(), column, "'" + abbreviate(value) + "' is not a URI");
            return null;
        }
        var unusable = CatalogIds.problem(value);
        if (unusable != null) {
            problems.add(row.file(), row.line(), column, unusable);
            return null;
        }
        return value;
    }

    /** essential (true) or optional (false); null with a problem otherwise. */
    Boolean essential(Row row, String column) {
        var value = row.get(column).toLowerCase(Locale.ROOT);
        switch (value) {
            case "essential":
                return true;
            case "optional":
                return false;
            default:
                problems.add(row.file(), row.line(), column, "'" + abbreviate(row.get(column)) + "' is neither essential nor optional");
                return null;
        }
    }

    void problem(Row row, String column, String message) {
        problems.add(row.file(), row.line(), column, message);
    }

    /** The stripped text, or null when empty (null properties are not stored). */
    static String text(Row row, String column) {
        var value = row.get(column);
        return value.isEmpty() ? null : value;
    }

    /** ESCO keeps alternative labels one per line inside the cell; null when there is none. */
    static List<String> lines(Row row, String column) {
        var labels = new LinkedHashSet<String>();
        for (var label : LINE_BREAK.split(row.get(column))) {
            if (!label.isBlank()) {
                labels.add(label.strip());
            }
        }
        return labels.isEmpty() ? null : new ArrayList<>(labels);
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
