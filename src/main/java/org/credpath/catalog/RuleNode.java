package org.credpath.catalog;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A node of a rule tree as shown to users: a group (ALL_OF, AT_LEAST_K_OF, AT_LEAST_CREDITS), a
 * FILTER (with the credentials it {@code except}s), CONDITION or UNRESOLVED leaf, or a CREDENTIAL leaf naming the credential.
 * A group may be {@code gated} (counts toward its parent only once met) and say whether what it counts may also count
 * elsewhere in the same target ({@code doubleCount}), carry timing: complete by the end of the learner's term N
 * ({@code completeByTerm}), complete before the learner starts a credential ({@code before}), and ask for distribution
 * areas: its courses from at least {@code minAreas} of its {@code areas} (or its filters'), at most {@code maxPerArea}
 * from one; a top node may cap what the credential shares with another audited or planned with it ({@code maxSharedWith}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleNode(
        String id, String kind, String label,
        Integer k, Double credits,
        Double maxCountedCredits, Integer maxCountedItems, Double maxSharedCredits, Integer validityYears, String minGrade,
        String codePrefix, String subject, String skill, Integer minEqfLevel, List<String> providers, List<String> kinds,
        Double minCredits, List<String> except, List<String> areas, String reason, Boolean gated, Boolean doubleCount,
        Integer completeByTerm, String before, Map<String, Integer> maxSharedWith, Integer minAreas, Integer maxPerArea,
        CredentialLeaf credential,
        List<RuleNode> children) {

    public static final String CREDENTIAL = "CREDENTIAL";

    public record CredentialLeaf(String id, String title, String kind, Double ects, String code) {
    }

    static RuleNode credentialLeaf(CredentialLeaf credential, String minGrade) {
        return new RuleNode(null, CREDENTIAL, null, null, null, null, null, null, null, minGrade,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, credential, List.of());
    }

    RuleNode withChildren(List<RuleNode> newChildren) {
        return new RuleNode(id, kind, label, k, credits, maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears,
                minGrade, codePrefix, subject, skill, minEqfLevel, providers, kinds, minCredits, except, areas, reason, gated, doubleCount,
                completeByTerm, before, maxSharedWith, minAreas, maxPerArea, credential, newChildren);
    }

    /** This node with the top node's maxSharedWith (stored as two lists, see {@link RuleRows}). */
    RuleNode withSharedWith(Map<String, Integer> caps) {
        return new RuleNode(id, kind, label, k, credits, maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears,
                minGrade, codePrefix, subject, skill, minEqfLevel, providers, kinds, minCredits, except, areas, reason, gated, doubleCount,
                completeByTerm, before, caps, minAreas, maxPerArea, credential, children);
    }
}
