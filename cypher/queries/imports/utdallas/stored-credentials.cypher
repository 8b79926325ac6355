// UT Dallas credentials already stored: their codes let a degree file be imported on its own
MATCH (c:Credential)-[:OFFERED_BY]->(:Provider {id: $provider})
RETURN c.id AS id, c.kind AS kind, c.code AS code
