package org.credpath.catalog.snapshot;

/**
 * Why a credential is taken to teach a skill: {@code source} stated (by the provider) or extracted (by the skill
 * matcher from its text), the link's confidence (null: a stated link nobody assessed, taken as given) and its evidence
 * (the tag or sentence; may be null).
 */
public record SkillLink(String source, Double confidence, String evidence) {

    public static final SkillLink STATED = new SkillLink("stated", null, null);

    /** What a skill counts for in a ranking: its confidence, 1 for an unassessed stated link. */
    public double weight() {
        return confidence == null ? 1 : confidence;
    }

    /** Which of two links to one skill explains it: a stated one, then the more confident. */
    static SkillLink stronger(SkillLink a, SkillLink b) {
        boolean aStated = "stated".equals(a.source);
        if (aStated != "stated".equals(b.source)) {
            return aStated ? a : b;
        }
        return b.weight() > a.weight() ? b : a;
    }
}
