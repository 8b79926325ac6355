// occupations with their essential and optional skills
MATCH (o:Occupation)
RETURN o.uri AS uri, coalesce(o.label, o.uri) AS label,
       COLLECT { MATCH (o)-[r:REQUIRES]->(s:Skill) WHERE r.essential RETURN s.uri ORDER BY s.uri } AS essential,
       COLLECT { MATCH (o)-[r:REQUIRES]->(s:Skill) WHERE NOT coalesce(r.essential, false) RETURN s.uri ORDER BY s.uri } AS optional
