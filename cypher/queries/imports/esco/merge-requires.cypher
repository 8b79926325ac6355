// Only new or changed relations are sent; both ends were checked to exist
UNWIND $rows AS row
MATCH (o:Occupation {uri: row.from})
MATCH (s:Skill {uri: row.to})
MERGE (o)-[r:REQUIRES]->(s)
SET r.essential = row.essential
