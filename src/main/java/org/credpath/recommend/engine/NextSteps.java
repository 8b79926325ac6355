package org.credpath.recommend.engine;

import java.util.List;

import org.credpath.catalog.snapshot.CostMetric;

/**
 * The top credentials a learner can take now toward a goal, best first, each with its explanation:
 * the gap skills it covers, the parts of its score, what it unlocks and what it stacks into.
 * {@code formula} states the score; {@code reachableLater} are essential gap skills only credentials
 * the learner cannot take yet teach; {@code unreachable} those no credential allowed by the filters teaches.
 * {@code unknownCost} counts the ranked candidates whose cost under the metric is unknown (listed after every known
 * one); {@code excludedForUnknown} the credentials the filters ruled out only because they do not state the attribute
 * filtered on (a missing country, language, price...: unknown is not a match).
 */
public record NextSteps(SkillGap.GoalRef goal, int essentialGap, int optionalGap, CostMetric metric, String formula,
                        int candidates, int unknownCost, int excludedForUnknown, List<Item> items, List<SkillRef> reachableLater,
                        List<SkillRef> unreachable) {

    /**
     * A skill; where a credential is said to teach it, why: {@code source} (stated by the provider or extracted from its
     * text), {@code confidence} (null: a stated link nobody assessed) and {@code evidence} (the tag or sentence).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record SkillRef(String uri, String label, String source, Double confidence, String evidence) {

        public SkillRef(String uri, String label) {
            this(uri, label, null, null, null);
        }
    }

    /** Each part is weight x count (skills: x confidence) / max(cost, floor); the score is their sum. {@code cost} null: unknown, the parts are undivided. */
    public record ScoreParts(double essential, double optional, double unlock, double stacking, Double cost) {
    }

    public record Unlock(String credential, String title, List<SkillRef> gapSkills) {
    }

    public record StacksInto(String credential, String title, String rule) {
    }

    public record Item(int rank, Teacher credential, Double weeks, Double weeklyHours, double score, ScoreParts parts,
                       List<SkillRef> coversEssential, List<SkillRef> coversOptional, List<Unlock> unlocks,
                       List<StacksInto> stacksInto) {
    }
}
