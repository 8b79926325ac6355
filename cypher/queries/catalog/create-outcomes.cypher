// each outcome with its alignments: source (stated | extracted), confidence (absent: not assessed) and evidence per skill
UNWIND $rows AS row
MATCH (c:Credential {id: row.credential})
MERGE (o:LearningOutcome {id: row.id})
SET o.statement = row.statement
MERGE (c)-[:HAS_OUTCOME]->(o)
WITH o, row
UNWIND row.alignments AS a
MATCH (s:Skill {uri: a.skill})
MERGE (o)-[r:ALIGNS_TO]->(s)
SET r.source = a.source, r.confidence = a.confidence, r.evidence = a.evidence
