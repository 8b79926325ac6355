// Hierarchy links of concepts created in this same transaction: nothing to merge with, so plain CREATE
UNWIND $rows AS row
OPTIONAL MATCH (narrowerSkill:Skill {uri: row.from})
OPTIONAL MATCH (narrowerGroup:SkillGroup {uri: row.from})
OPTIONAL MATCH (broaderSkill:Skill {uri: row.to})
OPTIONAL MATCH (broaderGroup:SkillGroup {uri: row.to})
WITH coalesce(narrowerSkill, narrowerGroup) AS narrower, coalesce(broaderSkill, broaderGroup) AS broader
CREATE (narrower)-[:BROADER]->(broader)
