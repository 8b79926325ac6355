// a suggested order between credentials (CTDL ceterms:precedes): replaced whole with the credential, never a requirement
UNWIND $rows AS row
MATCH (c:Credential {id: row.id})
OPTIONAL MATCH (c)-[old:PRECEDES]->()
DELETE old
WITH DISTINCT c, row
UNWIND row.precedes AS next
MATCH (n:Credential {id: next})
CREATE (c)-[:PRECEDES]->(n)
