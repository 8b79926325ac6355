// the codes of the skill groups each skill/competence is under at any depth of ESCO's hierarchy (S6.5.1, S6.5, S6),
// for the knowledge/skill twins: a skill under a group of work on physical things is no twin
MATCH (s:Skill {skillType: 'skill/competence'})-[:BROADER*1..8]->(g:SkillGroup)
WHERE g.code IS NOT NULL
RETURN s.uri AS skill, collect(DISTINCT g.code) AS groups
