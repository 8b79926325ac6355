// idempotent: a second grant of the same role keeps the first one's date
MATCH (l:Learner {id: $learner})
OPTIONAL MATCH (l)-[old:GRANTS {role: $role}]->(:Account {id: $grantee})
WITH l, old IS NOT NULL AS existed
MERGE (a:Account {id: $grantee})
MERGE (l)-[g:GRANTS {role: $role}]->(a)
  ON CREATE SET g.since = datetime($now)
RETURN existed, a.id AS grantee, g.role AS role, toString(g.since) AS since
