package org.credpath.skills;

/**
 * What an extracted link of a course rests on before {@link CourseLinkCalibration}: {@code combined} the pieces'
 * confidences combined as independent evidence ({@code 1 - (1 - c1)(1 - c2)...}), {@code best} the most confident piece,
 * {@code pieces} how many pieces (the title, a description sentence with its mentions) name the skill at
 * {@link SkillLinks#SENTENCE_FLOOR} or more, {@code title} whether the title is one of them, {@code bestKind} what the
 * best piece is ({@link #TITLE}, {@link #SENTENCE} or {@link #MENTION}), the cosines of the skill's preferred label to
 * the title and to the course's whole text, the skill's ESCO type and reuse level (either may be null), and
 * {@code overlap}, the share of the preferred label's words (stemmed) the best evidence holds, and {@code senseCosine}
 * the cosine of what ESCO's description says the skill is to the course's whole text (the sense check; NaN: not
 * computed, or the skill has no description).
 */
public record LinkEvidence(double combined, double best, int pieces, boolean title, String bestKind, double titleCosine,
        double textCosine, String skillType, String reuseLevel, double overlap, double senseCosine) {

    public static final String TITLE = "title";
    public static final String SENTENCE = "sentence";
    public static final String MENTION = "mention";
}
