package org.credpath.imports.esco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.credpath.catalog.ImportReport.Counts;
import org.credpath.database.CypherQueries;
import org.credpath.imports.ImportProgress;
import org.neo4j.driver.Transaction;

/**
 * Writes a validated ESCO source inside one transaction. It first reads what the graph already holds
 * for the source's concepts and relations and sends only what is new or different, so that importing
 * the same source again writes nothing, and the report can tell created from updated from unchanged.
 */
final class EscoWriter {

    static final int BATCH = 5_000;

    private final Transaction tx;
    private final ImportProgress progress;
    private final List<String> warnings;
    private final DanglingEnds dangling;
    /** Nodes this transaction creates: no other transaction can see them, so they have no relation yet to compare with. */
    private final Set<String> created = new HashSet<>();

    EscoWriter(Transaction tx, ImportProgress progress, List<String> warnings) {
        this.tx = tx;
        this.progress = progress;
        this.warnings = warnings;
        this.dangling = new DanglingEnds(warnings);
    }

    Map<String, Counts> write(EscoSource source) {
        var entries = new LinkedHashMap<String, Counts>();
        entries.put("skills", nodes("skills", source.skills()));
        entries.put("skillGroups", nodes("skill-groups", source.skillGroups()));
        entries.put("occupations", nodes("occupations", source.occupations()));

        var strangers = new HashSet<String>();
        Stream.of(source.occupationSkillRelations(), source.skillSkillRelations(), source.broaderRelations())
                .flatMap(List::stream).flatMap(r -> Stream.of(r.from(), r.to()))
                .filter(u -> !source.skills().containsKey(u) && !source.skillGroups().containsKey(u) && !source.occupations().containsKey(u))
                .forEach(strangers::add);
        var skill = known(source.skills().keySet(), "skills", strangers);
        var group = known(source.skillGroups().keySet(), "skill-groups", strangers);
        var occupation = known(source.occupations().keySet(), "occupations", strangers);
        var skillOrGroup = skill.or(group);

        entries.put("occupationSkillRelations", relations("requires", source.occupationSkillRelations(),
                occupation, "occupation", skill, "skill"));
        entries.put("skillSkillRelations", relations("related", source.skillSkillRelations(), skill, "skill", skill, "skill"));
        entries.put("broaderRelations", relations("broader", source.broaderRelations(),
                skillOrGroup, "skill or skill group", skillOrGroup, "skill or skill group"));
        dangling.report();
        return entries;
    }

    private Counts nodes(String kind, Map<String, Concept> concepts) {
        var existing = new HashMap<String, Map<String, Object>>();
        if (!concepts.isEmpty()) {
            tx.run(query("existing-" + kind), Map.of("uris", List.copyOf(concepts.keySet())))
                    .forEachRemaining(r -> existing.put(r.get("uri").asString(), r.get("props").asMap()));
        }
        var rows = new ArrayList<Map<String, Object>>();
        long created = 0;
        long updated = 0;
        for (var concept : concepts.values()) {
            var current = existing.get(concept.uri());
            if (current == null) {
                created++;
                this.created.add(concept.uri());
            } else if (differs(current, concept.props())) {
                updated++;
            } else {
                continue;
            }
            var row = new HashMap<String, Object>();
            row.put("uri", concept.uri());
            row.put("props", concept.props());
            rows.add(row);
        }
        batches("merge-" + kind, rows, "merge " + kind);
        return new Counts(created, updated, concepts.size() - created - updated);
    }

    private Counts relations(String kind, List<Relation> relations, Predicate<String> fromKnown, String fromWhat,
                             Predicate<String> toKnown, String toWhat) {
        long skipped = 0;
        var usable = new ArrayList<Relation>();
        for (var relation : relations) {
            if (relation.from().equals(relation.to())) {
                // ESCO v1.1.1 relates one skill to itself; a BROADER loop would be a cycle
                warnings.add("%s: line %d, field %s: relates %s to itself: skipped"
                        .formatted(relation.file(), relation.line(), relation.toField(), relation.to()));
                skipped++;
            } else if (!fromKnown.test(relation.from())) {
                dangling.add(relation, relation.from(), relation.fromField(), fromWhat);
                skipped++;
            } else if (!toKnown.test(relation.to())) {
                dangling.add(relation, relation.to(), relation.toField(), toWhat);
                skipped++;
            } else {
                usable.add(relation);
            }
        }
        var existing = new HashMap<String, Object>();
        var froms = usable.stream().map(Relation::from).filter(uri -> !this.created.contains(uri)).distinct().toList();
        if (!froms.isEmpty()) {
            tx.run(query("existing-" + kind), Map.of("uris", froms)).forEachRemaining(r ->
                    existing.put(r.get("from").asString() + ' ' + r.get("to").asString(), r.get("essential").asObject()));
        }
        var seen = new HashSet<String>();
        var creates = new ArrayList<Map<String, Object>>();
        var merges = new ArrayList<Map<String, Object>>();
        long created = 0;
        long updated = 0;
        for (var relation : usable) {
            var key = relation.key();
            if (!seen.add(key)) {
                skipped++; // the same relation twice in the file
                continue;
            }
            if (!existing.containsKey(key)) {
                created++;
            } else if (!Objects.equals(existing.get(key), relation.essential())) {
                updated++;
            } else {
                skipped++;
                continue;
            }
            var row = new HashMap<String, Object>();
            row.put("from", relation.from());
            row.put("to", relation.to());
            row.put("essential", relation.essential());
            (this.created.contains(relation.from()) ? creates : merges).add(row);
        }
        // CREATE skips MERGE's check for an existing relation, which a node born in this transaction cannot have
        batches("create-" + kind, creates, "create " + kind + " relations");
        batches("merge-" + kind, merges, "merge " + kind + " relations of nodes already in the database");
        return new Counts(created, updated, skipped);
    }

    /** Nodes of a kind that relations may point at: those of the source, and those the database already has. */
    private Predicate<String> known(Set<String> inSource, String kind, Set<String> strangers) {
        var inDatabase = new HashSet<String>();
        if (!strangers.isEmpty()) {
            tx.run(query("existing-" + kind), Map.of("uris", List.copyOf(strangers)))
                    .forEachRemaining(r -> inDatabase.add(r.get("uri").asString()));
        }
        return uri -> inSource.contains(uri) || inDatabase.contains(uri);
    }

    private void batches(String statement, List<Map<String, Object>> rows, String step) {
        if (rows.isEmpty()) {
            return;
        }
        var cypher = query(statement);
        progress.step(step, 0, rows.size());
        for (var from = 0; from < rows.size(); from += BATCH) {
            var to = Math.min(rows.size(), from + BATCH);
            tx.run(cypher, Map.of("rows", rows.subList(from, to))).consume();
            progress.step(step, to, rows.size());
        }
    }

    private static boolean differs(Map<String, Object> current, Map<String, Object> wanted) {
        return wanted.entrySet().stream().anyMatch(e -> !Objects.equals(current.get(e.getKey()), e.getValue()));
    }

    private static String query(String name) {
        return CypherQueries.get("imports/esco/" + name);
    }
}
