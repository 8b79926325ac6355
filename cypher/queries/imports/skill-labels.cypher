// Every skill with its labels, for resolving free-text tags.
MATCH (s:Skill)
RETURN s.uri AS uri, s.label AS label, coalesce(s.altLabels, []) AS altLabels
