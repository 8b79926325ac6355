// the rule trees of credentials written again are replaced whole: their nodes leave the rules now (the label swapped
// for :Retired, so their ids are free for the new trees) and are deleted by sweep-retired at the end of the write
UNWIND $credentialIds AS credentialId
MATCH (:Credential {id: credentialId})-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(root:Requirement)
MATCH (root)-[:OPTION*0..]->(r:Requirement)
WITH DISTINCT r
REMOVE r:Requirement
SET r:Retired
