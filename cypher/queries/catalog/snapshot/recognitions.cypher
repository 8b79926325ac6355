MATCH (a:Credential)-[r:RECOGNISED_AS]->(b:Credential)
RETURN a.id AS from, b.id AS to, r.credits AS credits
