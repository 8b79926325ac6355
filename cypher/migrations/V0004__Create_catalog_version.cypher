// The catalog's version: one node, advanced in the same transaction as every catalog write, so that every replica
// can tell that its in-memory snapshot is behind; and the change log, one node per version naming what changed.
CREATE CONSTRAINT catalog_version_id IF NOT EXISTS FOR (n:CatalogVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT catalog_change_version IF NOT EXISTS FOR (n:CatalogChange) REQUIRE n.version IS UNIQUE;
// epoch: a database emptied and written again counts versions from the start; the epoch tells the two apart
MERGE (v:CatalogVersion {id: 'catalog'}) ON CREATE SET v.version = 0, v.epoch = randomUUID();
