package org.credpath.catalog.model;

import java.util.List;

/** A learning outcome statement and the skills it aligns to. */
public record OutcomeSpec(String id, String statement, List<String> skills) {

    public OutcomeSpec {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
