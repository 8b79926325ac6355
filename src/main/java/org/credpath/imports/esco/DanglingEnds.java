package org.credpath.imports.esco;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relations whose end is neither in the source nor in the database are skipped, not fatal: the real
 * ESCO v1.1.1 has 67 rows for an occupation it does not publish. Each missing concept becomes one
 * warning (with its first row and how many rows name it), at most {@link #LIMIT} of them.
 */
final class DanglingEnds {

    static final int LIMIT = 50;

    private final List<String> warnings;
    private final Map<String, Missing> missing = new LinkedHashMap<>();

    DanglingEnds(List<String> warnings) {
        this.warnings = warnings;
    }

    private static final class Missing {
        final Relation first;
        final String field;
        final String what;
        long rows;

        Missing(Relation first, String field, String what) {
            this.first = first;
            this.field = field;
            this.what = what;
        }
    }

    void add(Relation relation, String uri, String field, String what) {
        missing.computeIfAbsent(relation.file() + ' ' + uri, k -> new Missing(relation, field, what)).rows++;
    }

    void report() {
        var listed = 0;
        for (var entry : missing.entrySet()) {
            if (listed++ == LIMIT) {
                warnings.add("... and " + (missing.size() - LIMIT) + " more unknown concept(s) named by relations: skipped");
                break;
            }
            var m = entry.getValue();
            var uri = entry.getKey().substring(m.first.file().length() + 1);
            warnings.add("%s: line %d, field %s: %s is no %s in the source or the database; %d row(s) naming it were skipped"
                    .formatted(m.first.file(), m.first.line(), m.field, uri, m.what, m.rows));
        }
    }
}
