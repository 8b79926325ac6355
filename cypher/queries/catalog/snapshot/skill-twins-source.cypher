// what the knowledge/skill twins are read from, in numbers: a change means they must be read again
MATCH (s:Skill)
WITH count(s) AS skills
RETURN skills, COUNT { ()-[:RELATED]->() } AS related, COUNT { ()-[:REQUIRES]->() } AS requires, COUNT { ()-[:BROADER]->() } AS broader
