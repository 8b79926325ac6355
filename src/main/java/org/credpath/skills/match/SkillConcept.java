package org.credpath.skills.match;

import java.util.List;

/**
 * An ESCO skill as the matcher knows it: its labels (preferred, alternative, hidden: the last are misspellings and
 * older names, matched but never shown), its type ({@code skill/competence} or {@code knowledge}) and reuse level
 * ({@code transversal}, {@code cross-sector}, {@code sector-specific}, {@code occupation-specific}); either may be null;
 * and ESCO's description, what the concept means (null when none is known: {@link DescriptionVectors}).
 */
public record SkillConcept(String uri, String label, List<String> altLabels, List<String> hiddenLabels, String skillType,
        String reuseLevel, String description) {

    public SkillConcept {
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        hiddenLabels = hiddenLabels == null ? List.of() : List.copyOf(hiddenLabels);
    }
}
