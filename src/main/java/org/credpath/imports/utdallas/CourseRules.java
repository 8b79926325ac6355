package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.credpath.catalog.model.RuleSpec;

import tools.jackson.databind.JsonNode;

/**
 * The degree rules over courses: a course by code, prefix buckets, and the elective matchers
 * (free electives, CS guided electives, Psychology's prefixes-or-courses).
 */
final class CourseRules {

    private final String provider;
    private final CourseIndex index;
    private final Findings findings;

    CourseRules(String provider, CourseIndex index, Findings findings) {
        this.provider = provider;
        this.index = index;
        this.findings = findings;
    }

    /** A course by code: the course, any of several listings sharing the code, or unresolved. */
    RuleSpec course(String code, String at) {
        var ids = index.ids(code);
        if (ids.isEmpty()) {
            findings.unresolvedCourses++;
            findings.warn(at, "unknown course '" + code + "', kept as UNRESOLVED");
            return new RuleSpec.UnresolvedLeaf(code, "no course with this code in the UT Dallas course catalog");
        }
        if (ids.size() == 1) {
            return new RuleSpec.CredentialLeaf(ids.get(0), null);
        }
        return Rules.atLeast(1, "any listing of " + CourseIndex.normalize(code),
                ids.stream().<RuleSpec>map(id -> new RuleSpec.CredentialLeaf(id, null)).toList());
    }

    RuleSpec prefixBucket(JsonNode node, String name, String at) {
        var prefix = Json.requiredText(node, "prefix", at, findings.problems);
        return prefix == null ? null
                : Rules.courses(provider, Rules.label(name, "any " + prefix + " course"), prefix.toUpperCase(Locale.ROOT), null);
    }

    RuleSpec freeElectives(JsonNode node, String name, String at) {
        var zero = node.path("required_hours").isNumber() && node.path("required_hours").asDouble() == 0;
        if (zero) {
            findings.warn(at, "free electives of 0 semester credit hours require nothing; skipped");
            return null;
        }
        var hours = Json.requiredPositive(node, "required_hours", at, findings.problems);
        var excluded = optionalTexts(node, "excluded_courses", at);
        if (hours == null || excluded == null) {
            return null;
        }
        // the exclusions are mostly courses the degree requires elsewhere, but a holding the audit does not need
        // there (CS 1136 when the core is met another way) would otherwise count here: they are filter exceptions
        var detail = Rules.hoursText(hours) + " of any UT Dallas courses"
                + (excluded.isEmpty() ? "" : ", excluding " + String.join(", ", excluded));
        var except = new ArrayList<String>();
        for (int i = 0; i < excluded.size(); i++) {
            var ids = index.ids(excluded.get(i));
            if (ids.isEmpty()) {
                // excluding a course the catalog does not have changes nothing; the label still shows it
                findings.warn(at + ".excluded_courses[" + i + "]", "unknown course '" + excluded.get(i) + "', nothing to exclude");
            }
            except.addAll(ids);
        }
        var any = Rules.courses(provider, excluded.isEmpty() ? "any UT Dallas course" : "any UT Dallas course but those excluded",
                null, null, except);
        return Rules.hours(hours, Rules.label(name == null ? "Free electives" : name, detail), List.of(any));
    }

    RuleSpec guidedElectives(JsonNode node, String name, String at, Function<JsonNode, List<RuleSpec>> listed) {
        var k = Json.requiredInt(node, "required_count", 1, at, findings.problems);
        var prefix = Json.requiredText(node, "starts_with", at, findings.problems);
        var also = node.get("also_fulfills");
        if (k == null || prefix == null) {
            return null;
        }
        var children = new ArrayList<RuleSpec>();
        children.add(Rules.courses(provider, "any " + prefix + "xx course", null, prefix));
        if (also != null && !also.isNull()) {
            var courses = listed.apply(also);
            if (courses == null) {
                return null;
            }
            children.addAll(courses);
        }
        return Rules.atLeast(k, Rules.label(name, k + " courses " + prefix + "xx or listed"), children);
    }

    RuleSpec prefixesOrCourses(JsonNode node, String name, String at) {
        var hours = Json.requiredPositive(node, "required_hours", at, findings.problems);
        var prefixes = optionalTexts(node, "accepted_prefixes", at);
        var listed = optionalTexts(node, "accepted_courses", at);
        if (hours == null || prefixes == null || listed == null) {
            return null;
        }
        if (prefixes.isEmpty() && listed.isEmpty()) {
            findings.problem(at, "accepts no prefix and no course");
            return null;
        }
        var children = new ArrayList<RuleSpec>();
        prefixes.forEach(p -> children.add(Rules.courses(provider, "any " + p + " course", p.toUpperCase(Locale.ROOT), null)));
        for (int i = 0; i < listed.size(); i++) {
            children.add(course(listed.get(i), at + ".accepted_courses[" + i + "]"));
        }
        var detail = Rules.hoursText(hours) + " in " + String.join(", ", prefixes) + (listed.isEmpty() ? "" : " or listed courses");
        return Rules.hours(hours, Rules.label(name, detail), children);
    }

    private List<String> optionalTexts(JsonNode node, String field, String at) {
        var value = node.get(field);
        var texts = new ArrayList<String>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            findings.problem(at + "." + field, "must be a list of course codes or prefixes");
            return null;
        }
        for (int i = 0; i < value.size(); i++) {
            var item = value.get(i);
            if (!item.isString() || item.asString().isBlank()) {
                findings.problem(at + "." + field + "[" + i + "]", "must be non-empty text");
                return null;
            }
            texts.add(item.asString().strip());
        }
        return texts;
    }
}
