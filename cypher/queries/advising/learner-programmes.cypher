// The programmes a learner started, each with the start date, the catalog year they chose (if any) and the catalog
// years of its rules (credentials whose catalogYearOf names it, the programme itself among them when it states one).
MATCH (l:Learner {id: $id})-[s:STARTED]->(p:Credential)
OPTIONAL MATCH (v:Credential {catalogYearOf: p.id})
WITH p, s, v ORDER BY v.effective
RETURN p.id AS program, s.date AS start, s.catalogYear AS chosen,
       collect(CASE WHEN v IS NULL THEN null ELSE {id: v.id, effective: v.effective} END) AS versions
