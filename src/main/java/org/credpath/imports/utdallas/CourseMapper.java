package org.credpath.imports.utdallas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.credpath.catalog.model.CredentialKind;
import org.credpath.catalog.model.CredentialSpec;
import org.credpath.catalog.model.RuleSpec;
import org.credpath.imports.ImportProgress;

import tools.jackson.databind.JsonNode;

/**
 * Maps {@code courses.json} (a list of courses with {@code id}, {@code subject_prefix},
 * {@code course_number}, {@code title}, {@code description} and prerequisite trees) to course credentials.
 *
 * <p>Ids are {@code utd-<PREFIX>-<NUMBER>} ({@code utd-CS-1337}); where several listings share one code
 * (repeated topics and capstone courses) each gets its source id appended, so no listing hides another.
 * {@code prerequisites} and {@code co_or_pre_requisites} become the entry rule (the latter as a labelled
 * group, planned as a prerequisite); {@code corequisites} are not mapped: they name courses taken in the
 * same term (mutual by nature, so they would form false cycles) and the text stays in the description.
 */
final class CourseMapper {

    static final String CO_OR_PRE_LABEL = "Prerequisite or corequisite (may also be taken concurrently)";

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z]{1,8}");
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z]{1,6}");

    record Mapped(List<CredentialSpec> courses, List<String> origins, CourseIndex index) {
    }

    private record Entry(int position, JsonNode node, String sourceId, String prefix, String number, String title) {
        String code() {
            return prefix + " " + number;
        }
    }

    private final String provider;
    private final Findings findings;

    CourseMapper(String provider, Findings findings) {
        this.provider = provider;
        this.findings = findings;
    }

    Mapped map(SourceFile file, JsonNode root, ImportProgress progress) {
        var entries = entries(file, root);
        var codes = new HashMap<String, Integer>();
        entries.forEach(e -> codes.merge(e.code(), 1, Integer::sum));
        var ids = new LinkedHashMap<String, String>();
        var index = new CourseIndex();
        for (var e : entries) {
            var id = "utd-" + e.prefix() + "-" + e.number() + (codes.get(e.code()) > 1 ? "-" + e.sourceId() : "");
            ids.put(e.sourceId(), id);
            index.add(e.code(), id);
        }
        var reprinted = ReprintedCourses.groups(entries.stream().map(e -> new ReprintedCourses.Listing(ids.get(e.sourceId()),
                e.prefix(), e.title(), Json.text(e.node(), "description"))).toList());
        var prerequisites = new PrerequisiteMapper(ids, findings);
        var courses = new ArrayList<CredentialSpec>();
        var origins = new ArrayList<String>();
        for (var e : entries) {
            var at = file.name() + ": $[" + e.position() + "]";
            var id = ids.get(e.sourceId());
            courses.add(course(e, id, at, prerequisites).withSameAs(sameAs(e, id, index, at, reprinted.getOrDefault(id, List.of()))));
            origins.add(at + " (" + e.code() + ")");
            if (courses.size() % 500 == 0 || courses.size() == entries.size()) {
                progress.step("mapping courses", courses.size(), entries.size());
            }
        }
        return new Mapped(courses, origins, index);
    }

    private List<Entry> entries(SourceFile file, JsonNode root) {
        var entries = new ArrayList<Entry>();
        if (!root.isArray()) {
            findings.problem(file.name() + ": $", "must be a list of courses");
            return entries;
        }
        var firstPosition = new HashMap<String, Integer>();
        for (int i = 0; i < root.size(); i++) {
            var node = root.get(i);
            var at = file.name() + ": $[" + i + "]";
            if (!node.isObject()) {
                findings.problem(at, "must be a course object");
                continue;
            }
            var before = findings.problems.size();
            var sourceId = Json.requiredText(node, "id", at, findings.problems);
            var prefix = Json.requiredText(node, "subject_prefix", at, findings.problems);
            var number = Json.requiredText(node, "course_number", at, findings.problems);
            var title = Json.requiredText(node, "title", at, findings.problems);
            if (prefix != null && !PREFIX.matcher(prefix).matches()) {
                findings.problem(at + ".subject_prefix", "'" + prefix + "' is not a subject prefix (letters, such as CS)");
            }
            if (number != null && !NUMBER.matcher(number).matches()) {
                findings.problem(at + ".course_number", "'" + number + "' is not a course number (such as 1337 or 4V90)");
            }
            if (sourceId != null) {
                var earlier = firstPosition.putIfAbsent(sourceId, i);
                if (earlier != null) {
                    findings.problem(at + ".id", "'" + sourceId + "' is already used by $[" + earlier + "]");
                }
            }
            if (findings.problems.size() == before) {
                entries.add(new Entry(i, node, sourceId, prefix.toUpperCase(Locale.ROOT), number.toUpperCase(Locale.ROOT), title));
            }
        }
        return entries;
    }

    private CredentialSpec course(Entry e, String id, String at, PrerequisiteMapper prerequisites) {
        var description = Json.text(e.node(), "description");
        var hours = CreditHours.parse(description).orElse(null);
        if (hours == null) {
            findings.coursesWithoutHours++;
            findings.warn(at, e.code() + " states no semester credit hours; kept without credits");
        } else if (hours.variable()) {
            findings.variableHourCourses++;
        }
        Double creditHours = hours == null ? null : hours.min();
        // 0-hour courses (labs, seminars) carry no ECTS rather than an invalid 0
        Double ects = creditHours == null || creditHours == 0 ? null : CreditHours.ects(creditHours);
        var rule = entryRule(prerequisites.map(e.node().get("prerequisites"), at + ".prerequisites"),
                prerequisites.map(e.node().get("co_or_pre_requisites"), at + ".co_or_pre_requisites"));
        if (hasOptions(e.node().get("corequisites"))) {
            findings.corequisiteListsSkipped++;
        }
        return new CredentialSpec(id, CredentialKind.COURSE, e.title(), provider, description, e.code(), e.prefix(),
                ects, creditHours, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), rule, null, List.of());
    }

    /**
     * The credentials the description says this course is the same as ("(Same as CS 2305 and TE 2305)"): a code not in
     * the catalog, or naming several listings, is left out with a warning (the text stays in the description); and the
     * listings of other subjects printing the same title and text ({@link ReprintedCourses}).
     */
    private List<String> sameAs(Entry e, String id, CourseIndex index, String at, List<String> reprinted) {
        var same = new ArrayList<>(reprinted);
        for (var code : SameAsText.codes(Json.text(e.node(), "description"))) {
            var found = index.ids(code);
            if (found.size() == 1 && !found.get(0).equals(id)) {
                if (!same.contains(found.get(0))) {
                    same.add(found.get(0));
                }
            } else if (!found.contains(id)) {
                findings.warn(at + ".description", "'Same as " + code + "': " + (found.isEmpty() ? "no course has that code"
                        : "the code names " + found.size() + " listings") + "; not linked as the same course");
            }
        }
        if (!same.isEmpty()) {
            findings.crossListedCourses++;
        }
        return same;
    }

    private static RuleSpec entryRule(RuleSpec prerequisites, RuleSpec coOrPre) {
        if (coOrPre == null) {
            return prerequisites;
        }
        var labelled = coOrPre instanceof RuleSpec.Group g
                ? new RuleSpec.Group(g.kind(), g.k(), g.credits(), CO_OR_PRE_LABEL, null, null, null, null, null, g.children())
                : Rules.allOf(CO_OR_PRE_LABEL, List.of(coOrPre));
        return prerequisites == null ? labelled : Rules.allOf(null, List.of(prerequisites, labelled));
    }

    private static boolean hasOptions(JsonNode node) {
        return node != null && node.isObject() && node.path("options").isArray() && !node.path("options").isEmpty();
    }
}
