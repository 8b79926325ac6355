package org.credpath.catalog.snapshot;

import java.util.List;
import java.util.Set;

/** Criteria of a filter leaf; a credential matches when it meets every criterion given. */
public record Filter(String codePrefix, String subject, String skill, Integer minEqfLevel,
                     Set<String> providers, Set<String> kinds, Double minCredits) {

    public Filter {
        providers = providers == null ? Set.of() : Set.copyOf(providers);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static Filter of(String codePrefix, String subject, String skill, Integer minEqfLevel,
                            List<String> providers, List<String> kinds, Double minCredits) {
        return new Filter(codePrefix, subject, skill, minEqfLevel,
                providers == null ? null : Set.copyOf(providers), kinds == null ? null : Set.copyOf(kinds), minCredits);
    }

    public boolean matches(Offering o) {
        return (codePrefix == null || (o.code() != null && normalisedCode(o.code()).startsWith(normalisedCode(codePrefix))))
                && (subject == null || subject.equalsIgnoreCase(o.subject()))
                && (skill == null || o.skills().contains(skill))
                && (minEqfLevel == null || (o.eqfLevel() != null && o.eqfLevel() >= minEqfLevel))
                && (providers.isEmpty() || providers.contains(o.provider()))
                && (kinds.isEmpty() || kinds.contains(o.kind()))
                && (minCredits == null || o.ects() != null && o.ects() >= minCredits);
    }

    /** A code as prefixes compare it: without spaces, in upper case. */
    static String normalisedCode(String code) {
        return code.replace(" ", "").toUpperCase();
    }
}
