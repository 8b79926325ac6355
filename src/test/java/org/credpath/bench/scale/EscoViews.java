package org.credpath.bench.scale;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Reads the {@link EscoView} of what the database holds: every skill, and every occupation with its essential and optional skills. */
final class EscoViews {

    private static final String SKILLS = "MATCH (s:Skill) RETURN s.uri AS uri, coalesce(s.label, s.uri) AS label";
    private static final String OCCUPATIONS = """
            MATCH (o:Occupation)
            RETURN o.uri AS uri, coalesce(o.label, o.uri) AS label, o.iscoGroup AS iscoGroup,
                   COLLECT { MATCH (o)-[r:REQUIRES]->(s:Skill) WHERE r.essential RETURN s.uri } AS essential,
                   COLLECT { MATCH (o)-[r:REQUIRES]->(s:Skill) WHERE NOT r.essential RETURN s.uri } AS optional
            """;

    private EscoViews() {
    }

    static EscoView read(Neo4jClient client) {
        var skills = client.query(SKILLS).fetchAs(EscoView.Skill.class)
                .mappedBy((types, r) -> new EscoView.Skill(r.get("uri").asString(), r.get("label").asString())).all();
        var occupations = client.query(OCCUPATIONS).fetchAs(EscoView.OccupationRow.class)
                .mappedBy((types, r) -> new EscoView.OccupationRow(r.get("uri").asString(), r.get("label").asString(),
                        r.get("iscoGroup").isNull() ? null : r.get("iscoGroup").asString(),
                        r.get("essential").asList(v -> v.asString()), r.get("optional").asList(v -> v.asString()))).all();
        return EscoView.of(List.copyOf(skills), List.copyOf(occupations));
    }
}
