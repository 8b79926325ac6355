package org.credpath.catalog.snapshot;

import java.util.List;
import java.util.Set;

/**
 * Criteria of a filter leaf; a credential matches when it meets every criterion given and is not one of the
 * {@code excluded} credentials ("any COS 3xx course except COS 306 and COS 397"). {@code areas}: the credential
 * carries at least one of these areas ("any course in area LA or SA").
 */
public record Filter(String codePrefix, String subject, String skill, Integer minEqfLevel,
                     Set<String> providers, Set<String> kinds, Double minCredits, Set<String> excluded, Set<String> areas) {

    public Filter {
        providers = providers == null ? Set.of() : Set.copyOf(providers);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /** A filter on no areas. */
    public Filter(String codePrefix, String subject, String skill, Integer minEqfLevel,
                  Set<String> providers, Set<String> kinds, Double minCredits, Set<String> excluded) {
        this(codePrefix, subject, skill, minEqfLevel, providers, kinds, minCredits, excluded, Set.of());
    }

    /** This filter, asking for one of {@code areas} (null or empty: any). */
    public Filter withAreas(java.util.Collection<String> areas) {
        return areas == null || areas.isEmpty() ? this
                : new Filter(codePrefix, subject, skill, minEqfLevel, providers, kinds, minCredits, excluded, Set.copyOf(areas));
    }

    /** A filter that excludes nothing. */
    public Filter(String codePrefix, String subject, String skill, Integer minEqfLevel,
                  Set<String> providers, Set<String> kinds, Double minCredits) {
        this(codePrefix, subject, skill, minEqfLevel, providers, kinds, minCredits, Set.of());
    }

    public static Filter of(String codePrefix, String subject, String skill, Integer minEqfLevel,
                            List<String> providers, List<String> kinds, Double minCredits, List<String> excluded) {
        return new Filter(codePrefix, subject, skill, minEqfLevel, providers == null ? null : Set.copyOf(providers),
                kinds == null ? null : Set.copyOf(kinds), minCredits, excluded == null ? null : Set.copyOf(excluded));
    }

    public boolean matches(Offering o) {
        return meetsCriteria(o) && !excluded.contains(o.id());
    }

    /** Whether the offering meets every criterion, exclusions aside: with {@link #excludes}, why a holding did not count. */
    public boolean meetsCriteria(Offering o) {
        return (codePrefix == null || (o.code() != null && normalisedCode(o.code()).startsWith(normalisedCode(codePrefix))))
                && (subject == null || subject.equalsIgnoreCase(o.subject()))
                && (skill == null || o.skills().contains(skill))
                && (minEqfLevel == null || (o.eqfLevel() != null && o.eqfLevel() >= minEqfLevel))
                && (providers.isEmpty() || providers.contains(o.provider()))
                && (kinds.isEmpty() || kinds.contains(o.kind()))
                && (minCredits == null || o.ects() != null && o.ects() >= minCredits)
                && (areas.isEmpty() || o.areas().stream().anyMatch(areas::contains));
    }

    /** Whether the filter names the credential as an exception. */
    public boolean excludes(String credentialId) {
        return excluded.contains(credentialId);
    }

    /** A code as prefixes compare it: without spaces, in upper case. */
    static String normalisedCode(String code) {
        return code.replace(" ", "").toUpperCase();
    }
}
