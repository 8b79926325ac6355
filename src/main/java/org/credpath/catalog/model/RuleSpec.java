package org.credpath.catalog.model;

import java.util.List;

/** A node of a stacking or prerequisite rule tree. */
public sealed interface RuleSpec {

    /** Inner node: ALL_OF, AT_LEAST_K_OF (k) or AT_LEAST_CREDITS (credits) over its children, with optional limits. */
    record Group(RuleKind kind, Integer k, Double credits, String label,
                 Double maxCountedCredits, Integer maxCountedItems, Double maxSharedCredits,
                 Integer validityYears, String minGrade, List<RuleSpec> children) implements RuleSpec {
        public Group {
            children = List.copyOf(children);
        }
    }

    /** A specific credential (or one recognised as it). */
    record CredentialLeaf(String credential, String minGrade) implements RuleSpec {
    }

    /** Any credential matching every criterion given. */
    record FilterLeaf(String label, String codePrefix, String subject, String skill, Integer minEqfLevel,
                      List<String> providers, List<String> kinds, Double minCredits) implements RuleSpec {
        public FilterLeaf {
            providers = providers == null ? List.of() : List.copyOf(providers);
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
        }
    }

    /** A condition that is not a credential (consent, GPA), kept visible rather than dropped. */
    record ConditionLeaf(String text) implements RuleSpec {
    }

    /** A reference the source made that could not be resolved (an unknown course, a missing file). */
    record UnresolvedLeaf(String reference, String reason) implements RuleSpec {
    }
}
