package org.credpath.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.catalog.model.RecognitionSpec;
import org.credpath.catalog.model.ReferenceLookup;
import org.credpath.database.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Resolves catalog references against what is already stored. */
final class DatabaseReferenceLookup implements ReferenceLookup {

    private final Neo4jClient client;

    DatabaseReferenceLookup(Neo4jClient client) {
        this.client = client;
    }

    @Override
    public Set<String> existing(Target target, Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var statement = "catalog/existing-" + target.name().toLowerCase() + "s";
        return new HashSet<>(client.query(CypherQueries.get(statement)).bind(ids).to("ids")
                .fetchAs(String.class).mappedBy((types, record) -> record.get("id").asString()).all());
    }

    @Override
    public Map<String, StoredRules> storedRules(Set<String> ids) {
        var result = new HashMap<String, StoredRules>();
        if (ids.isEmpty()) {
            return result;
        }
        client.query(CypherQueries.get("catalog/stored-rules")).bind(ids).to("ids").fetch().all().forEach(row -> {
            var trees = new StoredRuleTrees(rows(row.get("nodes")), rows(row.get("edges")));
            String requirements = null;
            String prerequisites = null;
            for (var root : rows(row.get("roots"))) {
                if ("HAS_REQUIREMENT".equals(root.get("type"))) {
                    requirements = (String) root.get("requirement");
                } else {
                    prerequisites = (String) root.get("requirement");
                }
            }
            var ects = row.get("ects") instanceof Number n ? n.doubleValue() : null;
            result.put((String) row.get("id"), new StoredRules(ects, trees.tree(prerequisites), trees.tree(requirements)));
        });
        return result;
    }

    @Override
    public Map<String, List<RecognitionSpec>> storedRecognitions(Set<String> ids) {
        var result = new HashMap<String, List<RecognitionSpec>>();
        if (!ids.isEmpty()) {
            client.query(CypherQueries.get("catalog/stored-recognitions")).bind(ids).to("ids").fetch().all()
                    .forEach(row -> result.computeIfAbsent((String) row.get("id"), k -> new ArrayList<>()).add(new RecognitionSpec(
                            (String) row.get("from"), row.get("credits") instanceof Number n ? n.doubleValue() : null)));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
