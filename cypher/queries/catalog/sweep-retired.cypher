// Last statement of a catalog write: deletes, with their relationships, the nodes the write retired (replaced
// outcomes and rule nodes). Deleting them when they were replaced made an update load quadratic: in Neo4j 5 every
// index seek in a transaction copies the set of all nodes the transaction deleted (DefaultNodeValueIndexCursor),
// and the write seeks each credential and rule node it links by id. Deleted last, nothing seeks after them.
MATCH (n:Retired)
DETACH DELETE n
