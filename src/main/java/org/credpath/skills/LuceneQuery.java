package org.credpath.skills;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a user's words into a full-text query: every word must match, as a whole word or as the
 * start of one. Special characters are escaped and words lower-cased (Lucene's AND / OR / NOT are
 * upper case only), so the input can never change the query's shape.
 */
final class LuceneQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    /** The query, or null when the words hold nothing searchable. */
    static String of(String words) {
        if (words == null) {
            return null;
        }
        var terms = Arrays.stream(words.toLowerCase(Locale.ROOT).split("[\\s,;]+"))
                .map(LuceneQuery::escape)
                .filter(t -> !t.isEmpty())
                .map(t -> "(" + t + " OR " + t + "*)")
                .collect(Collectors.joining(" AND "));
        return terms.isEmpty() ? null : terms;
    }

    private static String escape(String term) {
        var out = new StringBuilder();
        for (char c : term.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
