package org.credpath.recommend.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.snapshot.CostMetric;

/** One next-step request's scoring: a candidate's {@link NextStepScore} and, for the top k, its explained item. */
final class NextStepScorer {

    private final SkillIndex index;
    private final CostMetric metric;
    private final int[] essentialPlace;
    private final int[] optionalPlace;
    private final List<OpenLeaves> aims;

    /** {@code essentialPlace} and {@code optionalPlace}: per skill id, its place in that gap or -1. */
    NextStepScorer(SkillIndex index, CostMetric metric, int[] essentialPlace, int[] optionalPlace, List<OpenLeaves> aims) {
        this.index = index;
        this.metric = metric;
        this.essentialPlace = essentialPlace;
        this.optionalPlace = optionalPlace;
        this.aims = aims;
    }

    /** What a candidate's links to the gap skills bring: how many essential ones it counts for, their weight, the optional ones' weight. */
    record Gains(int essential, double essentialWeight, double optionalWeight) {
    }

    /** The candidate's {@link Gains}, summed in the order of its counted skills from the weights kept per credential. */
    Gains gains(int position) {
        int[] ids = index.dense().counts(position);
        double[] weights = index.dense().weights(position);
        int essential = 0;
        double essentialWeight = 0;
        double optionalWeight = 0;
        for (int i = 0; i < ids.length; i++) {
            if (essentialPlace[ids[i]] >= 0) {
                essential++;
                essentialWeight += weights == null ? 1 : weights[i];
            } else if (optionalPlace[ids[i]] >= 0) {
                optionalWeight += weights == null ? 1 : weights[i];
            }
        }
        return new Gains(essential, essentialWeight, optionalWeight);
    }

    /** A candidate's score and what breaks ties, or null when it scores nothing; the explained item is made for the top k only. */
    Ranked ranked(int position, List<NextSteps.Unlock> unlocks) {
        return ranked(position, gains(position), unlocks);
    }

    /** {@link #ranked(int, List)} with the candidate's {@link #gains} already worked out. */
    Ranked ranked(int position, Gains gains, List<NextSteps.Unlock> unlocks) {
        var o = index.catalog().at(position);
        int unlocked = unlocks.isEmpty() ? 0 : unlockedSkills(unlocks).size();
        int stacks = 0;
        for (var aim : aims) {
            stacks += aim.matched(position) != null ? 1 : 0;
        }
        if (gains.essentialWeight() + gains.optionalWeight() + unlocked + stacks == 0) {
            return null;
        }
        var cost = metric.known(o);
        return new Ranked(position, o, NextStepScore.round(score(gains, unlocked, stacks, cost)), gains.essential(), cost);
    }

    /**
     * An upper bound of {@link #ranked}'s score from the candidate's {@link #gains}: at most {@code unlocked} skills it
     * unlocks and {@code stacks} aims it stacks into. The same sum in the same order with parts at least as large, so
     * the bound is at least the score in floating point too (and is the score when both are 0).
     */
    double bound(Gains gains, int unlocked, int stacks, Double cost) {
        return score(gains, unlocked, stacks, cost);
    }

    private double score(Gains gains, int unlocked, int stacks, Double cost) {
        return NextStepScore.of(gains.essentialWeight(), gains.optionalWeight(), unlocked, stacks, units(cost));
    }

    /** The item shown for a ranked candidate: the skills it covers, its score parts, what it unlocks and stacks into. */
    NextSteps.Item item(int rank, Ranked r, List<NextSteps.Unlock> unlocks) {
        var o = r.offering();
        var counts = index.dense().counts(r.position());
        var essential = covered(r.position(), counts, essentialPlace);
        var optional = covered(r.position(), counts, optionalPlace);
        var stacks = new ArrayList<NextSteps.StacksInto>();
        for (var aim : aims) {
            var rule = aim.matched(r.position());
            if (rule != null) {
                stacks.add(new NextSteps.StacksInto(aim.aim, aim.title, rule));
            }
        }
        double units = units(r.cost());
        var parts = new NextSteps.ScoreParts(round(NextStepScore.ESSENTIAL * NextStepScore.weight(essential) / units),
                round(NextStepScore.OPTIONAL * NextStepScore.weight(optional) / units),
                round(NextStepScore.UNLOCK * unlockedSkills(unlocks).size() / units), round(NextStepScore.STACKING * stacks.size() / units), r.cost());
        var weekly = o.weeklyHours();
        return new NextSteps.Item(rank, Teacher.of(o, index), o.durationWeeks(), weekly == null ? null : Math.round(weekly * 10) / 10.0, r.score(),
                parts, essential, optional, unlocks, stacks);
    }

    /** The distinct gap skills the unlocked credentials bring within reach. */
    private static Set<String> unlockedSkills(List<NextSteps.Unlock> unlocks) {
        var skills = new LinkedHashSet<String>();
        unlocks.forEach(u -> u.gapSkills().forEach(s -> skills.add(s.uri())));
        return skills;
    }

    /** The gap skills among those the credential counts for (skill ids), in the gap's order. */
    private List<NextSteps.SkillRef> covered(int position, int[] counts, int[] gapPlace) {
        var found = new ArrayList<Integer>(2);
        for (int id : counts) {
            if (gapPlace[id] >= 0) {
                found.add(id);
            }
        }
        found.sort(Comparator.comparingInt(id -> gapPlace[id]));
        var o = index.catalog().at(position);
        return found.stream().map(id -> index.taught(o, index.dense().skill(id))).toList();
    }

    private double units(Double cost) {
        return NextStepScore.units(cost, metric);
    }

    private static double round(double v) {
        return NextStepScore.round(v);
    }
}
