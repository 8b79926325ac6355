package org.credpath.catalog.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.credpath.catalog.model.Catalog;
import org.credpath.catalog.model.CatalogYear;
import org.credpath.catalog.model.CatalogProblem;
import org.credpath.catalog.model.CatalogRejectedException;
import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.LearnerSpec;
import org.credpath.catalog.model.OccupationSpec;
import org.credpath.catalog.model.OutcomeSpec;
import org.credpath.catalog.model.ProviderSpec;
import org.credpath.catalog.model.RecognitionSpec;
import org.credpath.catalog.model.SkillSpec;
import org.credpath.catalog.model.Vocabulary;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a file in the credpath catalog format ({@code docs/catalog-format.md}), YAML or JSON, into a
 * {@link Catalog}. Every field-level problem is collected with its path; a file with any problem is
 * rejected as a whole. Cross-references are checked afterwards by {@code CatalogValidator}.
 */
public final class CatalogFileReader {

    public static final String FORMAT = "credpath-catalog/1";

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final RuleReader rules = new RuleReader();

    /** Reads {@code content}; {@code source} names the file in messages and picks JSON for {@code .json}. */
    public Catalog read(String source, String content) {
        var root = parse(source, content);
        var problems = new Problems();
        if (!root.isObject()) {
            throw new CatalogRejectedException(source, List.of(new CatalogProblem("", "the file must hold an object with format, providers, credentials...")));
        }
        var top = new Fields(root, "", problems)
                .allowOnly(Set.of("format", "providers", "skills", "occupations", "credentials", "learners"));
        var format = top.requiredText("format");
        if (format != null && !FORMAT.equals(format)) {
            top.problem("format", "'" + format + "' is not supported (expected " + FORMAT + ")");
        }
        var catalog = new Catalog(
                top.objects("providers", this::provider),
                top.objects("skills", this::skill),
                top.objects("occupations", this::occupation),
                top.objects("credentials", this::credential),
                top.objects("learners", this::learner));
        if (!problems.isEmpty()) {
            throw new CatalogRejectedException(source, problems.list());
        }
        return catalog;
    }

    private static JsonNode parse(String source, String content) {
        var mapper = source.toLowerCase().endsWith(".json") ? JSON : YAML;
        try {
            var node = mapper.readTree(content);
            return node == null ? JSON.nullNode() : node;
        } catch (JacksonException e) {
            var location = e.getLocation();
            var where = location == null ? "" : "line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
            throw new CatalogRejectedException(source, List.of(new CatalogProblem(where, "not valid " +
                    (mapper == JSON ? "JSON" : "YAML") + ": " + e.getOriginalMessage())));
        }
    }

    private ProviderSpec provider(Fields f) {
        f.allowOnly(Set.of("id", "name", "country", "type", "url"));
        return new ProviderSpec(f.requiredText("id"), f.requiredText("name"),
                f.required("country", f.matching("country", "[A-Z]{2}", "is not an ISO 3166-1 alpha-2 code such as FI or FR")),
                f.oneOf("type", Vocabulary.PROVIDER_TYPES), f.text("url"));
    }

    private SkillSpec skill(Fields f) {
        f.allowOnly(Set.of("uri", "label", "skillType", "altLabels", "broader"));
        return new SkillSpec(f.requiredText("uri"), f.requiredText("label"), f.oneOf("skillType", Vocabulary.SKILL_TYPES),
                f.textList("altLabels"), f.textList("broader"));
    }

    private OccupationSpec occupation(Fields f) {
        f.allowOnly(Set.of("uri", "label", "iscoGroup", "code", "essentialSkills", "optionalSkills"));
        return new OccupationSpec(f.requiredText("uri"), f.requiredText("label"),
                f.matching("iscoGroup", "\\d{1,4}", "is not an ISCO-08 group code (1 to 4 digits)"), f.text("code"),
                f.textList("essentialSkills"), f.textList("optionalSkills"));
    }

