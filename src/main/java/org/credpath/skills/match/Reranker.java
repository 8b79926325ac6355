package org.credpath.skills.match;

import java.util.Comparator;
import java.util.List;

/**
 * Second stage: a linear score over each candidate's evidence and what ESCO knows of the skill, then a logistic curve
 * from score to confidence. The weights were fitted on the TECH and HOUSE validation sets (skill-extraction README) by
 * {@code bench/skills.sh --dump} and a small search (docs/skill-matching.md says how); the context weight could not
 * be fitted there (the sets carry no occupation) and is set by hand.
 */
public final class Reranker {

    /** A candidate with its final score and calibrated confidence. */
    public record Scored(Candidate candidate, double score, double confidence) {
    }

    static final String[] FEATURES = {"fusion", "bm25", "coverage", "phrase", "phraseLength", "preferredLabel", "densePreferred",
        "transversal", "crossSector", "sectorSpecific", "occupationSpecific", "knowledge", "context"};

    private final Vocabulary vocabulary;
    private final LexicalIndex lexical;
    private final double[] weights;
    private final double slope;
    private final double intercept;

    public Reranker(Vocabulary vocabulary, LexicalIndex lexical, double[] weights, double slope, double intercept) {
        if (weights.length != FEATURES.length) {
            throw new IllegalArgumentException(FEATURES.length + " weights expected, " + weights.length + " given");
        }
        this.vocabulary = vocabulary;
        this.lexical = lexical;
        this.weights = weights.clone();
        this.slope = slope;
        this.intercept = intercept;
    }

    public static List<String> featureNames() {
        return List.of(FEATURES);
    }

    public List<Scored> rank(List<Candidate> candidates) {
        return candidates.stream().map(c -> {
            double score = score(features(c));
            return new Scored(c, score, 1 / (1 + Math.exp(-(slope * score + intercept))));
        }).sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(s -> s.candidate().skill())).toList();
    }

    public double score(double[] features) {
        double score = 0;
        for (int i = 0; i < weights.length; i++) {
            score += weights[i] * features[i];
        }
        return score;
    }

    public double[] features(Candidate c) {
        var hit = c.lexical();
        var skill = vocabulary.skill(c.skill());
        var reuse = skill.reuseLevel() == null ? "" : skill.reuseLevel();
        boolean phrase = hit != null && hit.phrase();
        return new double[] {
            c.fusion() * 60,
            c.lexicalShare(),
            hit == null ? 0 : hit.coverage(),
            phrase ? 1 : 0,
            phrase ? Math.min(4, lexical.length(hit.label())) / 4.0 : 0,
            phrase && (hit.kind() == LabelKind.PREFERRED || hit.kind() == LabelKind.PREFERRED_HEAD) ? 1 : 0,
            c.densePreferred(),
            reuse.equals("transversal") ? 1 : 0,
            reuse.equals("cross-sector") ? 1 : 0,
            reuse.equals("sector-specific") ? 1 : 0,
            reuse.equals("occupation-specific") ? 1 : 0,
            "knowledge".equals(skill.skillType()) ? 1 : 0,
            c.context()};
    }
}
