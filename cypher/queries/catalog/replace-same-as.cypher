// the codes a credential is the same course as (cross-listed), as the catalog declares them: replaced whole with the
// credential; the relation is read both ways and transitively (a group), see catalog/snapshot/recognitions
UNWIND $rows AS row
MATCH (c:Credential {id: row.id})
OPTIONAL MATCH (c)-[old:SAME_AS]->()
DELETE old
WITH DISTINCT c, row
UNWIND row.sameAs AS other
MATCH (o:Credential {id: other})
CREATE (c)-[:SAME_AS]->(o)
