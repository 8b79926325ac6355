// skill-to-skill hierarchy links (links to skill groups are not goals, so not read)
MATCH (narrower:Skill)-[:BROADER]->(broader:Skill)
RETURN narrower.uri AS narrower, broader.uri AS broader
