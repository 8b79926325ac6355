// a credential is owned by its source: its properties, kind label and provider are replaced; the digest of
// everything written for it lets a later load of the same entry skip it without reading it back
UNWIND $rows AS row
MERGE (c:Credential {id: row.id})
SET c = row.props
SET c.contentDigest = row.digest
REMOVE c:MicroCredential:Course:Certificate:Degree:Badge
SET c:$(row.label)
WITH c, row
OPTIONAL MATCH (c)-[old:OFFERED_BY]->()
DELETE old
WITH DISTINCT c, row
MATCH (p:Provider {id: row.provider})
CREATE (c)-[:OFFERED_BY]->(p)
