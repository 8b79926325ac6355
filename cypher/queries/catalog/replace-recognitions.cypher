UNWIND $rows AS row
MATCH (c:Credential {id: row.id})
OPTIONAL MATCH (c)-[old:RECOGNISED_AS]->()
DELETE old
WITH DISTINCT c, row
UNWIND row.recognisedAs AS recognition
MATCH (target:Credential {id: recognition.credential})
CREATE (c)-[r:RECOGNISED_AS]->(target)
SET r.credits = recognition.credits
