package org.credpath.catalog.model;

import java.util.List;

/**
 * A credential with the elements of the EU Council Recommendation on micro-credentials
 * (2022/C 243/02): workload in ECTS, EQF level, assessment, participation, quality assurance,
 * language, duration, price and access; its learning outcomes; and its rule trees.
 * {@code creditHours} keeps a source's own credit value (US semester credit hours) beside the ECTS.
 */
public record CredentialSpec(
        String id,
        CredentialKind kind,
        String title,
        String provider,
        String description,
        String code,
        String subject,
        Double ects,
        Double creditHours,
        Integer eqfLevel,
        String assessment,
        String participation,
        String qualityAssurance,
        String language,
        Double durationWeeks,
        Double price,
        String currency,
        String access,
        Integer validityYears,
        String url,
        List<OutcomeSpec> outcomes,
        RuleSpec prerequisites,
        RuleSpec requirements,
        List<RecognitionSpec> recognisedAs) {

    public CredentialSpec {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        recognisedAs = recognisedAs == null ? List.of() : List.copyOf(recognisedAs);
    }

    /** A credential without source credit hours. */
    public CredentialSpec(String id, CredentialKind kind, String title, String provider, String description, String code,
                          String subject, Double ects, Integer eqfLevel, String assessment, String participation,
                          String qualityAssurance, String language, Double durationWeeks, Double price, String currency,
                          String access, Integer validityYears, String url, List<OutcomeSpec> outcomes,
                          RuleSpec prerequisites, RuleSpec requirements, List<RecognitionSpec> recognisedAs) {
        this(id, kind, title, provider, description, code, subject, ects, null, eqfLevel, assessment, participation,
                qualityAssurance, language, durationWeeks, price, currency, access, validityYears, url, outcomes,
                prerequisites, requirements, recognisedAs);
    }
}
