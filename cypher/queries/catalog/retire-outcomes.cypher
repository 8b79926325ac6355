// the outcomes of credentials written again leave the graph's outcomes now (their label swapped for :Retired, so the
// id is free for the new version) and are deleted by sweep-retired at the end of the write, see there
UNWIND $credentialIds AS credentialId
MATCH (:Credential {id: credentialId})-[:HAS_OUTCOME]->(o:LearningOutcome)
REMOVE o:LearningOutcome
SET o:Retired
