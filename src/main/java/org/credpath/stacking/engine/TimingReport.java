package org.credpath.stacking.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.snapshot.Holding;
import org.credpath.catalog.snapshot.Rule;
import org.credpath.stacking.engine.AuditResult.AuditNode;
import org.credpath.stacking.engine.AuditResult.Status;
import org.credpath.stacking.engine.AuditResult.TimingNote;
import org.credpath.stacking.engine.AuditResult.TimingVerdict;

/**
 * What the timing of a target's rule nodes says of an audit's assignment, as of the audit's date: a node still open after
 * the end of its {@code completeByTerm} term is MISSED (not merely unmet); a holding of a node's {@code before} credential
 * earned in a term before the node was complete (or while it is still open) is flagged. A node is complete on the earliest
 * date its counted holdings meet it. Without the learner's start nothing is judged, and the audit says so. Run only
 * for trees with timing ({@link IndexedTree#timed}), so audits without timing cost nothing more.
 */
final class TimingReport {

    private final TermCalendar calendar;
    private final LocalDate asOf;
    private final List<Holding> holdings;
    private final TreeEvaluator evaluator;
    private final List<List<Candidate>> assignment;
    private final Map<Rule, TreeEvaluator.NodeResult> details;
    final List<TimingNote> notes = new ArrayList<>();
    private final Set<String> missed = new HashSet<>();

    TimingReport(IndexedTree tree, Deadlines deadlines, LocalDate asOf, List<Holding> holdings, TreeEvaluator evaluator,
                 List<List<Candidate>> assignment) {
        this.calendar = deadlines.calendar;
        this.asOf = asOf;
        this.holdings = holdings;
        this.evaluator = evaluator;
        this.assignment = assignment;
        this.details = evaluator.details(assignment);
        judge(tree.root);
    }

    private void judge(Rule rule) {
        if (!(rule instanceof Rule.Group g)) {
            return;
        }
        var timing = g.limits().timing();
        if (timing != null && calendar == null) {
            notes.add(note(g, TimingVerdict.NOT_JUDGED, null, "the learner's start is unknown, so '" + Deadlines.name(g) + "' ("
                    + describe(timing) + ") cannot be judged: holdings count beneath it whatever their dates"));
        } else if (timing != null) {
            if (timing.completeByTerm() != null) {
                deadline(g, timing.completeByTerm());
            }
            if (timing.before() != null) {
                before(g, timing.before());
            }
        }
        g.children().forEach(this::judge);
    }

    private void deadline(Rule.Group g, int term) {
        var end = calendar.endOf(term);
        if (!details.get(g).met() && asOf.isAfter(end)) {
            missed.add(g.id());
            notes.add(note(g, TimingVerdict.MISSED_DEADLINE, null, "'" + Deadlines.name(g) + "' had to be met by the end of term "
                    + term + " (" + end + "); as of " + asOf + " (term " + calendar.termOf(asOf) + ") it is still open"));
        }
    }

    private void before(Rule.Group g, String credential) {
        var complete = completedOn(g);
        for (var holding : holdings) {
            if (!holding.credential().equals(credential)) {
                continue;
            }
            var name = "'" + Deadlines.name(g) + "'";
            if (holding.date() == null || (details.get(g).met() && complete == null)) {
                notes.add(note(g, TimingVerdict.NOT_JUDGED, credential, "a date is unknown, so whether " + name
                        + " was complete before " + credential + " was started cannot be judged"));
                continue;
            }
            int started = calendar.termOf(holding.date());
            if (complete == null) {
                notes.add(note(g, TimingVerdict.STARTED_TOO_EARLY, credential, credential + " earned in term " + started + ", but "
                        + name + " is not complete; it had to be complete before " + credential + " was started"));
            } else if (started <= calendar.termOf(complete)) {
                notes.add(note(g, TimingVerdict.STARTED_TOO_EARLY, credential, credential + " earned in term " + started + "; " + name
                        + " was complete only in term " + calendar.termOf(complete) + " (" + complete + "), and had to be complete before "
                        + credential + " was started"));
            }
        }
    }

    /** The earliest date the holdings counted beneath {@code g} meet it; null when they do not (or a date is unknown). */
    private LocalDate completedOn(Rule.Group g) {
        if (!details.get(g).met()) {
            return null;
        }
        var dates = details.get(g).used().stream().map(c -> holdings.get(c.holding()).date()).toList();
        if (dates.contains(null)) {
            return null;
        }
        for (var day : dates.stream().distinct().sorted().toList()) {
            var upTo = assignment.stream().map(leaf -> leaf.stream().filter(c -> !holdings.get(c.holding()).date().isAfter(day)).toList())
                    .toList();
            if (evaluator.details(upTo).get(g).met()) {
                return day;
            }
        }
        return dates.stream().max(LocalDate::compareTo).orElse(null);
    }

    private static String describe(Rule.Timing timing) {
        var parts = new ArrayList<String>();
        if (timing.completeByTerm() != null) {
            parts.add("complete by the end of term " + timing.completeByTerm());
        }
        if (timing.before() != null) {
            parts.add("complete before starting " + timing.before());
        }
        return String.join(", ", parts);
    }

    private static TimingNote note(Rule.Group g, TimingVerdict verdict, String credential, String detail) {
        return new TimingNote(g.id(), g.label(), verdict, credential, detail);
    }

    /** The audit tree with every node whose deadline passed while it was open marked MISSED. */
    AuditNode marked(AuditNode node) {
        if (missed.isEmpty()) {
            return node;
        }
        var children = node.children().stream().map(this::marked).toList();
        var status = missed.contains(node.id()) ? Status.MISSED : node.status();
        return new AuditNode(node.id(), node.type(), node.label(), status, node.k(), node.credits(), node.countedCredits(), node.metItems(),
                node.missingItems(), node.missingCredits(), node.credential(), node.countedHere(), children);
    }
}
