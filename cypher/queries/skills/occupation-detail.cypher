MATCH (o:Occupation {uri: $uri})
OPTIONAL MATCH (o)-[r:REQUIRES]->(s:Skill)
WITH o, r, s ORDER BY s.label
RETURN o {.*} AS occupation,
       collect(CASE WHEN r.essential THEN s {.uri, .label, .skillType} END) AS essentialSkills,
       collect(CASE WHEN NOT r.essential THEN s {.uri, .label, .skillType} END) AS optionalSkills
