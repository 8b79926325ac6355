package org.credpath.imports.esco;

import static org.credpath.imports.esco.EscoFields.lines;
import static org.credpath.imports.esco.EscoFields.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.credpath.imports.CsvFile;
import org.credpath.imports.CsvFile.Row;
import org.credpath.imports.ImportProblems;
import org.credpath.imports.ImportProgress;

/**
 * Reads every ESCO file of a layout into an {@link EscoSource}, checking as it goes: required columns,
 * URIs, relation types, duplicates. Problems are collected, not thrown, so that one run lists them all.
 * Dangling relation ends are not decided here: they may name nodes already in the database.
 */
final class EscoReader {

    private static final String URI = "conceptUri";
    private static final String LABEL = "preferredLabel";
    private static final List<String> CONCEPT_COLUMNS = List.of(URI, LABEL);
    private static final int HIERARCHY_LEVELS = 4;

    private final EscoLayout layout;
    private final ImportProblems problems;
    private final ImportProgress progress;
    private final List<String> warnings;
    private final EscoFields fields;

    EscoReader(EscoLayout layout, ImportProblems problems, ImportProgress progress, List<String> warnings) {
        this.layout = layout;
        this.problems = problems;
        this.progress = progress;
        this.warnings = warnings;
        this.fields = new EscoFields(problems);
    }

    EscoSource read() {
        var skills = concepts(EscoFile.SKILLS, row -> props("label", row.get(LABEL), "altLabels", lines(row, "altLabels"),
                "hiddenLabels", lines(row, "hiddenLabels"), "skillType", text(row, "skillType"), "reuseLevel", text(row, "reuseLevel"),
                "description", text(row, "description")));
        flag(EscoFile.DIGITAL_COLLECTION, "digital", skills);
        flag(EscoFile.GREEN_COLLECTION, "green", skills);
        flag(EscoFile.TRANSVERSAL_COLLECTION, "transversal", skills);
        flag(EscoFile.LANGUAGE_COLLECTION, "language", skills);
        var groups = concepts(EscoFile.SKILL_GROUPS, row -> props("label", row.get(LABEL), "code", text(row, "code"),
                "description", text(row, "description")));
        groups.values().stream().filter(g -> skills.containsKey(g.uri())).forEach(g -> problems.add(g.file(), g.line(), URI,
                g.uri() + " is also a skill (" + skills.get(g.uri()).file() + " line " + skills.get(g.uri()).line() + ")"));
        groupsOnlyInHierarchy(groups, skills);
        var occupations = concepts(EscoFile.OCCUPATIONS, row -> props("label", row.get(LABEL), "altLabels", lines(row, "altLabels"),
                "iscoGroup", text(row, "iscoGroup"), "code", text(row, "code"), "description", text(row, "description")));
        return new EscoSource(skills, groups, occupations,
                relations(EscoFile.OCCUPATION_SKILL_RELATIONS, "occupationUri", "skillUri", "relationType"),
                relations(EscoFile.SKILL_SKILL_RELATIONS, "originalSkillUri", "relatedSkillUri", "relationType"),
                relations(EscoFile.BROADER_SKILL_RELATIONS, URI, "broaderUri", null));
    }

    private Map<String, Concept> concepts(EscoFile kind, Function<Row, Map<String, Object>> props) {
        var concepts = new LinkedHashMap<String, Concept>();
        layout.file(kind).ifPresent(path -> CsvFile.read(path, CONCEPT_COLUMNS, problems, progress, row -> {
            var uri = fields.uri(row, URI);
            if (row.get(LABEL).isEmpty()) {
                fields.problem(row, LABEL, "is empty");
                return;
            }
            if (uri == null) {
                return;
            }
            var first = concepts.get(uri);
            if (first != null) {
                fields.problem(row, URI, uri + " is listed again (first on line " + first.line() + ")");
                return;
            }
            concepts.put(uri, new Concept(uri, props.apply(row), row.file(), row.line()));
        }));
        return concepts;
    }

