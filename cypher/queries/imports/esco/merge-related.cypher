// Only new or changed relations are sent; both ends were checked to exist
UNWIND $rows AS row
MATCH (a:Skill {uri: row.from})
MATCH (b:Skill {uri: row.to})
MERGE (a)-[r:RELATED]->(b)
SET r.essential = row.essential
