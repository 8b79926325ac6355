package org.credpath.skills.match;

/**
 * A skill found in a text: the ESCO concept, the calibrated confidence (the estimated chance a person would label the
 * text with it), and the evidence: the sentence it came from and, when a label's words occur in it, their span; offsets
 * are into the text as given ({@code start} inclusive, {@code end} exclusive).
 */
public record SkillMatch(String uri, String label, String skillType, double confidence, String matchedLabel, TextEvidence evidence) {

    /**
     * The sentence ({@code sentence}, at {@code sentenceStart}) and the span of it that names the skill ({@code text}).
     * Not "Evidence": the OpenAPI document names schemas by simple name, and the skill gap's {@code Evidence} has it.
     */
    public record TextEvidence(String sentence, int sentenceStart, String text, int start, int end) {
    }
}
