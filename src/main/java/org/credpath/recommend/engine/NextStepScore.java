package org.credpath.recommend.engine;

import java.util.List;

import org.credpath.catalog.snapshot.CostMetric;

/**
 * The next-step score:
 * <pre>score = (1.0 E + 0.25 O + 0.5 U + 1.0 S) / max(cost, floor)</pre>
 * where E and O sum the confidence of the credential's links to the essential and optional gap skills it covers (1 for
 * a stated, unassessed link; a link under the snapshot's threshold does not count at all), U counts the essential gap
 * skills that only credentials closed to the learner now teach and that some credential it unlocks teaches (its entry
 * rules become met with it), S the larger credentials the learner aims at (and a credential goal) whose still-open
 * rules it counts toward, and cost is its ECTS, price or weeks. Ties: more essential skills, lower cost, id.
 *
 * <p>The floor ({@link #floor}: 5 ECTS, 4 weeks, 1 of a price) is a typical course's workload: below it a smaller cost
 * is no gain. Dividing by the cost with a floor of 1 made a 0.1-ECTS guided project tagged with two skills (score 2)
 * outrank a 6-ECTS course teaching six (score 1): tiny items won on cost alone, yet a two-hour project does not teach
 * a skill as a course does. Items under the floor now compete on what they teach.
 */
final class NextStepScore {

    static final double ESSENTIAL = 1.0;
    static final double OPTIONAL = 0.25;
    static final double UNLOCK = 0.5;
    static final double STACKING = 1.0;
    static final String FORMULA = "score = (1.0 x essential gap skills covered + 0.25 x optional gap skills covered"
            + " + 0.5 x essential gap skills only reachable through a credential it unlocks + 1.0 x aimed credentials it stacks into)"
            + " / max(cost, floor), each skill weighed by the confidence of the credential's link to it (1 when stated and"
            + " unassessed); floor: 5 ECTS, 4 weeks, 1 of a price (a smaller cost is no gain)";

    private NextStepScore() {
    }

    /** The least cost a credential counts as under the metric: a typical course's workload (5 ECTS, 4 weeks); 1 of a price. */
    static double floor(CostMetric metric) {
        return switch (metric) {
            case ECTS -> 5;
            case WEEKS -> 4;
            case PRICE -> 1;
        };
    }

    /** What the gains are divided by: the cost, at least the floor; 1 when the cost is unknown (such items rank after the known ones anyway). */
    static double units(Double cost, CostMetric metric) {
        return cost == null ? 1 : Math.max(cost, floor(metric));
    }

    /** The confidence-weighted count of skills (a stated, unassessed link weighs 1). */
    static double weight(List<NextSteps.SkillRef> skills) {
        return skills.stream().mapToDouble(s -> s.confidence() == null ? 1 : s.confidence()).sum();
    }

    /** The score from its parts (the one expression every caller uses, so equal parts give equal scores to the last bit). */
    static double of(double essentialWeight, double optionalWeight, int unlocked, int stacks, double units) {
        return (ESSENTIAL * essentialWeight + OPTIONAL * optionalWeight + UNLOCK * unlocked + STACKING * stacks) / units;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
