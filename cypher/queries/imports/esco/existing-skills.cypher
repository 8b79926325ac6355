// Current state of the skills an ESCO source names, to tell created from updated from unchanged
UNWIND $uris AS uri
MATCH (n:Skill {uri: uri})
RETURN uri, properties(n) AS props
