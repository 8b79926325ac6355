// += keeps what a richer source (the ESCO import) set and the catalog does not mention
UNWIND $rows AS row
MERGE (s:Skill {uri: row.uri})
SET s += row.props
WITH s, row
UNWIND row.broader AS broaderUri
MATCH (b:Skill {uri: broaderUri})
MERGE (s)-[:BROADER]->(b)
