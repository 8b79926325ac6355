// First statement of every catalog load: the version node's write lock (a property set and removed) makes concurrent
// loads queue, so each validates against what the one before it committed (two halves of a rule cycle loaded at once
// are then refused like one after the other, never both written, and never a deadlock between them)
MERGE (v:CatalogVersion {id: 'catalog'})
ON CREATE SET v.version = 0, v.epoch = randomUUID()
SET v.__lock = true
REMOVE v.__lock
