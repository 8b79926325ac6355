// a learner's declared goals, replaced whole; the learner's write lock is taken first (a property set and removed), so
// concurrent replacements queue and each reads the goals the one before it left
MATCH (l:Learner {id: $id})
SET l.__lock = true
REMOVE l.__lock
WITH l
OPTIONAL MATCH (l)-[old:AIMS_AT]->()
DELETE old
WITH DISTINCT l
CALL (l) {
  UNWIND $goals AS goal
  OPTIONAL MATCH (o:Occupation {uri: goal.occupation})
  OPTIONAL MATCH (c:Credential {id: goal.credential})
  WITH l, coalesce(o, c) AS target
  WHERE target IS NOT NULL
  MERGE (l)-[:AIMS_AT]->(target)
}
RETURN l.id AS id
