// which occupations require which skill (essential or optional), for the knowledge/skill twins
MATCH (o:Occupation)-[:REQUIRES]->(s:Skill)
RETURN s.uri AS skill, o.uri AS occupation
