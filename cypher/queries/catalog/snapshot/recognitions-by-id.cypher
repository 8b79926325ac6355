// the recognitions of the credentials $ids (an incremental update)
UNWIND $ids AS wanted
MATCH (a:Credential {id: wanted})-[r:RECOGNISED_AS]->(b:Credential)
RETURN a.id AS from, b.id AS to, r.credits AS credits, false AS sameCourse
UNION
// and the other members of their cross-listed groups (see recognitions.cypher)
UNWIND $ids AS wanted
MATCH (a:Credential {id: wanted})-[:SAME_AS*1..20]-(b:Credential) WHERE a <> b
RETURN DISTINCT a.id AS from, b.id AS to, null AS credits, true AS sameCourse
