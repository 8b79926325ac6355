// ESCO occupations are shared reference data: requirements are added or updated, never removed here
UNWIND $rows AS row
MERGE (o:Occupation {uri: row.uri})
SET o += row.props
WITH o, row
UNWIND row.requires AS requirement
MATCH (s:Skill {uri: requirement.skill})
MERGE (o)-[r:REQUIRES]->(s)
SET r.essential = requirement.essential
