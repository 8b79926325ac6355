MATCH (a:Credential)-[r:RECOGNISED_AS]->(b:Credential) WHERE $ids IS NULL OR a.id IN $ids
RETURN a.id AS from, b.id AS to, r.credits AS credits, false AS sameCourse
UNION
// the same course under another code (cross-listed): every member of a group, both ways and transitively, counts as
// every other member for its own ECTS
MATCH (a:Credential)-[:SAME_AS*1..20]-(b:Credential) WHERE ($ids IS NULL OR a.id IN $ids) AND a <> b
RETURN DISTINCT a.id AS from, b.id AS to, null AS credits, true AS sameCourse
