// removes the grants (all roles when $role is null); an account no learner grants anything any more goes too
MATCH (l:Learner {id: $learner})
OPTIONAL MATCH (l)-[g:GRANTS]->(a:Account {id: $grantee})
WHERE $role IS NULL OR g.role = $role
DELETE g
WITH DISTINCT l, a
CALL (a) {
  WITH a WHERE a IS NOT NULL AND NOT EXISTS { (a)--() }
  DELETE a
}
RETURN l.id AS learner
