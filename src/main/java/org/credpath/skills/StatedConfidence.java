package org.credpath.skills;

/**
 * How far a provider's stated skill is borne out by the credential's own text: the cosine of the text (a title, a
 * description) to the skill's preferred label, mapped linearly from {@value #LOW} at a cosine of {@value #FAR} or
 * less to {@value #HIGH} at {@value #NEAR} or more. Set by reading the Coursera tags of real courses
 * (docs/skill-matching.md): below about 0.15 the tag is about something else than the course ("Principles of
 * Management" tagged business intelligence), above about 0.45 it is what the course is about.
 */
final class StatedConfidence {

    static final double FAR = 0.15;
    static final double NEAR = 0.45;
    static final double LOW = 0.2;
    static final double HIGH = 0.95;

    private StatedConfidence() {
    }

    /** The confidence for a cosine; {@link #LOW} for an unknown one (NaN). */
    static double of(double cosine) {
        if (Double.isNaN(cosine) || cosine <= FAR) {
            return LOW;
        }
        double share = Math.min(1, (cosine - FAR) / (NEAR - FAR));
        return Math.round((LOW + share * (HIGH - LOW)) * 1000) / 1000.0;
    }
}
