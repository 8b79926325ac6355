package org.credpath.imports.utdallas;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.RuleSpec;

import tools.jackson.databind.JsonNode;

/**
 * Maps a degree rule file ({@code degree_data/<year>/<name>.json}) to a degree credential whose
 * stacking rule is ALL_OF the file's requirement sections ({@code core}, {@code major}) in order.
 * The matchers map as And = ALL_OF, Or = AT_LEAST_K_OF 1, Select = AT_LEAST_K_OF required_count,
 * Hours = AT_LEAST_CREDITS (ECTS, the label keeps the hours), PrefixBucket = a subject filter,
 * FreeElective = AT_LEAST_CREDITS over any UT Dallas course but its {@code excluded_courses}, CSGuidedElective = AT_LEAST_K_OF over a
 * code-prefix filter and the listed courses, PsychologyPrefixesOrCourses = AT_LEAST_CREDITS over subject
 * filters and the listed courses. {@code @import <file>} maps the named file if the source has it, and
 * is otherwise an unresolved leaf (UT Dallas's {@code core.json} is not published with the data).
 * {@code minimum_credit_hours} is the degree's workload: its ECTS and credit hours (see docs/import-utdallas.md).
 */
final class DegreeMapper {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern BACHELOR = Pattern.compile("\\(B[A-Z]*\\)");
    private static final String MATCHERS = "AndRequirement, OrRequirement, SelectRequirement, HoursRequirement, "
            + "CourseRequirement, PrefixBucketRequirement, FreeElectiveRequirement, CSGuidedElectiveRequirement, "
            + "PsychologyPrefixesOrCourses";

    private final String provider;
    private final CourseRules courses;
    private final Function<String, Optional<SourceFile>> imports;
    private final Findings findings;
    private final Deque<String> importing = new ArrayDeque<>();

    /** {@code imports} finds a file of the source by its name relative to the source root. */
    DegreeMapper(String provider, CourseIndex courses, Function<String, Optional<SourceFile>> imports, Findings findings) {
        this.provider = provider;
        this.courses = new CourseRules(provider, courses, findings);
        this.imports = imports;
        this.findings = findings;
    }

    /** The degree, or null with problems when the file is malformed. */
    CredentialSpec map(SourceFile file, JsonNode root) {
        var at = file.name() + ": $";
        if (!root.isObject()) {
            findings.problem(at, "must be a degree object with display_name, year and requirements");
            return null;
        }
        var before = findings.problems.size();
        var name = Json.requiredText(root, "display_name", at, findings.problems);
        var yearText = Json.requiredText(root, "year", at, findings.problems);
        var year = yearText == null ? null : YEAR.matcher(yearText);
        if (year != null && !year.find()) {
            findings.problem(at + ".year", "'" + yearText + "' names no catalog year (such as 2023-2024)");
        }
        Double minimumHours = root.hasNonNull("minimum_credit_hours")
                ? Json.requiredPositive(root, "minimum_credit_hours", at, findings.problems) : null;
        var sections = requirementSections(root, file.name(), at);
        if (findings.problems.size() > before) {
            return null;
        }
        var title = name + ", " + yearText + " catalog";
        var rule = Rules.allOf(title, sections);
        var school = Json.text(root, "school");
        var description = (Json.text(root, "subtype") == null ? "Degree" : Json.text(root, "subtype"))
                + (school == null ? "" : " in the " + school) + ", UT Dallas catalog " + yearText
                + (minimumHours == null ? "" : "; at least " + Rules.hoursText(minimumHours) + " in total") + ".";
        return new CredentialSpec(degreeId(year.group(1), file.name()), CredentialKind.DEGREE, title, provider, description,
                null, null, minimumHours == null ? null : CreditHours.ects(minimumHours), minimumHours,
                BACHELOR.matcher(name).find() ? 6 : null, null, null, null, null, null, null, null, null, null,
                Json.text(root, "catalog_uri"), List.of(), null, rule, List.of());
    }

    /** {@code utd-degree-2023-computer-science-bs}, from the catalog year and the file name. */
    static String degreeId(String year, String fileName) {
        var stem = fileName.substring(fileName.lastIndexOf('/') + 1).replaceFirst("(?i)\\.json$", "");
        var slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "utd-degree-" + year + "-" + slug;
    }

    private List<RuleSpec> requirementSections(JsonNode root, String file, String at) {
        var sections = new ArrayList<RuleSpec>();
        var before = findings.problems.size();
        var requirements = root.get("requirements");
        if (requirements == null || !requirements.isObject()) {
            findings.problem(at + ".requirements", "is required: an object of requirement sections (core, major...)");
            return sections;
        }
        for (var section : requirements.properties()) {
            var sectionAt = at + ".requirements." + section.getKey();
            var rule = requirement(section.getValue(), file, sectionAt, capitalized(section.getKey()));
            if (rule != null) {
                sections.add(rule);
            }
        }
        if (sections.isEmpty() && findings.problems.size() == before) {
            findings.problem(at + ".requirements", "the degree names no requirements");
        }
        return sections;
    }

