// Skill-skill relations already held by the skills an ESCO source relates
UNWIND $uris AS uri
MATCH (:Skill {uri: uri})-[r:RELATED]->(s:Skill)
RETURN uri AS from, s.uri AS to, r.essential AS essential
