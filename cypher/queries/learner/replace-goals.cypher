// a learner's declared goals, replaced whole
MATCH (l:Learner {id: $id})
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
