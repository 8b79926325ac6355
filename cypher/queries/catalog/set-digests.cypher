// records the content digest of credentials found identical to their source the slow way, so the next load is fast
UNWIND $rows AS row
MATCH (c:Credential {id: row.id})
SET c.contentDigest = row.digest
