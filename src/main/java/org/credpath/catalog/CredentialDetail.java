package org.credpath.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A credential with everything around it: outcomes and the skills they align to, its prerequisite
 * and stacking rule trees, recognition both ways, the larger credentials whose rules name it and
 * the credentials whose prerequisites it helps meet, and the credentials it comes before or after in a
 * suggested order (never a requirement), and the other codes of the same course ({@code sameAs}: cross-listed, the
 * whole group whichever member declared it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialDetail(
        @JsonUnwrapped CredentialSummary credential,
        String description,
        List<Outcome> outcomes,
        RuleNode prerequisites,
        RuleNode requirements,
        List<Recognition> recognisedAs,
        List<Recognition> recognisedFrom,
        List<CredentialRef> stacksInto,
        List<CredentialRef> unlocks,
        List<CredentialRef> precedes,
        List<CredentialRef> precededBy,
        List<CredentialRef> sameAs) {

    public record Outcome(String id, String statement, List<SkillRef> skills) {
    }

    /** A skill an outcome aligns to: {@code source} stated or extracted; {@code confidence} null when not assessed. */
    public record SkillRef(String uri, String label, String source, Double confidence, String evidence) {
    }

    public record Recognition(Double credits, RecognisedCredential credential) {
    }

    public record RecognisedCredential(String id, String title, String kind, Double ects, String provider) {
    }

    public record CredentialRef(String id, String title, String kind, Double ects) {
    }
}
