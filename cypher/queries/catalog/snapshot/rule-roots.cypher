MATCH (c:Credential)-[rel:HAS_REQUIREMENT|HAS_PREREQUISITE]->(root:Requirement) WHERE $ids IS NULL OR c.id IN $ids
RETURN c.id AS credential, type(rel) AS type, root.id AS root
