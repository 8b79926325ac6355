// what is stored for occupations a catalog names, to tell changed from identical entries
UNWIND $ids AS id
MATCH (o:Occupation {uri: id})
RETURN o.uri AS id, o {.*} AS props, [(o)-[r:REQUIRES]->(s:Skill) | {skill: s.uri, essential: r.essential}] AS requires
