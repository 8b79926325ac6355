package org.credpath.imports.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.imports.JsonFiles.JsonFile;
import org.credpath.imports.credentials.IssuedCredential.Holder;
import org.credpath.imports.credentials.IssuedCredential.Outcome;
import org.credpath.imports.credentials.IssuedCredential.SkillName;

/**
 * A European Digital Credential (ELM 3, {@code EuropeanDigitalCredential}): every learning achievement the
 * subject is credited with ({@code credentialSubject.hasClaim}) is a credential, specified by its
 * {@code specifiedBy} (title, {@code creditPoint} in ECTS, {@code eqfLevel}, {@code language}, {@code mode},
 * {@code learningOutcome} with {@code relatedESCOSkill}), awarded by its {@code awardedBy.awardingBody},
 * assessed and graded by {@code provenBy}; the subject is its holder. Document-local ids ({@code urn:epass:...},
 * numbered per file) are made global by the credential's own id.
 */
final class ElmReader {

    private static final Pattern EQF = Pattern.compile(".*/eqf/(\\d)$");
    private static final String LOCAL = "urn:epass:";

    private ElmReader() {
    }

    static boolean reads(JsonNode root) {
        return JsonText.hasType(root, "EuropeanDigitalCredential");
    }

    static List<IssuedCredential> read(JsonFile file, List<CatalogProblem> problems, List<String> warnings) {
        var root = file.root();
        var documentId = JsonText.text(root, "id");
        if (documentId == null) {
            problems.add(new CatalogProblem(file.name() + ": id", "is required: the credential's id"));
            return List.of();
        }
        var subject = root.get("credentialSubject");
        if (subject == null || !subject.isObject()) {
            problems.add(new CatalogProblem(file.name() + ": credentialSubject", "is required: the person the credential is issued to"));
            return List.of();
        }
        var claims = JsonText.list(subject, "hasClaim");
        if (claims.isEmpty()) {
            problems.add(new CatalogProblem(file.name() + ": credentialSubject.hasClaim", "is required: what the credential credits"));
        }
        var holder = holder(root, subject, documentId);
        var read = new ArrayList<IssuedCredential>();
        for (int c = 0; c < claims.size(); c++) {
            var at = "credentialSubject.hasClaim" + (claims.size() > 1 ? "[" + c + "]" : "");
            var achievement = achievement(file, documentId, holder, claims.get(c), at, problems, warnings);
            if (achievement != null) {
                read.add(achievement);
            }
        }
        return read;
    }

    /** One claim as an issued credential; null (with the problem or warning) when it is none or lacks its title. */
    private static IssuedCredential achievement(JsonFile file, String documentId, Holder holder, JsonNode claim, String at,
                                                List<CatalogProblem> problems, List<String> warnings) {
        if (!JsonText.hasType(claim, "LearningAchievement")) {
            warnings.add(file.name() + ": " + at + " is a " + JsonText.text(claim, "type") + ", not a learning achievement; not read");
            return null;
        }
        var spec = claim.get("specifiedBy");
        var title = JsonText.text(spec, "title") != null ? JsonText.text(spec, "title") : JsonText.text(claim, "title");
        if (title == null) {
            problems.add(new CatalogProblem(file.name() + ": " + at + ".specifiedBy.title", "is required: the achievement's title"));
            return null;
        }
        var specId = JsonText.text(spec, "id") != null ? JsonText.text(spec, "id") : JsonText.text(claim, "id");
        var id = global(documentId, specId == null ? at : specId);
        var bodies = JsonText.list(claim.get("awardedBy"), "awardingBody");
        var provider = provider(bodies.isEmpty() ? null : bodies.get(0), file, warnings);
        var proof = JsonText.list(claim, "provenBy").stream().findFirst().orElse(null);
        var credential = new CredentialSpec(id, CredentialKind.CERTIFICATE, title, provider.id(), description(claim, spec), null, null,
                ects(spec), eqf(spec), proof == null ? null : JsonText.text(proof, "title"), participation(spec), null,
                language(spec), null, null, null, null, null, null, List.of(), null, null, List.of());
        var root = file.root();
        var dated = new Holder(holder.id(), holder.name(),
                Dates.date(proof == null ? null : JsonText.text(proof, "dateIssued"), JsonText.text(root, "issuanceDate"),
                        JsonText.text(root, "validFrom")),
                proof == null ? null : JsonText.text(proof.get("grade"), "noteLiteral"));
        return new IssuedCredential(file.name(), "ELM", credential, provider, outcomes(file, spec, id, at), dated,
                declaresMicroCredential(root));
    }

