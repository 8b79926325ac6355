package org.credpath.recommend.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.credpath.catalog.snapshot.CostMetric;
import org.credpath.catalog.snapshot.CatalogSnapshot;
import org.credpath.catalog.snapshot.Selection;
import org.credpath.catalog.snapshot.SolveOptions;
import org.credpath.stacking.engine.CompletionPlanner;

/**
 * Goal-driven recommendations on one {@link SkillIndex}: skill gap, next steps, full route, employer
 * coverage, and the same for a cohort. A credential goal with stacking rules is routed by its stacking
 * plan ({@link CompletionPlanner}); every other goal by the skill cover ({@link RoutePlanner}). Every
 * answer takes the request's one filter set ({@link Selection}), checked here against the catalog.
 */
public final class Recommender {

    private final SkillIndex index;

    public Recommender(SkillIndex index) {
        this.index = index;
    }

    public SkillIndex index() {
        return index;
    }

    public SkillGap skillGap(LearnerState learner, Goal goal, int teachersPerSkill) {
        return SkillGap.of(index, GoalProfile.resolve(index, goal), new HeldSkills(index, learner), teachersPerSkill);
    }

    public NextSteps nextSteps(LearnerState learner, Goal goal, Selection selection, int k, CostMetric metric) {
        var profile = GoalProfile.resolve(index, goal);
        return new NextStepRanker(index, metric).rank(learner, profile, selection.checkAgainst(index.catalog()), k);
    }

    /** A credential goal with stacking rules is routed by its stacking plan, on this index's rules and waivers. */
    public Route route(LearnerState learner, Goal goal, Selection selection, SolveOptions options) {
        var profile = GoalProfile.resolve(index, goal);
        selection.checkAgainst(index.catalog());
        if (goal.type() == Goal.Type.CREDENTIAL && index.catalog().requirements(goal.id()).isPresent()) {
            return new StackingRoute(index, options).route(learner, profile, selection);
        }
        return new RoutePlanner(index, options).route(learner, profile, selection);
    }

    /** The same recommendations as one learner's rules see the catalog (their catalog year and exceptions; {@link SkillIndex#following}). */
    public Recommender following(CatalogSnapshot rules, Set<String> waived) {
        var view = index.following(rules, waived);
        return view == index ? this : new Recommender(view);
    }

    public Coverage coverage(Goal goal, Selection selection, int teachersPerSkill, CoverageAnalysis.Scope scope, Duration timeLimit) {
        var profile = GoalProfile.resolve(index, goal);
        return new CoverageAnalysis(index).cover(profile, selection.checkAgainst(index.catalog()), teachersPerSkill, scope, timeLimit);
    }

    /** One learner's part of a cohort answer. */
    public record BatchItem(String learner, double essentialCoverage, int essentialGap, NextSteps nextSteps, Route route) {
    }

    /**
     * Recommendations (and routes) for every learner toward one goal, each on their own rules ({@code rulesOf}: the
     * recommender {@link #following} them); the goal and filters are checked once.
     */
    public List<BatchItem> batch(List<LearnerState> learners, Function<LearnerState, Recommender> rulesOf, Goal goal, Selection selection,
                                 int k, SolveOptions options, boolean routes) {
        var profile = GoalProfile.resolve(index, goal);
        selection.checkAgainst(index.catalog());
        var items = new ArrayList<BatchItem>();
        for (var learner : learners) {
            var own = rulesOf.apply(learner);
            var goalProfile = own == this ? profile : GoalProfile.resolve(own.index, goal); // a credential goal: their year's rules
            var gap = SkillGap.of(own.index, goalProfile, new HeldSkills(own.index, learner), 0);
            var steps = new NextStepRanker(own.index, options.metric()).rank(learner, goalProfile, selection, k);
            var route = routes ? own.route(learner, goal, selection, options) : null;
            items.add(new BatchItem(learner.id(), gap.essentialCoverage(), gap.essentialGap().size(), steps, route));
        }
        return items;
    }
}
