MATCH (l:Learner)
WITH l ORDER BY l.id
WITH collect(l) AS matches
RETURN size(matches) AS total,
       [l IN matches[$skip..($skip + $limit)] | l {.id, .name, holdings: COUNT { (l)-[:EARNED]->() }}] AS items
