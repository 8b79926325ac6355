UNWIND $ids AS id
MATCH (n:Provider {id: id})
RETURN n.id AS id
