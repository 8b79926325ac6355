package org.credpath.stacking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.UnsatisfiableTargetException.Blocker;

/** What a plan with rule timing says beside its terms: how its terms line up with the learner's, and why none keeps the timing. */
final class Timings {

    private Timings() {
    }

    /** Which of the learner's terms the plan's first term is, and on what calendar. */
    static String planNote(PlanOptions options, int current) {
        var calendar = options.calendar();
        if (calendar == null) {
            return "the learner's start is unknown: the plan's term 1 is taken as their first term (completeByTerm counts from it)";
        }
        return "plan term 1 is the learner's term " + current + " (started " + calendar.start() + ", terms of " + calendar.termMonths()
                + " months; term " + current + " ends " + calendar.endOf(current) + ")";
    }

    /**
     * Why no plan exists: the rule nodes no plan can meet in any order, if there are such; else every timed node, whose
     * timing (with the per-term credit cap and prerequisites in earlier terms) no choice of credentials can keep.
     */
    static List<Blocker> blockers(List<Blocker> unreachable, Map<String, Rule> targets, PlanOptions options, int current) {
        if (!unreachable.isEmpty()) {
            return unreachable;
        }
        var blockers = new ArrayList<Blocker>();
        targets.forEach((target, rule) -> timed(rule, target, options, current, blockers));
        return blockers;
    }

    private static void timed(Rule rule, String target, PlanOptions options, int current, List<Blocker> blockers) {
        if (!(rule instanceof Rule.Group g)) {
            return;
        }
        var timing = g.limits().timing();
        if (timing != null) {
            var says = new ArrayList<String>();
            if (timing.completeByTerm() != null) {
                int last = timing.completeByTerm() - current + 1;
                says.add("complete by the end of the learner's term " + timing.completeByTerm()
                        + (last < 1 ? " (already over: only holdings earned in time count)" : " (plan term " + last + ")"));
            }
            if (timing.before() != null) {
                says.add("complete before " + timing.before() + " is started");
            }
            blockers.add(new Blocker(target, g.id(), g.label(), "no plan keeps its timing (" + String.join(", ", says) + ") within "
                    + options.termCredits() + " credits a term, with prerequisites in earlier terms"));
        }
        g.children().forEach(child -> timed(child, target, options, current, blockers));
    }
}
