MATCH (l:Learner {id: $id})
OPTIONAL MATCH (l)-[e:EARNED]->(c:Credential)
RETURN l.id AS learner,
       collect(CASE WHEN c IS NULL THEN null ELSE {credential: c.id, date: e.date, grade: e.grade, verified: e.verified} END) AS holdings
