MATCH (c:Credential)-[rel:HAS_REQUIREMENT|HAS_PREREQUISITE]->(root:Requirement)
RETURN c.id AS credential, type(rel) AS type, root.id AS root
