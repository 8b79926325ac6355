package org.credpath.stacking.engine;

import java.util.List;

import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Rule;

/**
 * The {@code completeByTerm} deadlines of rule nodes, judged on one learner's {@link TermCalendar}: a holding earned after
 * the end of a node's deadline term does not count beneath it. Without a calendar (the learner's start unknown) nothing is
 * judged and holdings count as without timing; the audit says so ({@link TimingReport}).
 */
final class Deadlines {

    static final Deadlines NONE = new Deadlines(null);

    final TermCalendar calendar;

    Deadlines(TermCalendar calendar) {
        this.calendar = calendar;
    }

    /** The nearest group above a leaf whose deadline the holding misses (or whose deadline an undated holding cannot show it met), or null. */
    Rule.Group missed(List<Rule.Group> ancestors, Holding holding) {
        if (calendar == null) {
            return null;
        }
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            var g = ancestors.get(i);
            var term = deadline(g);
            if (term != null && (holding.date() == null || holding.date().isAfter(calendar.endOf(term)))) {
                return g;
            }
        }
        return null;
    }

    /** Why the holding does not count beneath {@code g}: when it was earned, and when the node had to be met. */
    String why(Rule.Group g, Holding holding) {
        int term = deadline(g);
        var due = "this requirement ('" + name(g) + "') had to be met by the end of term " + term + " (" + calendar.endOf(term) + ")";
        return holding.date() == null ? "its date is unknown, so it cannot be shown in time: " + due
                : "earned in term " + calendar.termOf(holding.date()) + "; " + due;
    }

    static Integer deadline(Rule.Group g) {
        return g.limits().timing() == null ? null : g.limits().timing().completeByTerm();
    }

    static String name(Rule rule) {
        return rule.label() != null ? rule.label() : rule.id();
    }
}
