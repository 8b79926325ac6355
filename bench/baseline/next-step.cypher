// Baseline next step in plain Cypher, written the way a team without credpath's engine would: the skills
// the learner's goal occupation requires that they lack (neither declared nor taught by a credential they
// hold), the credentials teaching them that the learner does not hold, can take (no stacking rules) and
// whose named prerequisites they all hold, ranked by gap skills covered (essential ones twice) per ECTS.
// Not done, by design: k-of-n and filter prerequisites (every named one is required), the ESCO hierarchy,
// validity, access and filters, what a credential unlocks or stacks into.
MATCH (l:Learner {id: $learner})-[:AIMS_AT]->(o:Occupation)-[r:REQUIRES]->(s:Skill)
WHERE NOT EXISTS { (l)-[:HAS_SKILL]->(s) }
  AND NOT EXISTS { (l)-[:EARNED]->(:Credential)-[:HAS_OUTCOME]->(:LearningOutcome)-[:ALIGNS_TO]->(s) }
WITH l, s, max(CASE WHEN r.essential THEN 2 ELSE 1 END) AS weight
MATCH (s)<-[:ALIGNS_TO]-(:LearningOutcome)<-[:HAS_OUTCOME]-(c:Credential)
WHERE NOT EXISTS { (l)-[:EARNED]->(c) }
  AND NOT EXISTS { (c)-[:HAS_REQUIREMENT]->() }
  AND NOT EXISTS { (c)-[:HAS_PREREQUISITE]->(:Requirement)-[:OPTION*]->(p:Credential) WHERE NOT EXISTS { (l)-[:EARNED]->(p) } }
WITH c, sum(weight) AS gain, collect(DISTINCT s.uri) AS covers
RETURN c.id AS credential, c.title AS title, gain, covers, gain / CASE WHEN c.ects > 0 THEN c.ects ELSE 1.0 END AS score
ORDER BY score DESC, gain DESC, credential
LIMIT 5
