// what is stored for providers a catalog names, to tell changed from identical entries
UNWIND $ids AS id
MATCH (p:Provider {id: id})
RETURN p.id AS id, p {.*} AS props
