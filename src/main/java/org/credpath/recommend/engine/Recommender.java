package org.credpath.recommend.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.credpath.stacking.engine.CompletionPlanner;
import org.credpath.stacking.engine.PlanOptions;
import org.credpath.catalog.snapshot.CostMetric;

/**
 * Goal-driven recommendations on one {@link SkillIndex}: skill gap, next steps, full route, employer
 * coverage, and the same for a cohort. A credential goal with stacking rules is routed by its stacking
 * plan ({@link CompletionPlanner}); every other goal by the skill cover ({@link RoutePlanner}).
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

    public NextSteps nextSteps(LearnerState learner, Goal goal, Filters filters, int k, CostMetric metric) {
        var profile = GoalProfile.resolve(index, goal);
        return new NextStepRanker(index, metric).rank(learner, profile, filters.validate(index), k);
    }

    public Route route(LearnerState learner, Goal goal, Filters filters, RoutePlanner.Options options) {
        var profile = GoalProfile.resolve(index, goal);
        filters.validate(index);
        if (goal.type() == Goal.Type.CREDENTIAL && index.catalog().requirements(goal.id()).isPresent()) {
            return new StackingRoute(index, options).route(learner, profile, filters);
        }
        return new RoutePlanner(index, options).route(learner, profile, filters);
    }

    public Coverage coverage(Goal goal, Filters filters, int teachersPerSkill, CoverageAnalysis.Scope scope, Duration timeLimit) {
        var profile = GoalProfile.resolve(index, goal);
        return new CoverageAnalysis(index).cover(profile, filters.validate(index), teachersPerSkill, scope, timeLimit);
    }

    /** One learner's part of a cohort answer. */
    public record BatchItem(String learner, double essentialCoverage, int essentialGap, NextSteps nextSteps, Route route) {
    }

    /** Recommendations (and routes) for every learner toward one goal; the goal and filters are checked once. */
    public List<BatchItem> batch(List<LearnerState> learners, Goal goal, Filters filters, int k, RoutePlanner.Options options,
                                 boolean routes) {
        var profile = GoalProfile.resolve(index, goal);
        filters.validate(index);
        var items = new ArrayList<BatchItem>();
        for (var learner : learners) {
            var gap = SkillGap.of(index, profile, new HeldSkills(index, learner), 0);
            var steps = new NextStepRanker(index, options.metric()).rank(learner, profile, filters, k);
            var route = routes ? route(learner, goal, filters, options) : null;
            items.add(new BatchItem(learner.id(), gap.essentialCoverage(), gap.essentialGap().size(), steps, route));
        }
        return items;
    }

    /** Filters a stacking plan can honour: language, participation, providers (and their countries), price. */
    static PlanOptions planOptions(SkillIndex index, Filters filters, RoutePlanner.Options options, java.time.LocalDate date) {
        if (filters.minEqfLevel() != null || filters.maxEqfLevel() != null || filters.maxWeeklyHours() != null || filters.openAccessOnly()) {
            throw new InvalidFilterException(filters.maxWeeklyHours() != null ? "maxWeeklyHours" : filters.openAccessOnly() ? "openAccessOnly"
                    : filters.minEqfLevel() != null ? "minEqfLevel" : "maxEqfLevel",
                    "does not apply to the route toward a credential with stacking rules (its stacking plan)");
        }
        var providers = new HashSet<>(filters.providers());
        if (!filters.countries().isEmpty()) {
            index.providers().values().stream().filter(p -> filters.countries().contains(p.country()))
                    .filter(p -> filters.providers().isEmpty() || filters.providers().contains(p.id())).forEach(p -> providers.add(p.id()));
            if (providers.isEmpty()) {
                providers.add("(no provider in " + filters.countries() + ")");
            }
        }
        return new PlanOptions(options.metric(), filters.languages(), filters.participation(), providers, filters.maxPrice(), null,
                options.termCredits(), date, options.timeLimit() == null ? Duration.ofSeconds(10) : options.timeLimit(), null);
    }
}
