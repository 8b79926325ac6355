// every skill with its label, for the recommendations' skill index
MATCH (s:Skill)
RETURN s.uri AS uri, coalesce(s.label, s.uri) AS label
