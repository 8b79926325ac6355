// ESCO's skill-skill relations (either type), for the knowledge/skill twins read by an alternative label
MATCH (a:Skill)-[:RELATED]->(b:Skill)
RETURN a.uri AS a, b.uri AS b
