// credentials named anywhere in the stored prerequisite and stacking rules of the given credentials
UNWIND $ids AS id
MATCH (c:Credential {id: id})-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(:Requirement)-[:OPTION*]->(named:Credential)
RETURN c.id AS id, collect(DISTINCT named.id) AS named
