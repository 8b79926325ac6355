package org.credpath.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
    public Map<String, Set<String>> ruleDependencies(Set<String> ids) {
        var result = new HashMap<String, Set<String>>();
        client.query(CypherQueries.get("catalog/rule-dependencies")).bind(ids).to("ids").fetch().all()
                .forEach(row -> result.put((String) row.get("id"), Set.copyOf(asStrings(row.get("named")))));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static java.util.Collection<String> asStrings(Object value) {
        return (java.util.Collection<String>) value;
    }
}
