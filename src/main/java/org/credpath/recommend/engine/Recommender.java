package org.credpath.recommend.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    public Route route(LearnerState learner, Goal goal, Selection selection, SolveOptions options) {
        return route(learner, goal, selection, options, index.catalog(), java.util.Set.of());
    }

    /** The route, a credential's stacking plan running on {@code rules} (this index's catalog with a learner's exceptions) waiving {@code waived}. */
    public Route route(LearnerState learner, Goal goal, Selection selection, SolveOptions options, CatalogSnapshot rules,
                       java.util.Set<String> waived) {
        var profile = GoalProfile.resolve(index, goal);
        selection.checkAgainst(index.catalog());
        if (goal.type() == Goal.Type.CREDENTIAL && rules.requirements(goal.id()).isPresent()) {
            return new StackingRoute(index, options, rules, waived).route(learner, profile, selection);
        }
        return new RoutePlanner(index, options).route(learner, profile, selection);
    }

    public Coverage coverage(Goal goal, Selection selection, int teachersPerSkill, CoverageAnalysis.Scope scope, Duration timeLimit) {
        var profile = GoalProfile.resolve(index, goal);
        return new CoverageAnalysis(index).cover(profile, selection.checkAgainst(index.catalog()), teachersPerSkill, scope, timeLimit);
    }

    /** One learner's part of a cohort answer. */
    public record BatchItem(String learner, double essentialCoverage, int essentialGap, NextSteps nextSteps, Route route) {
    }

    /** Recommendations (and routes) for every learner toward one goal; the goal and filters are checked once. */
    public List<BatchItem> batch(List<LearnerState> learners, Goal goal, Selection selection, int k, SolveOptions options,
                                 boolean routes) {
        var profile = GoalProfile.resolve(index, goal);
        selection.checkAgainst(index.catalog());
        var items = new ArrayList<BatchItem>();
        for (var learner : learners) {
            var gap = SkillGap.of(index, profile, new HeldSkills(index, learner), 0);
            var steps = new NextStepRanker(index, options.metric()).rank(learner, profile, selection, k);
            var route = routes ? route(learner, goal, selection, options) : null;
            items.add(new BatchItem(learner.id(), gap.essentialCoverage(), gap.essentialGap().size(), steps, route));
        }
        return items;
    }
}
