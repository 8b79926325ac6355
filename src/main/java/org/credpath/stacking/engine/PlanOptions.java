package org.credpath.stacking.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Offering;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;

/**
 * What a completion plan minimises and what it may use: the request's filters ({@link Selection}, the same as every
 * recommendation's) and costs and limits ({@link SolveOptions}), plus what only a plan has. A credential with
 * {@code access: enrolled-only} is usable only at a provider in {@code enrolledAt} (by default the providers of the
 * targets: taking a provider's degree means enrolling there). {@code calendar}: the learner's terms, for rule timing; null
 * when their start is unknown, and then the plan's first term is taken as their first (the plan says so).
 */
public record PlanOptions(Selection selection, SolveOptions solve, Set<String> enrolledAt, LocalDate referenceDate,
                          Set<String> waivedConditions, TermCalendar calendar) {

    public PlanOptions(Selection selection, SolveOptions solve, Set<String> enrolledAt, LocalDate referenceDate,
                       Set<String> waivedConditions) {
        this(selection, solve, enrolledAt, referenceDate, waivedConditions, null);
    }

    /** These options on a learner's term calendar (null: start unknown). */
    public PlanOptions withCalendar(TermCalendar calendar) {
        return new PlanOptions(selection, solve, enrolledAt, referenceDate, waivedConditions, calendar);
    }

    public PlanOptions {
        selection = selection == null ? Selection.NONE : selection;
        solve = solve == null ? SolveOptions.DEFAULTS : solve;
        Objects.requireNonNull(referenceDate);
        enrolledAt = enrolledAt == null ? Set.of() : Set.copyOf(enrolledAt);
        waivedConditions = waivedConditions == null ? Set.of() : Set.copyOf(waivedConditions);
    }

    public static PlanOptions defaults(CostMetric metric, LocalDate referenceDate) {
        return new PlanOptions(Selection.NONE, SolveOptions.of(metric), null, referenceDate, null);
    }

    public CostMetric metric() {
        return solve.metric();
    }

    public double termCredits() {
        return solve.termCredits();
    }

    public java.time.Duration timeLimit() {
        return solve.timeLimit();
    }

    /** Why the options rule an offering out, or null when it may be planned. */
    String excludes(Offering o, Set<String> enrolled) {
        var exclusion = selection.excludes(o, enrolled);
        return exclusion == null ? null : exclusion.reason();
    }
}
