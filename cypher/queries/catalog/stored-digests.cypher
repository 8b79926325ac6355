// the content digest the writer stored with each of the given credentials (null for one written before digests)
UNWIND $ids AS id
MATCH (c:Credential {id: id})
RETURN c.id AS id, c.contentDigest AS digest
