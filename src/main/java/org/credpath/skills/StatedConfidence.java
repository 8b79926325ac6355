package org.credpath.skills;

/**
 * How likely a provider's stated skill is one the credential teaches: a logistic curve,
 * {@code 1 / (1 + e^-(COSINE * cosine + PLACE * place + INTERCEPT))}, over the cosine of the credential's own text (a
 * title, a description) to the skill's preferred label and the skill's place in the provider's list of tags (0 the first
 * or the only one, 1 the last). Fitted by {@code bench/skills/fit_stated_trust.py} on 100 stated Coursera tag uses
 * judged by reading ({@code docs/coursera-stated-tags-judged.csv}; "right" only counts, docs/import-coursera.md): a
 * tag far from the title, or listed late (Coursera lists what a course is about first, then an alphabetical tail of
 * broader tags), is kept but not trusted. "Principles of Management" tagged project management (cosine 0.47, last of
 * 11) reads 0.14; "Algorithmic Toolbox" tagged algorithms (cosine 0.60, first) 0.69.
 */
final class StatedConfidence {

    static final double COSINE = 3.108;
    static final double PLACE = -2.191;
    static final double INTERCEPT = -1.083;

    private StatedConfidence() {
    }

    /**
     * The confidence for a cosine and a place in the list (0 to 1); an unknown cosine (NaN: a skill the matcher does
     * not know) counts as no support (0), not as a match.
     */
    static double of(double cosine, double place) {
        double support = Double.isNaN(cosine) ? 0 : cosine;
        double z = COSINE * support + PLACE * Math.max(0, Math.min(1, place)) + INTERCEPT;
        return Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
    }

    /** The place of the {@code index}-th (from 0) of {@code count} tags: 0 for the first or the only one, 1 for the last. */
    static double place(int index, int count) {
        return count <= 1 ? 0 : (double) index / (count - 1);
    }
}
