// Run in the transaction of a catalog write: the version node's write lock orders concurrent writers, so versions
// commit in order. $credentials: the ids of the credentials written (null: any may have changed); $reference:
// whether skills, occupations, the skill hierarchy or providers changed. Entries older than $keep versions go.
MERGE (v:CatalogVersion {id: 'catalog'})
ON CREATE SET v.epoch = randomUUID()
SET v.version = coalesce(v.version, 0) + 1
CREATE (:CatalogChange {version: v.version, credentials: $credentials, reference: $reference, at: datetime()})
WITH v
CALL (v) {
  MATCH (old:CatalogChange) WHERE old.version <= v.version - $keep
  DELETE old
}
RETURN v.version AS version
