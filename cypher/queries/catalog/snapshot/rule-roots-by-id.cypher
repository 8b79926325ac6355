// the rule roots of the credentials $ids (an incremental update)
UNWIND $ids AS wanted
MATCH (c:Credential {id: wanted})-[rel:HAS_REQUIREMENT|HAS_PREREQUISITE]->(root:Requirement)
RETURN c.id AS credential, type(rel) AS type, root.id AS root
