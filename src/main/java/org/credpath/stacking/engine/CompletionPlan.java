package org.credpath.stacking.engine;

import org.credpath.catalog.snapshot.CostMetric;
import java.util.List;

/**
 * The cheapest set of further credentials that meets every target, with the prerequisites of
 * everything chosen, ordered into terms. {@code status} is OPTIMAL when the solver proved it,
 * FEASIBLE when the time limit stopped it first ({@code gap} then bounds how far from optimal).
 * {@code sourceCredits} restates the credits in the unit the targets' source uses, when it is not ECTS.
 */
public record CompletionPlan(List<String> targets, CostMetric metric, String status, double gap,
                             double totalEcts, double totalPrice, double totalWeeks, List<Planned> credentials,
                             List<Term> terms, String method, long solveMillis, SourceCredits sourceCredits) {

    public CompletionPlan withSourceCredits(SourceCredits credits) {
        return new CompletionPlan(targets, metric, status, gap, totalEcts, totalPrice, totalWeeks, this.credentials, terms, method,
                solveMillis, credits);
    }

    /** A credential to take: {@code counts} names the targets it counts toward, {@code unlocks} what it is a prerequisite for. */
    public record Planned(String id, String title, double ects, double price, double weeks, String provider, int term,
                          List<String> counts, List<String> unlocks) {
    }

    public record Term(int number, double ects, List<String> credentials) {
    }
}
