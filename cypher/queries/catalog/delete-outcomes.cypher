UNWIND $credentialIds AS credentialId
MATCH (:Credential {id: credentialId})-[:HAS_OUTCOME]->(o:LearningOutcome)
DETACH DELETE o
