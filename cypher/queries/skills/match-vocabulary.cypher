// Every labelled skill with what the skill matcher reads: labels of all kinds, type, reuse level and description.
MATCH (s:Skill)
WHERE s.label IS NOT NULL
RETURN s.uri AS uri, s.label AS label, coalesce(s.altLabels, []) AS altLabels, coalesce(s.hiddenLabels, []) AS hiddenLabels,
       s.skillType AS skillType, s.reuseLevel AS reuseLevel, s.description AS description
ORDER BY uri
