package org.credpath.catalog.model;

import java.util.List;

/** An occupation or job profile with the skills it requires (essential) or values (optional). */
public record OccupationSpec(String uri, String label, String iscoGroup, String code,
                             List<String> essentialSkills, List<String> optionalSkills) {

    public OccupationSpec {
        essentialSkills = essentialSkills == null ? List.of() : List.copyOf(essentialSkills);
        optionalSkills = optionalSkills == null ? List.of() : List.copyOf(optionalSkills);
    }
}