    private CredentialSpec credential(Fields f) {
        f.allowOnly(Set.of("id", "kind", "title", "provider", "description", "code", "subject", "ects", "creditHours",
                "eqfLevel", "assessment", "participation", "qualityAssurance", "language", "durationWeeks", "price", "currency",
                "access", "validityYears", "url", "outcomes", "prerequisites", "requirements", "recognisedAs", "precedes",
                "sourceCredits", "sourceCreditUnit", "areas", "catalogYear", "sameAs"));
        var kind = f.required("kind", f.oneOf("kind", Vocabulary.KINDS));
        var id = f.requiredText("id");
        var outcomes = f.objects("outcomes", this::outcome);
        var numbered = new ArrayList<OutcomeSpec>();
        for (int i = 0; i < outcomes.size(); i++) {
            var o = outcomes.get(i);
            numbered.add(o.id() != null ? o : new OutcomeSpec(id + "#lo" + (i + 1), o.statement(), o.skills(), o.alignments()));
        }
        return new CredentialSpec(id,
                kind == null ? null : CredentialKind.fromValue(kind).orElseThrow(),
                f.requiredText("title"), f.requiredText("provider"), f.text("description"), f.text("code"), f.text("subject"),
                f.number("ects", 0.1, 360), f.number("creditHours", 0, 1000), f.integer("eqfLevel", 1, 8), f.text("assessment"),
                f.oneOf("participation", Vocabulary.PARTICIPATION), f.text("qualityAssurance"),
                f.matching("language", "[a-z]{2}", "is not an ISO 639-1 language code such as en or fr"),
                f.number("durationWeeks", 0.1, 520), f.number("price", 0, 1_000_000),
                f.matching("currency", "[A-Z]{3}", "is not an ISO 4217 currency code such as EUR"),
                f.oneOf("access", Vocabulary.ACCESS), f.integer("validityYears", 1, 100), f.text("url"),
                numbered,
                rules.optional(f, "prerequisites"), rules.optional(f, "requirements"),
                f.objects("recognisedAs", this::recognition), f.textList("precedes"),
                f.number("sourceCredits", 0, 10_000), f.text("sourceCreditUnit"), f.textList("areas"), catalogYear(f),
                f.textList("sameAs"));
    }

    /** {@code catalogYear: {program?, effective}}: whose rules (the credential's own when no program), effective when. */
    private static CatalogYear catalogYear(Fields owner) {
        var f = owner.object("catalogYear");
        if (f == null) {
            return null;
        }
        f.allowOnly(Set.of("program", "effective"));
        return new CatalogYear(f.text("program"), f.required("effective", f.date("effective")));
    }

    private OutcomeSpec outcome(Fields f) {
        f.allowOnly(Set.of("id", "statement", "skills"));
        return new OutcomeSpec(f.text("id"), f.requiredText("statement"), f.textList("skills"));
    }

    private RecognitionSpec recognition(Fields f) {
        f.allowOnly(Set.of("credential", "credits"));
        return new RecognitionSpec(f.requiredText("credential"), f.number("credits", 0.1, 360));
    }

    private LearnerSpec learner(Fields f) {
        f.allowOnly(Set.of("id", "name", "earned", "skills", "goals"));
        return new LearnerSpec(f.requiredText("id"), f.text("name"),
                f.objects("earned", this::holding), f.objects("skills", this::priorSkill), f.objects("goals", this::goal));
    }

    private LearnerSpec.Holding holding(Fields f) {
        f.allowOnly(Set.of("credential", "date", "grade", "verified"));
        var verified = f.bool("verified");
        return new LearnerSpec.Holding(f.requiredText("credential"), f.required("date", f.date("date")), f.text("grade"),
                verified != null && verified);
    }

    private LearnerSpec.PriorSkill priorSkill(Fields f) {
        f.allowOnly(Set.of("skill", "source"));
        var source = f.oneOf("source", Vocabulary.SKILL_SOURCES);
        return new LearnerSpec.PriorSkill(f.requiredText("skill"), source == null ? "self-declared" : source);
    }

    private LearnerSpec.Goal goal(Fields f) {
        f.allowOnly(Set.of("occupation", "credential"));
        var goal = new LearnerSpec.Goal(f.text("occupation"), f.text("credential"));
        if ((goal.occupation() == null) == (goal.credential() == null)) {
            f.problem(null, "a goal names exactly one of occupation or credential");
        }
        return goal;
    }
}
