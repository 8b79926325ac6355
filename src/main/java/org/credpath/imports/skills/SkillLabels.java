package org.credpath.imports.skills;

import java.util.Collection;

import org.credpath.database.CypherQueries;
import org.credpath.imports.skills.LabelResolver.Concept;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The skills stored in the database with their preferred and alternative labels and type, to resolve names against. */
public final class SkillLabels {

    private SkillLabels() {
    }

    public static LabelResolver resolver(Neo4jClient client) {
        return new LabelResolver(stored(client));
    }

    private static Collection<Concept> stored(Neo4jClient client) {
        return client.query(CypherQueries.get("imports/skill-labels"))
                .fetchAs(Concept.class)
                .mappedBy((types, record) -> new Concept(record.get("uri").asString(), record.get("label").asString(""),
                        record.get("altLabels").asList(v -> v.asString()), record.get("skillType").asString(null)))
                .all();
    }
}
