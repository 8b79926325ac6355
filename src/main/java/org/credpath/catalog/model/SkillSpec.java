package org.credpath.catalog.model;

import java.util.List;

/** A skill or knowledge concept, cited by ESCO URI or local URI. */
public record SkillSpec(String uri, String label, String skillType, List<String> altLabels, List<String> broader) {

    public SkillSpec {
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        broader = broader == null ? List.of() : List.copyOf(broader);
    }
}
