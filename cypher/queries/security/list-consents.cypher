MATCH (l:Learner {id: $learner})
OPTIONAL MATCH (l)-[g:GRANTS]->(a:Account)
WITH l, g, a ORDER BY g.role, a.id
RETURN l.id AS learner,
       collect(CASE WHEN g IS NULL THEN null ELSE {grantee: a.id, role: g.role, since: toString(g.since)} END) AS consents
