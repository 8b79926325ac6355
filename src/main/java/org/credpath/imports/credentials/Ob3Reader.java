package org.credpath.imports.credentials;

import java.util.ArrayList;
import java.util.List;
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
 * An Open Badges 3.0 file: an issued {@code OpenBadgeCredential} / {@code AchievementCredential} (its
 * {@code credentialSubject.achievement} is the credential, the subject its holder) or a bare
 * {@code Achievement}. ECTS from {@code creditsAvailable}, EQF level from an alignment to an EQF level URI,
 * learning outcomes from alignments to ESCO skills (one outcome per alignment, the skill by URI and name).
 */
final class Ob3Reader {

    private static final Pattern EQF = Pattern.compile("https?://data\\.europa\\.eu/snb/eqf/(\\d)");
    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";

    private Ob3Reader() {
    }

    static boolean reads(JsonNode root) {
        return JsonText.hasType(root, "OpenBadgeCredential") || JsonText.hasType(root, "AchievementCredential")
                || JsonText.hasType(root, "Achievement");
    }

    static IssuedCredential read(JsonFile file, List<CatalogProblem> problems, List<String> warnings) {
        var root = file.root();
        var issued = !JsonText.hasType(root, "Achievement");
        var subject = issued ? root.get("credentialSubject") : null;
        var achievement = issued ? (subject == null ? null : subject.get("achievement")) : root;
        var at = issued ? "credentialSubject.achievement" : "";
        if (achievement == null || !achievement.isObject()) {
            problems.add(new CatalogProblem(file.name() + ": " + at, "is required: the achievement the badge certifies"));
            return null;
        }
        var id = JsonText.text(achievement, "id");
        var name = JsonText.text(achievement, "name");
        if (id == null) {
            problems.add(new CatalogProblem(file.name() + ": " + join(at, "id"), "is required: the achievement's id names the credential"));
        }
        if (name == null) {
            problems.add(new CatalogProblem(file.name() + ": " + join(at, "name"), "is required: the achievement's name"));
        }
        if (id == null || name == null) {
            return null;
        }
        var creator = achievement.has("creator") ? achievement.get("creator") : root.get("issuer");
        var provider = provider(creator, file, warnings);
        Integer eqf = null;
        var outcomes = new ArrayList<Outcome>();
        var alignments = JsonText.list(achievement, "alignment");
        for (int i = 0; i < alignments.size(); i++) {
            var alignment = alignments.get(i);
            var url = JsonText.text(alignment, "targetUrl");
            var where = file.name() + ": " + join(at, "alignment[" + i + "]");
            var eqfMatch = url == null ? null : EQF.matcher(url);
            if (eqfMatch != null && eqfMatch.matches()) {
                eqf = Integer.parseInt(eqfMatch.group(1));
            } else if (url != null && url.startsWith(ESCO_SKILL)) {
                var label = JsonText.text(alignment, "targetName");
                var description = JsonText.text(alignment, "targetDescription");
                outcomes.add(new Outcome(id + "#alignment-" + i, description == null ? label : label + ": " + description,
                        List.of(new SkillName(url, label, where))));
            } else {
                warnings.add(where + ": aligns to " + url + ", neither an ESCO skill nor an EQF level; not read");
            }
        }
        var credits = achievement.get("creditsAvailable");
        var ects = credits != null && credits.isNumber() ? credits.asDouble() : null;
        var criteria = JsonText.text(achievement.get("criteria"), "narrative");
        var credential = new CredentialSpec(id, CredentialKind.BADGE, name, provider.id(), JsonText.text(achievement, "description"),
                JsonText.text(achievement, "humanCode"), JsonText.text(achievement, "fieldOfStudy"), ects, eqf, criteria, null, null,
                JsonText.text(achievement, "inLanguage"), null, null, null, null, null, null, List.of(), null, null, List.of());
        var declared = "MicroCredential".equals(JsonText.text(achievement, "achievementType"));
        return new IssuedCredential(file.name(), "Open Badges 3.0", credential, provider, outcomes,
                issued ? holder(root, subject, name) : null, declared);
    }

    private static Holder holder(JsonNode root, JsonNode subject, String achievement) {
        var id = JsonText.text(subject, "id");
        if (id == null) {
            id = "holder-of:" + JsonText.text(root, "id");
        }
        var name = JsonText.text(subject, "name");
        var date = Dates.date(JsonText.text(root, "awardedDate"), JsonText.text(root, "validFrom"), JsonText.text(root, "issuanceDate"));
        String grade = null;
        for (var result : JsonText.list(subject, "result")) {
            grade = grade != null ? grade : JsonText.text(result, "value");
        }
        return new Holder(id, name != null ? name : "Holder of " + achievement, date, grade);
    }

    private static ProviderSpec provider(JsonNode profile, JsonFile file, List<String> warnings) {
        var id = JsonText.text(profile, "id");
        if (id == null) {
            warnings.add(file.name() + ": names no creator or issuer; offered by " + IssuedCredential.UNSTATED.name());
            return IssuedCredential.UNSTATED;
        }
        var name = JsonText.text(profile, "name");
        return new ProviderSpec(id, name == null ? id : name, null, "other", JsonText.text(profile, "url"));
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}
