MATCH (a:Credential)-[r:RECOGNISED_AS]->(b:Credential) WHERE $ids IS NULL OR a.id IN $ids
RETURN a.id AS from, b.id AS to, r.credits AS credits
