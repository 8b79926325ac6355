UNWIND $ids AS id
MATCH (n:Credential {id: id})
RETURN n.id AS id
