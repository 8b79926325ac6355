MATCH (p:Provider)
RETURN p.id AS id, p.name AS name, p.country AS country, p.seed AS seed
