// only the learners the caller may see: all for an admin, else their own and those granting them access
MATCH (l:Learner)
WHERE $all OR l.id = $self
   OR EXISTS { (l)-[g:GRANTS]->(:Account {id: $grantee}) WHERE g.role IN $grantRoles }
WITH l ORDER BY l.id
WITH collect(l) AS matches
RETURN size(matches) AS total,
       [l IN matches[$skip..($skip + $limit)] | l {.id, .name, holdings: COUNT { (l)-[:EARNED]->() }}] AS items
