// Occupation-skill relations already held by the occupations an ESCO source names
UNWIND $uris AS uri
MATCH (:Occupation {uri: uri})-[r:REQUIRES]->(s:Skill)
RETURN uri AS from, s.uri AS to, r.essential AS essential
