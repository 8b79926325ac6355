package org.credpath.learner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * A learner's holdings as portable credential documents: Open Badges 3.0 {@code OpenBadgeCredential}s, a CLR 2.0
 * {@code ClrCredential} wrapping them, or one ELM {@code EuropeanDigitalCredential} with a learning achievement per
 * holding. The documents are <em>unsigned</em>: credpath is not the issuer; they carry what credpath holds so that it
 * can be taken elsewhere (and read back by the {@code credentials} import).
 */
final class CredentialDocuments {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
    static final String ELM_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap";

    /** Says on every document that no one signed it: the holder's record as credpath holds it, not the awarding body's credential. */
    static final String UNSIGNED = "UNSIGNED export from credpath: the learner's record as credpath holds it; not issued or signed by the "
            + "awarding body (named as the achievement's creator), so verify with the awarding body before relying on it";
    private static final Map<String, Object> EXPORTER = Map.of("id", "urn:credpath", "type", List.of("Profile"),
            "name", "credpath (unsigned export)");

    private CredentialDocuments() {
    }

    static List<Map<String, Object>> openBadges(String learner, String name, List<ExportedHolding> holdings) {
        var documents = new ArrayList<Map<String, Object>>();
        for (var h : holdings) {
            var c = h.credential();
            var achievement = map("id", c.id(), "type", List.of("Achievement"), "name", c.title(), "description", c.description(),
                    "achievementType", "micro-credential".equals(c.kind()) ? "MicroCredential" : null, "humanCode", c.code(),
                    "fieldOfStudy", c.subject(), "creditsAvailable", c.ects(), "inLanguage", c.language(),
                    "criteria", c.assessment() == null ? null : map("narrative", c.assessment()), "alignment", alignments(h),
                    "creator", h.provider() == null ? null : map("id", h.provider().id(), "type", List.of("Profile"), "name", h.provider().name(),
                            "url", h.provider().url()));
            var subject = map("id", learner, "type", List.of("AchievementSubject"), "name", name, "achievement", achievement,
                    "result", h.grade() == null ? null : List.of(map("type", List.of("Result"), "value", h.grade())));
            documents.add(map("@context", List.of(VC_V2, OB3_CONTEXT), "id", "urn:credpath:holding:" + learner + ":" + c.id(),
                    "type", List.of("VerifiableCredential", "OpenBadgeCredential"), "name", c.title(), "description", UNSIGNED,
                    "issuer", EXPORTER,
                    "validFrom", h.date() == null ? null : h.date() + "T00:00:00Z", "awardedDate", h.date() == null ? null : h.date() + "T00:00:00Z",
                    "credentialSubject", subject));
        }
        return documents;
    }

    static Map<String, Object> clr(String learner, String name, List<ExportedHolding> holdings) {
        return map("@context", List.of(VC_V2, CLR_CONTEXT, OB3_CONTEXT), "id", "urn:credpath:clr:" + learner,
                "type", List.of("VerifiableCredential", "ClrCredential"), "name", "Learning record of " + name,
                "description", UNSIGNED, "issuer", EXPORTER,
                "credentialSubject", map("id", learner, "type", List.of("ClrSubject"),
                        "verifiableCredential", openBadges(learner, name, holdings)));
    }

