package org.credpath.recommend.engine;

import java.util.List;

import org.credpath.recommend.engine.NextSteps.SkillRef;
import org.credpath.stacking.engine.CompletionPlan;
import org.credpath.catalog.snapshot.CostMetric;

/**
 * The minimum-cost set of credentials that covers every essential gap skill some allowed credential
 * teaches (optional gap skills as a secondary aim), with what their entry rules need, in terms.
 * {@code untaught}: essential gap skills no credential in the catalog teaches; {@code excluded}: those
 * only credentials ruled out by the filters, access or unmeetable entry rules teach. {@code status} is
 * OPTIMAL when proven, FEASIBLE with {@code gap} when the time limit stopped the solver. A total is null when some
 * credential of the route does not state that cost ({@code unknownEcts}, {@code unknownPrice}, {@code unknownWeeks}
 * count them: the solver costed them pessimistically); {@code excludedForUnknown} counts the credentials teaching a gap
 * skill that the filters ruled out only because they do not state the attribute filtered on.
 */
public record Route(SkillGap.GoalRef goal, String status, double gap, CostMetric metric, String method, Double totalEcts,
                    Double totalPrice, Double totalWeeks, int unknownEcts, int unknownPrice, int unknownWeeks, int essentialGap,
                    int essentialCovered, int optionalGap, int optionalCovered, double essentialCoverageAfter, List<SkillRef> untaught,
                    List<SkillRef> excluded, int excludedForUnknown, List<Step> credentials, List<CompletionPlan.Term> terms, int candidates,
                    int pruned, long solveMillis) {

    /** A credential of the route: the gap skills it covers and the route's credentials whose entry rules it serves. */
    public record Step(Teacher credential, int term, Double weeks, List<SkillRef> coversEssential, List<SkillRef> coversOptional,
                       List<String> prerequisiteFor) {
    }
}
