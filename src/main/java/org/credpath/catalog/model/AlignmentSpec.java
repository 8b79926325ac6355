package org.credpath.catalog.model;

/**
 * A learning outcome's link to a skill and how much it is trusted: {@code source} says who made it ({@link #STATED} by
 * the provider, or {@link #EXTRACTED} by the skill matcher from text), {@code confidence} (0 to 1; null: not assessed,
 * a provider's word taken as given) the calibrated chance it is right, and {@code evidence} the text it rests on (the
 * tag, the sentence).
 */
public record AlignmentSpec(String skill, String source, Double confidence, String evidence) {

    public static final String STATED = "stated";
    public static final String EXTRACTED = "extracted";

    public AlignmentSpec {
        source = source == null ? STATED : source;
    }

    public static AlignmentSpec stated(String skill) {
        return new AlignmentSpec(skill, STATED, null, null);
    }

    public boolean stated() {
        return STATED.equals(source);
    }

    /** Which of two links to one skill to keep: a stated one over an extracted one, then the more confident. */
    public static AlignmentSpec stronger(AlignmentSpec a, AlignmentSpec b) {
        if (a.stated() != b.stated()) {
            return a.stated() ? a : b;
        }
        return trust(b) > trust(a) ? b : a;
    }

    private static double trust(AlignmentSpec a) {
        return a.confidence == null ? 1 : a.confidence;
    }
}
