package org.credpath.skills;

import java.util.List;
import java.util.function.Supplier;

import org.credpath.web.BadRequestException;

/**
 * A query the full-text index cannot take (Lucene refuses a term whose automaton is too large, or too many nested
 * clauses) is the caller's input, not a server fault: a 400 naming the parameter. The length bounds on search text
 * keep most such queries out; this catches what slips past them, whichever way the read went (in process or Bolt).
 */
final class FullTextRefusal {

    private static final String PROCEDURE = "db.index.fulltext.queryNodes";
    /** How Lucene's refusals of a query read, through however many wrappers. */
    private static final List<String> QUERY_REFUSALS = List.of("automaton is too large", "TooManyNestedClauses", "TooManyClauses",
            "maxClauseCount", "ParseException", "Cannot parse");

    private FullTextRefusal() {
    }

    static <T> T asBadParameter(String parameter, Supplier<T> search) {
        try {
            return search.get();
        } catch (RuntimeException e) {
            if (fromFullTextIndex(e)) {
                throw new BadRequestException(parameter, "the full-text index cannot take this search; use fewer or shorter words");
            }
            throw e;
        }
    }

    /** The index procedure failed on the query itself (not, say, on a lost connection). */
    private static boolean fromFullTextIndex(Throwable e) {
        boolean procedure = false;
        boolean query = false;
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            var message = String.valueOf(cause.getMessage());
            procedure |= message.contains(PROCEDURE);
            query |= QUERY_REFUSALS.stream().anyMatch(message::contains);
        }
        return procedure && query;
    }
}
