// the recognitions of the credentials $ids (an incremental update)
UNWIND $ids AS wanted
MATCH (a:Credential {id: wanted})-[r:RECOGNISED_AS]->(b:Credential)
RETURN a.id AS from, b.id AS to, r.credits AS credits
