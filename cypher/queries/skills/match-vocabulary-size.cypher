// What identifies the skill vocabulary cheaply: the matcher is rebuilt when this changes.
MATCH (s:Skill)
RETURN count(s) AS skills, sum(size(coalesce(s.altLabels, [])) + size(coalesce(s.hiddenLabels, []))) AS labels,
       sum(size(coalesce(s.description, ''))) AS descriptionLength
