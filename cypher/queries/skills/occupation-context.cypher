// An occupation's essential and optional skills: the context a text about that occupation is matched in.
MATCH (o:Occupation {uri: $uri})
OPTIONAL MATCH (o)-[r:REQUIRES]->(s:Skill)
RETURN o.uri AS uri, [x IN collect({uri: s.uri, essential: r.essential}) WHERE x.uri IS NOT NULL] AS skills
