// Every skill with its labels and type, for resolving free-text tags.
MATCH (s:Skill)
RETURN s.uri AS uri, s.label AS label, coalesce(s.altLabels, []) AS altLabels, s.skillType AS skillType
