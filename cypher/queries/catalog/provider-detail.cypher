MATCH (p:Provider {id: $id})
OPTIONAL MATCH (p)<-[:OFFERED_BY]-(c:Credential)
WITH p, c.kind AS kind, count(c) AS n
RETURN p {.*} AS provider, collect(CASE WHEN kind IS NULL THEN null ELSE {kind: kind, count: n} END) AS credentialsByKind
