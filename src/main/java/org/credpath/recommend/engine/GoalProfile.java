package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.credpath.catalog.snapshot.Rule;

/**
 * A goal resolved into the skills it asks for: essential ones (all must be held) and optional ones
 * (a secondary aim). For a target credential: the skills of its own outcomes and of the credentials its
 * rules require on every path (reached through ALL_OF only) are essential; those of credentials named in
 * choices (k-of-n, credit pools) and the skill criteria of filters are optional or essential by the same
 * test. Its route is its stacking plan, not a skill cover.
 */
public record GoalProfile(Goal.Type type, String id, String label, List<String> essential, List<String> optional) {

    public GoalProfile {
        essential = List.copyOf(new LinkedHashSet<>(essential));
        var rest = new LinkedHashSet<>(optional);
        rest.removeAll(essential);
        optional = List.copyOf(rest);
    }

    public static GoalProfile resolve(SkillIndex index, Goal goal) {
        switch (goal.type()) {
            case OCCUPATION: {
                var o = index.occupation(goal.id()).orElseThrow(() -> new UnknownGoalException("occupation", goal.id()));
                return nonEmpty(new GoalProfile(goal.type(), o.uri(), o.label(), o.essential(), o.optional()));
            }
            case CREDENTIAL: {
                var c = index.catalog().offering(goal.id()).orElseThrow(() -> new UnknownGoalException("credential", goal.id()));
                var essential = new ArrayList<>(c.skills());
                var optional = new ArrayList<String>();
                index.catalog().requirements(c.id()).ifPresent(rule -> walk(index, rule, true, essential, optional));
                return nonEmpty(new GoalProfile(goal.type(), c.id(), c.title(), essential, optional));
            }
            default: {
                for (var skill : goal.essential()) {
                    if (!index.knowsSkill(skill)) {
                        throw new UnknownGoalException("skill", skill);
                    }
                }
                for (var skill : goal.optional()) {
                    if (!index.knowsSkill(skill)) {
                        throw new UnknownGoalException("skill", skill);
                    }
                }
                return nonEmpty(new GoalProfile(goal.type(), null, "custom skill profile", goal.essential(), goal.optional()));
            }
        }
    }

    /** A skill of a leaf is essential when every group above it asks for all its children (and the walk starts mandatory). */
    private static void walk(SkillIndex index, Rule rule, boolean mandatory, List<String> essential, List<String> optional) {
        rule.forEachLeafUnder((leaf, groups) -> {
            var into = mandatory && groups.stream().allMatch(GoalProfile::asksForEvery) ? essential : optional;
            if (leaf instanceof Rule.CredentialLeaf c) {
                index.catalog().offering(c.credential()).ifPresent(o -> into.addAll(o.skills()));
            } else if (leaf instanceof Rule.FilterLeaf f && f.filter().skill() != null) {
                into.add(f.filter().skill());
            }
        });
    }

    private static boolean asksForEvery(Rule.Group g) {
        return g.kind() == Rule.Kind.ALL_OF || (g.kind() == Rule.Kind.AT_LEAST_K_OF && g.k() >= g.children().size());
    }

    private static GoalProfile nonEmpty(GoalProfile profile) {
        if (profile.essential().isEmpty() && profile.optional().isEmpty()) {
            throw new EmptyProfileException(profile.type().name().toLowerCase() + (profile.id() == null ? "" : " " + profile.id())
                    + " names no skill: there is nothing to recommend toward");
        }
        return profile;
    }

    public List<String> all() {
        var all = new ArrayList<>(essential);
        all.addAll(optional);
        return all;
    }
}
