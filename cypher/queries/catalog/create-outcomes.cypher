UNWIND $rows AS row
MATCH (c:Credential {id: row.credential})
MERGE (o:LearningOutcome {id: row.id})
SET o.statement = row.statement
MERGE (c)-[:HAS_OUTCOME]->(o)
WITH o, row
UNWIND row.skills AS skillUri
MATCH (s:Skill {uri: skillUri})
MERGE (o)-[:ALIGNS_TO]->(s)
