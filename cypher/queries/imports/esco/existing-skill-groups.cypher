// Current state of the skill groups an ESCO source names
UNWIND $uris AS uri
MATCH (n:SkillGroup {uri: uri})
RETURN uri, properties(n) AS props
