package org.credpath.recommend.engine;

import java.util.List;

import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;

/** The route toward a credential with stacking rules: its optimal stacking plan, shown as a route with the skills each step covers. */
final class StackingRoute {

    private final SkillIndex index;
    private final SolveOptions options;

    /** {@code index}: the learner's ({@link SkillIndex#following}), whose catalog and waivers the plan runs on. */
    StackingRoute(SkillIndex index, SolveOptions options) {
        this.index = index;
        this.options = options;
    }

    Route route(LearnerState learner, GoalProfile goal, Selection selection) {
        var held = new HeldSkills(index, learner);
        var essential = goal.essential().stream().filter(s -> !held.holds(s)).toList();
        var optional = goal.optional().stream().filter(s -> !held.holds(s)).toList();
        var planOptions = new PlanOptions(selection, options, null, learner.date(), index.waived()); // enrolled: the target's and holdings' providers
        var plan = new CompletionPlanner(index.catalog(), planOptions).plan(List.of(goal.id()), learner.holdings());
        var coveredEssential = new java.util.HashSet<String>();
        var coveredOptional = new java.util.HashSet<String>();
        var steps = plan.credentials().stream().map(p -> {
            var o = index.catalog().offering(p.id()).orElseThrow();
            var counts = index.countsFor(o.id());
            var e = essential.stream().filter(counts::contains).map(s -> index.taught(o, s)).toList();
            var opt = optional.stream().filter(counts::contains).map(s -> index.taught(o, s)).toList();
            e.forEach(s -> coveredEssential.add(s.uri()));
            opt.forEach(s -> coveredOptional.add(s.uri()));
            return new Route.Step(Teacher.of(o, index), p.term(), p.weeks(), e, opt, p.unlocks());
        }).toList();
        int heldEssential = goal.essential().size() - essential.size();
        return new Route(SkillGap.GoalRef.of(goal), plan.status(), plan.gap(), plan.metric(), "stacking plan of " + goal.id() + ": " + plan.method(),
                plan.totalEcts(), plan.totalPrice(), plan.totalWeeks(), plan.unknownEcts(), plan.unknownPrice(), plan.unknownWeeks(),
                essential.size(), coveredEssential.size(), optional.size(), coveredOptional.size(),
                SkillGap.percent(heldEssential + coveredEssential.size(), goal.essential().size()), List.of(), List.of(), 0, steps, plan.terms(), plan.credentials().size(), 0, plan.solveMillis());
    }
}
