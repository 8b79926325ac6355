package org.credpath.stacking.engine;

import java.util.List;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.Totals;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The cheapest set of further credentials that meets every target, with the prerequisites of
 * everything chosen, ordered into terms. {@code status} is OPTIMAL when the solver proved it,
 * FEASIBLE when the time limit stopped it first ({@code gap} then bounds how far from optimal).
 * A total is null when some planned credential does not state that cost; {@code unknownEcts},
 * {@code unknownPrice} and {@code unknownWeeks} count them (the plan costed them pessimistically).
 * {@code sourceCredits} restates the credits in the unit the targets' source uses, when it is not ECTS. {@code timing}
 * (only when a target's rules carry timing): which of the learner's terms the plan's first term is, and on what calendar.
 */
public record CompletionPlan(List<String> targets, CostMetric metric, String status, double gap,
                             Double totalEcts, Double totalPrice, Double totalWeeks, int unknownEcts, int unknownPrice,
                             int unknownWeeks, List<Planned> credentials, List<Term> terms, String method, long solveMillis,
                             SourceCredits sourceCredits, String timing) {

    public CompletionPlan(List<String> targets, CostMetric metric, String status, double gap, Double totalEcts, Double totalPrice,
                          Double totalWeeks, int unknownEcts, int unknownPrice, int unknownWeeks, List<Planned> credentials,
                          List<Term> terms, String method, long solveMillis, SourceCredits sourceCredits) {
        this(targets, metric, status, gap, totalEcts, totalPrice, totalWeeks, unknownEcts, unknownPrice, unknownWeeks, credentials,
                terms, method, solveMillis, sourceCredits, null);
    }

    public CompletionPlan withTiming(String timing) {
        return new CompletionPlan(targets, metric, status, gap, totalEcts, totalPrice, totalWeeks, unknownEcts, unknownPrice, unknownWeeks,
                credentials, terms, method, solveMillis, sourceCredits, timing);
    }

    public CompletionPlan(List<String> targets, CostMetric metric, String status, double gap, Totals totals, List<Planned> credentials,
                          List<Term> terms, String method, long solveMillis) {
        this(targets, metric, status, gap, totals.ects(), totals.price(), totals.weeks(), totals.unknownEcts(), totals.unknownPrice(),
                totals.unknownWeeks(), credentials, terms, method, solveMillis, null);
    }

    public CompletionPlan withSourceCredits(SourceCredits credits) {
        return new CompletionPlan(targets, metric, status, gap, totalEcts, totalPrice, totalWeeks, unknownEcts, unknownPrice, unknownWeeks,
                this.credentials, terms, method, solveMillis, credits, timing);
    }

    /**
     * A credential to take (a cost is null when unknown): {@code counts} names the targets it counts toward, {@code unlocks}
     * what it is a prerequisite for; {@code countsAs} (only where a plan takes another code of a cross-listed course than
     * the one a rule names, because the named code would cost more) the codes of the same course it counts as
     * ({@link NamedCodes}).
     */
    public record Planned(String id, String title, Double ects, Double price, Double weeks, String provider, int term,
                          List<String> counts, List<String> unlocks,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> countsAs) {
    }

    public record Term(int number, double ects, List<String> credentials) {
    }
}
