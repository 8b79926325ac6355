// Relations of occupations created in this same transaction: nothing to merge with, so plain CREATE
UNWIND $rows AS row
MATCH (o:Occupation {uri: row.from})
MATCH (s:Skill {uri: row.to})
CREATE (o)-[:REQUIRES {essential: row.essential}]->(s)
