// Either end is a Skill or a SkillGroup (both checked to exist); each label is looked up by its own index
UNWIND $rows AS row
OPTIONAL MATCH (narrowerSkill:Skill {uri: row.from})
OPTIONAL MATCH (narrowerGroup:SkillGroup {uri: row.from})
OPTIONAL MATCH (broaderSkill:Skill {uri: row.to})
OPTIONAL MATCH (broaderGroup:SkillGroup {uri: row.to})
WITH coalesce(narrowerSkill, narrowerGroup) AS narrower, coalesce(broaderSkill, broaderGroup) AS broader
MERGE (narrower)-[:BROADER]->(broader)
