package org.credpath.catalog.snapshot;

import java.util.Set;

/** A credential as the algorithms see it: what filters match on and what a plan costs. */
public record Offering(String id, String kind, String title, String code, String subject, String provider,
                       double ects, Integer eqfLevel, double price, double durationWeeks, String language,
                       String participation, String access, Integer validityYears, Set<String> skills) {

    public Offering {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
    }
}
