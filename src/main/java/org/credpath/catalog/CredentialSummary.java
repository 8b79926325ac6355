package org.credpath.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A credential as listed: identity, provider and the EU micro-credential elements; {@code creditHours}
 * is the source's own credit value where it has one in US semester credit hours, {@code sourceCredits} and
 * {@code sourceCreditUnit} the source's value in any other unit, beside the ECTS. {@code seed} is true for the
 * fictional examples of the seed catalog (and of its provider). {@code areas}: the attributes rule filters may ask
 * for (distribution areas, tags), when it has any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialSummary(
        String id, String kind, String title, String code, String subject, ProviderRef provider,
        Double ects, Double creditHours, Integer eqfLevel, String assessment, String participation, String qualityAssurance,
        String language, Double durationWeeks, Double price, String currency, String access,
        Integer validityYears, String url, Double sourceCredits, String sourceCreditUnit, Boolean seed, java.util.List<String> areas) {

    public CredentialSummary {
        seed = Boolean.TRUE.equals(seed); // unmarked entries are not seed: false, never null
    }

    public record ProviderRef(String id, String name, String country, Boolean seed) {
        public ProviderRef {
            seed = Boolean.TRUE.equals(seed);
        }
    }
}
