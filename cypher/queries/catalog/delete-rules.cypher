UNWIND $credentialIds AS credentialId
MATCH (:Credential {id: credentialId})-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(root:Requirement)
MATCH (root)-[:OPTION*0..]->(r:Requirement)
WITH DISTINCT r
DETACH DELETE r