    /** A requirement object, a list (ALL_OF labelled {@code label}) or an {@code @import}. */
    private RuleSpec requirement(JsonNode node, String file, String at, String label) {
        if (node.isString()) {
            return imported(node.asString().strip(), file, at);
        }
        if (node.isArray()) {
            var children = list(node, file, at);
            return children == null ? null : Rules.allOf(label, children);
        }
        if (!node.isObject()) {
            findings.problem(at, "must be a requirement object, a list of them or '@import <file>'");
            return null;
        }
        var matcher = Json.requiredText(node, "matcher", at, findings.problems);
        if (matcher == null) {
            return null;
        }
        var name = Json.text(node.path("metadata"), "name");
        switch (matcher) {
            case "CourseRequirement": {
                var code = Json.requiredText(node, "course", at, findings.problems);
                return code == null ? null : courses.course(code, at);
            }
            case "AndRequirement": {
                var children = children(node, file, at);
                return children == null ? null : Rules.allOf(name, children);
            }
            case "OrRequirement": {
                var children = children(node, file, at);
                return children == null ? null : Rules.atLeast(1, name, children);
            }
            case "SelectRequirement": {
                var k = Json.requiredInt(node, "required_count", 1, at, findings.problems);
                var children = children(node, file, at);
                if (k == null || children == null) {
                    return null;
                }
                if (k > RuleSpec.Group.itemsAvailable(children)) {
                    findings.problem(at + ".required_count", "is " + k + " but only " + children.size() + " requirements are listed");
                    return null;
                }
                return Rules.atLeast(k, name, children);
            }
            case "HoursRequirement": {
                var hours = Json.requiredPositive(node, "required_hours", at, findings.problems);
                var children = children(node, file, at);
                return hours == null || children == null ? null : Rules.hours(hours, Rules.label(name, Rules.hoursText(hours)), children);
            }
            case "PrefixBucketRequirement":
                return courses.prefixBucket(node, name, at);
            case "FreeElectiveRequirement":
                return courses.freeElectives(node, name, at);
            case "CSGuidedElectiveRequirement":
                return courses.guidedElectives(node, name, at, also -> list(also, file, at + ".also_fulfills"));
            case "PsychologyPrefixesOrCourses":
                return courses.prefixesOrCourses(node, name, at);
            default:
                findings.problem(at + ".matcher", "unknown matcher '" + matcher + "' (expected " + MATCHERS + ")");
                return null;
        }
    }

    private RuleSpec imported(String text, String file, String at) {
        if (!text.startsWith("@import ")) {
            findings.problem(at, "'" + text + "' is not a requirement (text must be '@import <file>')");
            return null;
        }
        var target = text.substring("@import ".length()).strip();
        var name = Path.of(file).resolveSibling(target).normalize().toString().replace('\\', '/');
        if (importing.contains(name)) {
            findings.problem(at, "'" + text + "' imports itself through " + String.join(" -> ", importing));
            return null;
        }
        var source = imports.apply(name);
        if (source.isEmpty()) {
            findings.unresolvedImports++;
            findings.warn(at, "'" + text + "': " + name + " is not in the source, kept as UNRESOLVED");
            return new RuleSpec.UnresolvedLeaf(text, name + " is not part of the source, so these requirements cannot be checked");
        }
        var root = Json.parse(source.get(), findings.problems);
        if (root == null) {
            return null;
        }
        importing.push(name);
        try {
            return requirement(root, name, name + ": $", capitalized(name.replaceAll(".*/|\\.json$", "")));
        } finally {
            importing.pop();
        }
    }

    private List<RuleSpec> children(JsonNode node, String file, String at) {
        var list = Json.requiredArray(node, "requirements", at, findings.problems);
        return list == null ? null : list(list, file, at + ".requirements");
    }

    /** Each element mapped; null when the list is empty or any element is malformed. */
    private List<RuleSpec> list(JsonNode list, String file, String at) {
        if (!list.isArray()) {
            findings.problem(at, "must be a list");
            return null;
        }
        if (list.isEmpty()) {
            findings.problem(at, "lists no requirements");
            return null;
        }
        var before = findings.problems.size();
        var children = new ArrayList<RuleSpec>();
        for (int i = 0; i < list.size(); i++) {
            var child = requirement(list.get(i), file, at + "[" + i + "]", null);
            if (child != null) {
                children.add(child);
            }
        }
        if (findings.problems.size() == before && children.isEmpty()) {
            findings.problem(at, "lists nothing that requires anything");
        }
        return findings.problems.size() > before ? null : children;
    }

    private static String capitalized(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