    static Map<String, Object> elm(String learner, String name, List<ExportedHolding> holdings) {
        var claims = new ArrayList<Map<String, Object>>();
        for (var h : holdings) {
            var c = h.credential();
            var outcomes = new ArrayList<Map<String, Object>>();
            for (var o : h.outcomes()) {
                outcomes.add(map("id", o.id(), "type", "LearningOutcome", "title", lang(o.statement()),
                        "relatedESCOSkill", o.skills().stream().map(s -> map("id", s.uri(), "type", "Concept", "prefLabel", lang(s.label()),
                                "inScheme", map("id", "http://data.europa.eu/esco/skill", "type", "ConceptScheme"))).toList()));
            }
            var specification = map("id", c.id(), "type", "Qualification", "title", lang(c.title()),
                    "creditPoint", c.ects() == null ? null : List.of(map("type", "CreditPoint", "point", String.valueOf(c.ects()),
                            "framework", map("id", "http://data.europa.eu/snb/education-credit/6fcec5c5af", "type", "Concept", "prefLabel", lang("ECTS")))),
                    "eqfLevel", c.eqfLevel() == null ? null : map("id", "http://data.europa.eu/snb/eqf/" + c.eqfLevel(), "type", "Concept"),
                    "language", c.language() == null ? null : List.of(map("id", "http://publications.europa.eu/resource/authority/language/"
                            + iso3Language(c.language()), "type", "Concept")),
                    "mode", c.participation() == null ? null : map("type", "Concept", "prefLabel", lang(participation(c.participation()))),
                    "learningOutcome", outcomes);
            var awarding = h.provider() == null ? null : map("type", "AwardingProcess", "awardingBody", List.of(organisation(h.provider())));
            claims.add(map("id", "urn:credpath:achievement:" + c.id(), "type", "LearningAchievement", "title", lang(c.title()),
                    "description", c.description() == null ? null : lang(c.description()), "awardedBy", awarding,
                    "provenBy", List.of(map("type", "LearningAssessment", "title", c.assessment() == null ? null : lang(c.assessment()),
                            "dateIssued", h.date() == null ? null : h.date() + "T00:00:00Z",
                            "grade", h.grade() == null ? null : map("type", "Note", "noteLiteral", lang(h.grade())))),
                    "specifiedBy", specification));
        }
        return map("@context", List.of("https://www.w3.org/2018/credentials/v1", ELM_CONTEXT), "id", "urn:credpath:edc:" + learner,
                "type", List.of("VerifiableCredential", "EuropeanDigitalCredential"), "description", Map.of("en", UNSIGNED),
                "issuer", map("id", "urn:credpath", "type", "Organisation", "legalName", lang("credpath (unsigned export)")),
                "credentialSubject", map("id", learner, "type", "Person", "fullName", lang(name), "hasClaim", claims));
    }

    private static Map<String, Object> organisation(ExportedHolding.Provider provider) {
        var location = provider.country() == null ? null : List.of(map("type", "Location", "address", map("type", "Address",
                "countryCode", map("id", "http://publications.europa.eu/resource/authority/country/" + iso3Country(provider.country()),
                        "type", "Concept"))));
        var homepage = provider.url() == null ? null : List.of(map("type", "WebResource", "contentURL", provider.url()));
        return map("id", provider.id(), "type", "Organisation", "legalName", lang(provider.name()), "location", location, "homepage", homepage);
    }

    /** The outcome's statement; for a skill the provider did not state, also that credpath read it from the text, and how sure it is. */
    static String alignmentDescription(ExportedHolding.Outcome o, ExportedHolding.Skill s) {
        if (!s.extracted()) {
            return o.statement();
        }
        return o.statement() + " [skill extracted by credpath from the credential's text, not stated by the provider"
                + (s.confidence() == null ? "" : String.format(Locale.ROOT, "; confidence %.2f", s.confidence())) + "]";
    }

    private static List<Map<String, Object>> alignments(ExportedHolding h) {
        var alignments = new ArrayList<Map<String, Object>>();
        if (h.credential().eqfLevel() != null) {
            alignments.add(map("type", List.of("Alignment"), "targetName", "EQF level " + h.credential().eqfLevel(),
                    "targetUrl", "http://data.europa.eu/snb/eqf/" + h.credential().eqfLevel(), "targetFramework", "European Qualifications Framework"));
        }
        for (var o : h.outcomes()) {
            for (var s : o.skills()) {
                alignments.add(map("type", List.of("Alignment"), "targetName", s.label(), "targetDescription", alignmentDescription(o, s),
                        "targetUrl", s.uri(), "targetFramework", "ESCO", "targetType", "ceasn:Competency"));
            }
        }
        return alignments.isEmpty() ? null : alignments;
    }

    private static String participation(String value) {
        return switch (value) {
            case "online" -> "Online";
            case "blended" -> "Blended";
            default -> "In person";
        };
    }

    private static String iso3Language(String language) {
        try {
            return new Locale(language).getISO3Language().toUpperCase(Locale.ROOT);
        } catch (MissingResourceException e) {
            return language.toUpperCase(Locale.ROOT);
        }
    }

    private static String iso3Country(String country) {
        try {
            return new Locale("", country).getISO3Country();
        } catch (MissingResourceException e) {
            return country;
        }
    }

    private static Map<String, String> lang(String text) {
        return text == null ? null : Map.of("en", text);
    }

    /** An ordered JSON object of the pairs whose value is not null. */
    private static Map<String, Object> map(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
