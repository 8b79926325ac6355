package org.credpath.catalog.model;

import java.util.List;

/**
 * A credential with the elements of the EU Council Recommendation on micro-credentials
 * (2022/C 243/02): workload in ECTS, EQF level, assessment, participation, quality assurance,
 * language, duration, price and access; its learning outcomes; and its rule trees.
 * {@code creditHours} keeps a source's US semester credit hours beside the ECTS; {@code sourceCredits}
 * and {@code sourceCreditUnit} keep a source's credit value in any other unit it states (SCQF credits,
 * quarter hours...). {@code precedes} names the credentials this one comes before in a suggested order:
 * shown to users, never a requirement. {@code areas} are attributes a filter may ask for (distribution areas, tags,
 * levels: "any course in area LA or SA"). {@code catalogYear}: which program's rules, effective when, these rules are
 * (catalog years, {@link CatalogYear}); null for a credential whose rules have no versions. {@code sameAs} names the
 * credentials that are the same course under another code (cross-listed: "Same as CS 2305 and TE 2305"); the relation is
 * symmetric and transitive, so the credentials it links form one group.
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
        List<RecognitionSpec> recognisedAs,
        List<String> precedes,
        Double sourceCredits,
        String sourceCreditUnit,
        List<String> areas,
        CatalogYear catalogYear,
        List<String> sameAs) {

    public CredentialSpec {
        sameAs = sameAs == null ? List.of() : List.copyOf(sameAs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        recognisedAs = recognisedAs == null ? List.of() : List.copyOf(recognisedAs);
        precedes = precedes == null ? List.of() : List.copyOf(precedes);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** A credential that is the same course as no other. */
    public CredentialSpec(String id, CredentialKind kind, String title, String provider, String description, String code,
                          String subject, Double ects, Double creditHours, Integer eqfLevel, String assessment,
                          String participation, String qualityAssurance, String language, Double durationWeeks, Double price,
                          String currency, String access, Integer validityYears, String url, List<OutcomeSpec> outcomes,
                          RuleSpec prerequisites, RuleSpec requirements, List<RecognitionSpec> recognisedAs, List<String> precedes,
                          Double sourceCredits, String sourceCreditUnit, List<String> areas, CatalogYear catalogYear) {
        this(id, kind, title, provider, description, code, subject, ects, creditHours, eqfLevel, assessment, participation,
                qualityAssurance, language, durationWeeks, price, currency, access, validityYears, url, outcomes,
                prerequisites, requirements, recognisedAs, precedes, sourceCredits, sourceCreditUnit, areas, catalogYear, List.of());
    }

    /** A credential without areas or a catalog year. */
    public CredentialSpec(String id, CredentialKind kind, String title, String provider, String description, String code,
                          String subject, Double ects, Double creditHours, Integer eqfLevel, String assessment,
                          String participation, String qualityAssurance, String language, Double durationWeeks, Double price,
                          String currency, String access, Integer validityYears, String url, List<OutcomeSpec> outcomes,
                          RuleSpec prerequisites, RuleSpec requirements, List<RecognitionSpec> recognisedAs, List<String> precedes,
                          Double sourceCredits, String sourceCreditUnit) {
        this(id, kind, title, provider, description, code, subject, ects, creditHours, eqfLevel, assessment, participation,
                qualityAssurance, language, durationWeeks, price, currency, access, validityYears, url, outcomes,
                prerequisites, requirements, recognisedAs, precedes, sourceCredits, sourceCreditUnit, List.of(), null);
    }

    /** A credential without a suggested order or credits in another unit. */
    public CredentialSpec(String id, CredentialKind kind, String title, String provider, String description, String code,
                          String subject, Double ects, Double creditHours, Integer eqfLevel, String assessment,
                          String participation, String qualityAssurance, String language, Double durationWeeks, Double price,
                          String currency, String access, Integer validityYears, String url, List<OutcomeSpec> outcomes,
                          RuleSpec prerequisites, RuleSpec requirements, List<RecognitionSpec> recognisedAs) {
        this(id, kind, title, provider, description, code, subject, ects, creditHours, eqfLevel, assessment, participation,
                qualityAssurance, language, durationWeeks, price, currency, access, validityYears, url, outcomes,
                prerequisites, requirements, recognisedAs, List.of(), null, null);
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

    /** The same credential with other learning outcomes (an import adding the skills it found in the text). */
    public CredentialSpec withOutcomes(List<OutcomeSpec> newOutcomes) {
        return new CredentialSpec(id, kind, title, provider, description, code, subject, ects, creditHours, eqfLevel, assessment,
                participation, qualityAssurance, language, durationWeeks, price, currency, access, validityYears, url, newOutcomes,
                prerequisites, requirements, recognisedAs, precedes, sourceCredits, sourceCreditUnit, areas, catalogYear, sameAs);
    }

    /** This credential with {@code year} as its catalog year. */
    public CredentialSpec withCatalogYear(CatalogYear year) {
        return new CredentialSpec(id, kind, title, provider, description, code, subject, ects, creditHours, eqfLevel, assessment,
                participation, qualityAssurance, language, durationWeeks, price, currency, access, validityYears, url, outcomes,
                prerequisites, requirements, recognisedAs, precedes, sourceCredits, sourceCreditUnit, areas, year, sameAs);
    }

    /** This credential as the same course as {@code others} (cross-listed under their codes). */
    public CredentialSpec withSameAs(List<String> others) {
        return new CredentialSpec(id, kind, title, provider, description, code, subject, ects, creditHours, eqfLevel, assessment,
                participation, qualityAssurance, language, durationWeeks, price, currency, access, validityYears, url, outcomes,
                prerequisites, requirements, recognisedAs, precedes, sourceCredits, sourceCreditUnit, areas, catalogYear, others);
    }
}
