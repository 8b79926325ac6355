// what is stored for skills a catalog names, to tell changed from identical entries
UNWIND $ids AS id
MATCH (s:Skill {uri: id})
RETURN s.uri AS id, s {.*} AS props, [(s)-[:BROADER]->(b:Skill) | b.uri] AS broader
