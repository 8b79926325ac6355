package org.credpath.skills;

import java.util.HashSet;

import org.credpath.catalog.model.AlignmentSpec;
import org.credpath.skills.match.SkillMatcher;
import org.credpath.skills.match.Terms;

/**
 * The pieces of a text that name one skill, gathered piece by piece while {@link SkillLinks} reads the text: their
 * confidences combined as independent evidence, the most confident one (its link and what kind of piece it is), how
 * many there are and whether the title is one of them; then what the link rests on ({@link LinkEvidence}).
 */
final class LinkSupport {

    private double doubt = 1;
    private AlignmentSpec best;
    private String bestKind;
    private int pieces;
    private boolean title;

    /** One piece's link to the skill ({@code kind}: {@link LinkEvidence#TITLE}, {@code SENTENCE} or {@code MENTION}). */
    void add(AlignmentSpec link, String kind) {
        doubt *= 1 - link.confidence();
        pieces++;
        title |= LinkEvidence.TITLE.equals(kind);
        if (best == null || AlignmentSpec.stronger(best, link) == link) {
            best = link;
            bestKind = kind;
        }
    }

    /** {@code 1 - (1 - c1)(1 - c2)...} over the pieces. */
    double combined() {
        return 1 - doubt;
    }

    AlignmentSpec best() {
        return best;
    }

    /**
     * What the link rests on; {@code titleVector} and {@code textVector} the vectors of the course's title and whole
     * text (either null: cosine 0, not known); {@code sense}: whether to check the whole text against the skill's
     * ESCO description (a description met for the first time costs an encoding), else NaN.
     */
    LinkEvidence evidence(SkillMatcher matcher, float[] titleVector, float[] textVector, boolean sense) {
        var skill = matcher.vocabulary().skill(matcher.vocabulary().indexOf(best.skill()));
        double senseCosine = sense && textVector != null ? matcher.senseSimilarity(textVector, best.skill()) : Double.NaN;
        return new LinkEvidence(combined(), best.confidence(), pieces, title, bestKind, cosine(matcher, titleVector),
                cosine(matcher, textVector), skill.skillType(), skill.reuseLevel(), overlap(skill.label(), best.evidence()), senseCosine);
    }

    private double cosine(SkillMatcher matcher, float[] vector) {
        return vector == null ? 0 : matcher.similarity(vector, best.skill());
    }

    /** The share of the label's words (stemmed, stop words left out) that the evidence holds. */
    static double overlap(String label, String evidence) {
        var words = new HashSet<>(Terms.stems(label));
        if (words.isEmpty()) {
            return 0;
        }
        var held = new HashSet<>(Terms.stems(evidence == null ? "" : evidence));
        return words.stream().filter(held::contains).count() / (double) words.size();
    }
}
