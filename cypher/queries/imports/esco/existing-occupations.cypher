// Current state of the occupations an ESCO source names
UNWIND $uris AS uri
MATCH (n:Occupation {uri: uri})
RETURN uri, properties(n) AS props
