package org.credpath.imports.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.credpath.imports.CsvFile;
import org.credpath.imports.ImportProblems;

/**
 * Checks the rows of a transfer equivalency table against the catalog ({@link Known}) and turns them into
 * {@link TransferRow}s; every problem is added with its file, line and field, so that a table with any problem is
 * rejected whole.
 */
final class TransferTable {

    static final List<String> REQUIRED = List.of("from_provider", "from_code", "from_title", "credits", "to_provider");
    static final String TO_CREDENTIAL = "to_credential";
    static final String TO_SUBJECT = "to_subject";

    /**
     * What the catalog holds: provider ids, each credential's provider, courses by provider and normalised code, and which
     * of those a transfer table brought in (a table may set their subject; a provider's own courses keep theirs).
     */
    record Known(Set<String> providers, Map<String, String> credentialProviders, Map<String, String> coursesByCode,
                 Set<String> tableCourses) {

        static String key(String provider, String code) {
            return provider + "|" + code.replace(" ", "").toUpperCase(Locale.ROOT);
        }
    }

    private final Known known;
    private final ImportProblems problems;
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, String> subjects = new HashMap<>();

    TransferTable(Known known, ImportProblems problems) {
        this.known = known;
        this.problems = problems;
    }

    List<TransferRow> check(List<CsvFile.Row> rows) {
        var checked = new ArrayList<TransferRow>();
        for (var row : rows) {
            var transfer = check(row);
            if (transfer != null) {
                checked.add(transfer);
            }
        }
        return checked;
    }

    private TransferRow check(CsvFile.Row row) {
        int before = problems.size();
        var fromProvider = provider(row, "from_provider");
        var toProvider = provider(row, "to_provider");
        var code = required(row, "from_code");
        var title = required(row, "from_title");
        var credits = credits(row);
        var level = level(row);
        var toCredential = row.get(TO_CREDENTIAL);
        var toSubject = row.get(TO_SUBJECT);
        if (toCredential.isEmpty() == toSubject.isEmpty()) {
            problem(row, TO_CREDENTIAL, "name exactly one of to_credential (an internal credential id) or to_subject (credits in a subject)");
        } else if (!toCredential.isEmpty() && !known.credentialProviders().containsKey(toCredential)) {
            problem(row, TO_CREDENTIAL, "no credential '" + toCredential + "' in the catalog");
        } else if (!toCredential.isEmpty() && toProvider != null && !toProvider.equals(known.credentialProviders().get(toCredential))) {
            problem(row, TO_CREDENTIAL, "'" + toCredential + "' is offered by '" + known.credentialProviders().get(toCredential)
                    + "', not by to_provider '" + toProvider + "'");
        } else if (!toSubject.isEmpty() && !toSubject.matches("[A-Za-z]{1,10}")) {
            problem(row, TO_SUBJECT, "is not a subject code (1 to 10 letters, such as CS)");
        }
        if (fromProvider != null && fromProvider.equals(toProvider)) {
            problem(row, "to_provider", "is the same provider as from_provider: a transfer table is between two providers");
        }
        if (problems.size() > before) {
            return null;
        }
        var found = known.coursesByCode().get(Known.key(fromProvider, code));
        var existing = found == null || known.tableCourses().contains(found) ? null : found; // the provider's own course
        var course = found != null ? found : "transfer-" + fromProvider + "-" + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        var subject = toSubject.isEmpty() ? null : toSubject.toUpperCase(Locale.ROOT);
        if (!unique(row, course, toCredential.isEmpty() ? "subject:" + subject : toCredential) || subject != null && !oneSubject(row, course, subject, existing)) {
            return null;
        }
        return new TransferRow(course, existing == null, fromProvider, code, title, credits, level, toProvider,
                toCredential.isEmpty() ? null : toCredential, subject, row.file() + " line " + row.line());
    }

    private boolean unique(CsvFile.Row row, String course, String target) {
        var first = seen.putIfAbsent(course + " -> " + target, row.line());
        if (first != null) {
            problem(row, "from_code", "repeats line " + first + " (the same course toward the same credential or subject)");
            return false;
        }
        return true;
    }

    /** A subject transfer gives the course created for it that subject: one per course, and never a course the catalog holds. */
    private boolean oneSubject(CsvFile.Row row, String course, String subject, String existing) {
        if (existing != null) {
            problem(row, TO_SUBJECT, "the catalog already holds this course as '" + existing + "': credits in a subject apply to a "
                    + "course the table brings in; name the internal credential it counts as (to_credential)");
            return false;
        }
        var other = subjects.putIfAbsent(course, subject);
        if (other != null && !other.equals(subject)) {
            problem(row, TO_SUBJECT, "the course already counts as credits in " + other + " on an earlier line: one subject per course");
            return false;
        }
        return true;
    }

    private String provider(CsvFile.Row row, String column) {
        var id = required(row, column);
        if (id != null && !known.providers().contains(id)) {
            problem(row, column, "no provider '" + id + "' in the catalog (load it first)");
            return null;
        }
        return id;
    }

    private double credits(CsvFile.Row row) {
        var text = required(row, "credits");
        if (text == null) {
            return 0;
        }
        try {
            var value = Double.parseDouble(text);
            if (value > 0 && value <= 360) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(row, "credits", "'" + text + "' is not a number of ECTS above 0 and at most 360");
        return 0;
    }

    private Integer level(CsvFile.Row row) {
        var text = row.get("eqf_level");
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[1-8]")) {
            problem(row, "eqf_level", "'" + text + "' is not an EQF level (1 to 8)");
            return null;
        }
        return Integer.valueOf(text);
    }

    private String required(CsvFile.Row row, String column) {
        var value = row.get(column);
        if (value.isEmpty()) {
            problem(row, column, "is required");
            return null;
        }
        return value;
    }

    private void problem(CsvFile.Row row, String field, String message) {
        problems.add(row.file(), row.line(), field, message);
    }
}
