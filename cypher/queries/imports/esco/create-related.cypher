// Relations of skills created in this same transaction: nothing to merge with, so plain CREATE
UNWIND $rows AS row
MATCH (a:Skill {uri: row.from})
MATCH (b:Skill {uri: row.to})
CREATE (a)-[:RELATED {essential: row.essential}]->(b)
