package org.credpath.catalog.model;

import java.util.List;
import java.util.Map;

/** A node of a stacking or prerequisite rule tree. */
public sealed interface RuleSpec {

    /**
     * Inner node: ALL_OF, AT_LEAST_K_OF (k) or AT_LEAST_CREDITS (credits) over its children, with optional limits.
     * {@code gated}: the group's items and credits count toward its parent only once the group is met.
     * {@code doubleCount}: true, holdings counted beneath it may also count elsewhere in the same target (once per group
     * beneath it); false, they count once, as by default; null, as the nearest group above says.
     * {@code completeByTerm}: the group must be complete by the end of the learner's term N (counted from their start).
     * {@code before}: the group must be complete before the learner starts that credential.
     * Distribution areas: the courses counted come from at least {@code minAreas} distinct areas and at most
     * {@code maxPerArea} from one; {@code areas} names the areas that count (empty: those its filters name).
     */
    record Group(RuleKind kind, Integer k, Double credits, String label,
                 Double maxCountedCredits, Integer maxCountedItems, Double maxSharedCredits,
                 Integer validityYears, String minGrade, List<RuleSpec> children, Boolean gated, Boolean doubleCount,
                 Integer completeByTerm, String before, Map<String, Integer> maxSharedWith,
                 Integer minAreas, Integer maxPerArea, List<String> areas) implements RuleSpec {
        /**
         * {@code maxSharedWith} (top node of requirements only): how many holdings counted toward this credential may also
         * count toward another credential audited or planned with it, per credential id, or {@code "default"} for any other.
         */
        public Group {
            children = List.copyOf(children);
            maxSharedWith = maxSharedWith == null ? Map.of() : Map.copyOf(maxSharedWith);
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        /** A group without distribution areas. */
        public Group(RuleKind kind, Integer k, Double credits, String label, Double maxCountedCredits, Integer maxCountedItems,
                     Double maxSharedCredits, Integer validityYears, String minGrade, List<RuleSpec> children, Boolean gated,
                     Boolean doubleCount) {
            this(kind, k, credits, label, maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears, minGrade, children,
                    gated, doubleCount, null, null, null, null, null, List.of());
        }

        /** A group that is neither gated nor says anything about double counting. */
        public Group(RuleKind kind, Integer k, Double credits, String label, Double maxCountedCredits, Integer maxCountedItems,
                     Double maxSharedCredits, Integer validityYears, String minGrade, List<RuleSpec> children) {
            this(kind, k, credits, label, maxCountedCredits, maxCountedItems, maxSharedCredits, validityYears, minGrade, children,
                    null, null);
        }

        /**
         * The most items the children can supply toward k: one per child, except that a filter child supplies one
         * item per matching credential (as the engines count it), so with a filter child there is no fixed bound.
         */
        public static int itemsAvailable(List<RuleSpec> children) {
            return children.stream().anyMatch(FilterLeaf.class::isInstance) ? Integer.MAX_VALUE : children.size();
        }
    }

    /** A specific credential (or one recognised as it). */
    record CredentialLeaf(String credential, String minGrade) implements RuleSpec {
    }

    /**
     * Any credential matching every criterion given, except the credentials {@code except} names; {@code areas}: it
     * carries one of these areas.
     */
    record FilterLeaf(String label, String codePrefix, String subject, String skill, Integer minEqfLevel,
                      List<String> providers, List<String> kinds, Double minCredits, List<String> except,
                      List<String> areas) implements RuleSpec {
        public FilterLeaf {
            providers = providers == null ? List.of() : List.copyOf(providers);
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            except = except == null ? List.of() : List.copyOf(except);
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        /** A filter on no areas. */
        public FilterLeaf(String label, String codePrefix, String subject, String skill, Integer minEqfLevel,
                          List<String> providers, List<String> kinds, Double minCredits, List<String> except) {
            this(label, codePrefix, subject, skill, minEqfLevel, providers, kinds, minCredits, except, List.of());
        }

        /** A filter with no exceptions. */
        public FilterLeaf(String label, String codePrefix, String subject, String skill, Integer minEqfLevel,
                          List<String> providers, List<String> kinds, Double minCredits) {
            this(label, codePrefix, subject, skill, minEqfLevel, providers, kinds, minCredits, List.of());
        }
    }

    /** A condition that is not a credential (consent, GPA), kept visible rather than dropped. */
    record ConditionLeaf(String text) implements RuleSpec {
    }

    /** A reference the source made that could not be resolved (an unknown course, a missing file). */
    record UnresolvedLeaf(String reference, String reason) implements RuleSpec {
    }
}
