// a learner's record is replaced whole: holdings, prior learning and goals
UNWIND $rows AS row
MERGE (l:Learner {id: row.id})
SET l = row.props
WITH l, row
OPTIONAL MATCH (l)-[old:EARNED|HAS_SKILL|AIMS_AT]->()
DELETE old
WITH DISTINCT l, row
CALL (l, row) {
  UNWIND row.earned AS holding
  MATCH (c:Credential {id: holding.credential})
  CREATE (l)-[e:EARNED]->(c)
  SET e = holding.props
}
CALL (l, row) {
  UNWIND row.skills AS prior
  MATCH (s:Skill {uri: prior.skill})
  CREATE (l)-[:HAS_SKILL {source: prior.source}]->(s)
}
CALL (l, row) {
  UNWIND row.goals AS goal
  OPTIONAL MATCH (o:Occupation {uri: goal.occupation})
  OPTIONAL MATCH (c:Credential {id: goal.credential})
  WITH l, coalesce(o, c) AS target
  WHERE target IS NOT NULL
  CREATE (l)-[:AIMS_AT]->(target)
}
