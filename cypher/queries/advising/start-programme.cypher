// Records (or moves) when a learner started a programme, and the catalog year they chose (null: the one of the start).
MATCH (l:Learner {id: $learner}), (p:Credential {id: $program})
MERGE (l)-[s:STARTED]->(p)
SET s.date = $start, s.catalogYear = $chosen
RETURN p.id AS program