    /** A collection file present sets its flag on every skill of the source: true for members, false for the rest. */
    private void flag(EscoFile kind, String property, Map<String, Concept> skills) {
        layout.file(kind).ifPresent(path -> {
            var members = new HashSet<String>();
            var strangers = new ArrayList<Long>();
            CsvFile.read(path, List.of(URI), problems, progress, row -> {
                var uri = fields.uri(row, URI);
                if (uri == null) {
                    return;
                }
                if (skills.containsKey(uri)) {
                    members.add(uri);
                } else {
                    strangers.add(row.line());
                }
            });
            skills.values().forEach(skill -> skill.props().put(property, members.contains(skill.uri())));
            if (!strangers.isEmpty()) {
                warnings.add("%s: %d row(s) name skills that are not in %s (first on line %d): not flagged %s"
                        .formatted(path.getFileName(), strangers.size(), EscoFile.SKILLS.names().get(0), strangers.get(0), property));
            }
        });
    }

    /** ESCO v1.1.1 names 7 skill groups only in the hierarchy file: they are taken from it with label and code. */
    private void groupsOnlyInHierarchy(Map<String, Concept> groups, Map<String, Concept> skills) {
        layout.file(EscoFile.SKILLS_HIERARCHY).ifPresent(path -> {
            var added = new ArrayList<String>();
            CsvFile.read(path, List.of("Level 0 URI", "Level 0 preferred term"), problems, progress, row -> {
                for (var level = 0; level < HIERARCHY_LEVELS; level++) {
                    var column = "Level " + level + " URI";
                    var label = row.get("Level " + level + " preferred term");
                    if (row.get(column).isEmpty() || label.isEmpty()) {
                        continue;
                    }
                    var uri = fields.uri(row, column);
                    if (uri != null && !groups.containsKey(uri) && !skills.containsKey(uri)) {
                        groups.put(uri, new Concept(uri, props("label", label, "code", text(row, "Level " + level + " code"),
                                "description", null), row.file(), row.line()));
                        added.add(uri);
                    }
                }
            });
            if (!added.isEmpty()) {
                warnings.add("%s: %d skill group(s) missing from %s were taken from it (label and code): %s".formatted(
                        path.getFileName(), added.size(), EscoFile.SKILL_GROUPS.names().get(0), String.join(", ", added)));
            }
        });
    }

    private List<Relation> relations(EscoFile kind, String fromColumn, String toColumn, String typeColumn) {
        var relations = new ArrayList<Relation>();
        var first = new HashMap<String, Relation>();
        var columns = typeColumn == null ? List.of(fromColumn, toColumn) : List.of(fromColumn, typeColumn, toColumn);
        layout.file(kind).ifPresent(path -> CsvFile.read(path, columns, problems, progress, row -> {
            var from = fields.uri(row, fromColumn);
            var to = fields.uri(row, toColumn);
            var essential = typeColumn == null ? null : fields.essential(row, typeColumn);
            if (from == null || to == null || (typeColumn != null && essential == null)) {
                return;
            }
            var relation = new Relation(from, to, essential, row.file(), row.line(), fromColumn, toColumn);
            var earlier = first.putIfAbsent(relation.key(), relation);
            if (earlier != null && !Objects.equals(earlier.essential(), essential)) {
                fields.problem(row, typeColumn, "is " + row.get(typeColumn) + " here but " + (earlier.essential() ? "essential" : "optional")
                        + " on line " + earlier.line() + " for the same pair");
                return;
            }
            relations.add(relation);
        }));
        return relations;
    }

    /** A property map that keeps nulls: a null removes a property ESCO no longer gives. */
    private static Map<String, Object> props(Object... keysAndValues) {
        var props = new LinkedHashMap<String, Object>();
        for (var i = 0; i < keysAndValues.length; i += 2) {
            props.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return props;
    }
}
