package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.Map;

import org.credpath.catalog.model.RuleSpec;

import tools.jackson.databind.JsonNode;

/**
 * Maps a course's prerequisite tree: a {@code collection} requiring k of its n options becomes
 * ALL_OF (k = n) or AT_LEAST_K_OF (k), nested as in the source (a collection with one option is that
 * option); a {@code course} leaf names a course by its source id and becomes a credential leaf with the
 * minimum grade; consent, GPA, major, core, other and limit nodes become condition leaves with a
 * readable text; a course id that is not in the catalog becomes an unresolved leaf and a warning.
 */
final class PrerequisiteMapper {

    static final String TYPES = "collection, course, choice, consent, gpa, major, core, other or limit";

    private final Map<String, String> credentialIds;
    private final Findings findings;

    /** {@code credentialIds}: course source id to credential id. */
    PrerequisiteMapper(Map<String, String> credentialIds, Findings findings) {
        this.credentialIds = credentialIds;
        this.findings = findings;
    }

    /** The rule for the tree at {@code at}; null when it requires nothing (absent or an empty collection) or is malformed. */
    RuleSpec map(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            findings.problem(at, "must be an object with a type (" + TYPES + ")");
            return null;
        }
        var type = Json.requiredText(node, "type", at, findings.problems);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "collection":
                return collection(node, at);
            case "course":
                return course(node, at);
            case "choice":
                return choice(node, at);
            case "consent":
                return condition(ConditionText.consent(node));
            case "gpa": {
                var minimum = Json.requiredPositive(node, "minimum", at, findings.problems);
                return minimum == null ? null : condition(ConditionText.gpa(minimum, Json.text(node, "subset")));
            }
            case "major": {
                var major = Json.requiredText(node, "major", at, findings.problems);
                return major == null ? null : condition(ConditionText.major(major));
            }
            case "core": {
                var flag = Json.requiredText(node, "core_flag", at, findings.problems);
                return flag == null ? null : condition(ConditionText.core(flag, node.get("hours")));
            }
            case "other":
                return condition(ConditionText.other(node));
            case "limit": {
                var max = Json.requiredPositive(node, "max_hours", at, findings.problems);
                return max == null ? null : condition(ConditionText.limit(max));
            }
            default:
                findings.problem(at + ".type", "unknown type '" + type + "' (expected " + TYPES + ")");
                return null;
        }
    }

    private RuleSpec collection(JsonNode node, String at) {
        var before = findings.problems.size();
        var k = Json.requiredInt(node, "required", 0, at, findings.problems);
        var options = Json.requiredArray(node, "options", at, findings.problems);
        if (k == null || options == null) {
            return null;
        }
        int n = options.size();
        if (n == 0 && k == 0) {
            return null; // the source's way of saying "none"
        }
        if (k < 1 || k > n) {
            findings.problem(at + ".required", "is " + k + " but must be between 1 and the number of options (" + n + ")");
            return null;
        }
        var children = new ArrayList<RuleSpec>();
        for (int i = 0; i < n; i++) {
            var optionAt = at + ".options[" + i + "]";
            var problemsBefore = findings.problems.size();
            var child = map(options.get(i), optionAt);
            if (child != null) {
                children.add(child);
            } else if (findings.problems.size() == problemsBefore) {
                findings.problem(optionAt, "an empty collection cannot be an option (it stands for 'none' only at the top)");
            }
        }
        if (findings.problems.size() > before) {
            return null;
        }
        if (n == 1) {
            return children.get(0);
        }
        return k == n ? Rules.allOf(null, children) : Rules.atLeast(k, null, children);
    }

    private RuleSpec course(JsonNode node, String at) {
        var grade = Json.text(node, "minimum_grade");
        var gradeText = grade == null ? "" : " (minimum grade " + grade + ")";
        var reference = node.get("class_reference");
        if (reference == null || reference.isNull()) {
            findings.unresolvedCourses++;
            findings.warn(at, "course node without class_reference, kept as UNRESOLVED");
            return new RuleSpec.UnresolvedLeaf("course (no class_reference)", "the source names no course" + gradeText);
        }
        if (!reference.isString() || reference.asString().isBlank()) {
            findings.problem(at + ".class_reference", "must be a course id (text)");
            return null;
        }
        var id = credentialIds.get(reference.asString().strip());
        if (id == null) {
            findings.unresolvedCourses++;
            findings.warn(at, "unknown course id '" + reference.asString() + "', kept as UNRESOLVED");
            return new RuleSpec.UnresolvedLeaf("course " + reference.asString(),
                    "no course with this id in the course catalog" + gradeText);
        }
        return new RuleSpec.CredentialLeaf(id, grade);
    }

    private RuleSpec choice(JsonNode node, String at) {
        var choices = node.get("choices");
        if (choices == null || !choices.isObject()) {
            findings.problem(at + ".choices", "is required: the collection to choose from");
            return null;
        }
        var before = findings.problems.size();
        var rule = map(choices, at + ".choices");
        if (rule == null && findings.problems.size() == before) {
            findings.problem(at + ".choices", "offers nothing to choose");
        }
        return rule;
    }

    private RuleSpec condition(String text) {
        findings.conditions++;
        return new RuleSpec.ConditionLeaf(text);
    }
}