    /** The specification's learning outcomes, each naming its ESCO skills by URI (where it is one) and label. */
    private static List<Outcome> outcomes(JsonFile file, JsonNode spec, String credential, String at) {
        var outcomes = new ArrayList<Outcome>();
        var learningOutcomes = JsonText.list(spec, "learningOutcome");
        for (int o = 0; o < learningOutcomes.size(); o++) {
            var outcome = learningOutcomes.get(o);
            var skills = new ArrayList<SkillName>();
            var related = JsonText.list(outcome, "relatedESCOSkill");
            for (int s = 0; s < related.size(); s++) {
                var skill = related.get(s);
                var uri = JsonText.text(skill, "id");
                skills.add(new SkillName(uri != null && uri.startsWith(Ob3Reader.ESCO_SKILL) ? uri : null, JsonText.text(skill, "prefLabel"),
                        file.name() + ": " + at + ".specifiedBy.learningOutcome[" + o + "].relatedESCOSkill[" + s + "]"));
            }
            var outcomeId = JsonText.text(outcome, "id");
            outcomes.add(new Outcome(credential + "#" + local(outcomeId == null ? "learningOutcome-" + o : outcomeId),
                    JsonText.text(outcome, "title"), skills));
        }
        return outcomes;
    }

    /** The claim's description, with the specification's volume of learning added when it states one. */
    private static String description(JsonNode claim, JsonNode spec) {
        var volume = JsonText.text(spec, "volumeOfLearning");
        var description = JsonText.text(claim, "description");
        if (volume != null) {
            description = (description == null ? "" : description + " ") + "Volume of learning: " + volume + ".";
        }
        return description;
    }

    /** Whether a credential profile of the credential is a micro-credential one. */
    private static boolean declaresMicroCredential(JsonNode root) {
        return JsonText.list(root, "credentialProfiles").stream().map(p -> JsonText.text(p, "prefLabel"))
                .anyMatch(label -> label != null && label.toLowerCase(Locale.ROOT).replace("-", "").contains("microcredential"));
    }

    /** The holder: by e-mail address where the subject's id is only numbered within the file. */
    private static Holder holder(JsonNode root, JsonNode subject, String documentId) {
        var id = JsonText.text(subject, "id");
        if (id == null || id.startsWith(LOCAL)) {
            var email = JsonText.list(subject, "contactPoint").stream().map(c -> JsonText.text(c.get("emailAddress"), "id"))
                    .filter(e -> e != null).findFirst().orElse(null);
            id = email != null ? email : documentId + "#holder";
        }
        var name = JsonText.text(subject, "fullName");
        if (name == null) {
            var given = JsonText.text(subject, "givenName");
            var family = JsonText.text(subject, "familyName");
            name = given == null && family == null ? "Holder of " + documentId : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return new Holder(id, name, null, null);
    }

    private static ProviderSpec provider(JsonNode body, JsonFile file, List<String> warnings) {
        var id = JsonText.text(body, "id");
        if (id == null) {
            warnings.add(file.name() + ": names no awarding body; offered by " + IssuedCredential.UNSTATED.name());
            return IssuedCredential.UNSTATED;
        }
        var name = JsonText.text(body, "legalName");
        var country = JsonText.list(body, "location").stream()
                .map(l -> JsonText.text(l.path("address").get("countryCode"), "id")).filter(c -> c != null).findFirst()
                .map(ElmReader::country).orElse(null);
        var homepage = JsonText.list(body, "homepage").stream().map(h -> JsonText.text(h, "contentURL")).filter(u -> u != null).findFirst();
        return new ProviderSpec(id, name == null ? id : name, country, "other", homepage.orElse(null));
    }

    private static Double ects(JsonNode spec) {
        for (var credit : JsonText.list(spec, "creditPoint")) {
            var framework = JsonText.text(credit.get("framework"), "prefLabel");
            var point = JsonText.text(credit, "point");
            if (framework != null && framework.toUpperCase(Locale.ROOT).contains("ECTS") && point != null) {
                try {
                    return Double.parseDouble(point.replace(',', '.'));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Integer eqf(JsonNode spec) {
        var id = JsonText.text(spec == null ? null : spec.get("eqfLevel"), "id");
        var m = id == null ? null : EQF.matcher(id);
        return m != null && m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    /** ISO 639-1 from an EU language authority URI ({@code .../language/ENG}). */
    private static String language(JsonNode spec) {
        var id = JsonText.list(spec, "language").stream().map(l -> JsonText.text(l, "id")).filter(l -> l != null).findFirst().orElse(null);
        if (id == null) {
            return null;
        }
        var code = id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (var language : Locale.getISOLanguages()) {
            if (new Locale(language).getISO3Language().equals(code)) {
                return language;
            }
        }
        return null;
    }

    /** ISO 3166-1 alpha-2 from an EU country authority URI ({@code .../country/SVN}). */
    private static String country(String uri) {
        var code = uri.substring(uri.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
        for (var country : Locale.getISOCountries()) {
            if (new Locale("", country).getISO3Country().equals(code)) {
                return country;
            }
        }
        return null;
    }

    private static String participation(JsonNode spec) {
        var mode = JsonText.text(spec == null ? null : spec.get("mode"), "prefLabel");
        if (mode == null) {
            return null;
        }
        var m = mode.toLowerCase(Locale.ROOT);
        return m.contains("online") ? "online" : m.contains("blended") || m.contains("mixed") ? "blended"
                : m.contains("person") || m.contains("site") || m.contains("face") || m.contains("presen") ? "onsite" : null;
    }

    private static String global(String documentId, String id) {
        return id.startsWith(LOCAL) ? documentId + "#" + local(id) : id;
    }

    private static String local(String id) {
        return id.startsWith(LOCAL) ? id.substring(LOCAL.length()) : id;
    }
}
