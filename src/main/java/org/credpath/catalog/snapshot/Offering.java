package org.credpath.catalog.snapshot;

import java.util.Set;

/**
 * A credential as the algorithms see it: what filters match on and what a plan costs. {@code country} is its
 * provider's. ECTS, price and duration are null when the catalog does not state them: unknown is not zero (see
 * {@link CostMetric#known} and {@link CatalogSnapshot#cost} for how costs treat it, {@link #credits} for credit sums).
 * {@code seed}: a fictional example of the seed catalog, which answers that list it say. {@code areas}: the attributes
 * filters may ask for (distribution areas, tags).
 */
public record Offering(String id, String kind, String title, String code, String subject, String provider, String country,
                       Double ects, Integer eqfLevel, Double price, Double durationWeeks, String language,
                       String participation, String access, Integer validityYears, Set<String> skills, boolean seed,
                       Set<String> areas) {

    public Offering {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /** An offering without areas. */
    public Offering(String id, String kind, String title, String code, String subject, String provider, String country,
                    Double ects, Integer eqfLevel, Double price, Double durationWeeks, String language,
                    String participation, String access, Integer validityYears, Set<String> skills, boolean seed) {
        this(id, kind, title, code, subject, provider, country, ects, eqfLevel, price, durationWeeks, language, participation,
                access, validityYears, skills, seed, Set.of());
    }

    /** An offering that is not from the seed catalog and has no areas. */
    public Offering(String id, String kind, String title, String code, String subject, String provider, String country,
                    Double ects, Integer eqfLevel, Double price, Double durationWeeks, String language,
                    String participation, String access, Integer validityYears, Set<String> skills) {
        this(id, kind, title, code, subject, provider, country, ects, eqfLevel, price, durationWeeks, language, participation, access,
                validityYears, skills, false);
    }

    /** An offering whose ECTS, price and duration are all known and whose provider's country is not given (tests, generated catalogs). */
    public Offering(String id, String kind, String title, String code, String subject, String provider, double ects, Integer eqfLevel,
                    double price, double durationWeeks, String language, String participation, String access, Integer validityYears,
                    Set<String> skills) {
        this(id, kind, title, code, subject, provider, null, ects, eqfLevel, price, durationWeeks, language, participation, access,
                validityYears, skills);
    }

    /** The credits it brings to a rule's credit sum: its ECTS, or none when they are unknown (a rule never counts credits nobody stated). */
    public double credits() {
        return ects == null ? 0 : ects;
    }

    /** Notional weekly hours (ECTS x {@value Selection#HOURS_PER_ECTS} h / weeks), or null when ECTS or a positive duration is unknown. */
    public Double weeklyHours() {
        return ects == null || durationWeeks == null || durationWeeks <= 0 ? null : ects * Selection.HOURS_PER_ECTS / durationWeeks;
    }
}
