// what the recommendations need of a learner: holdings, prior learning with its source, declared goals
MATCH (l:Learner {id: $id})
RETURN l.id AS id,
       COLLECT { MATCH (l)-[e:EARNED]->(c:Credential)
                 RETURN {credential: c.id, date: e.date, grade: e.grade, verified: e.verified} } AS holdings,
       COLLECT { MATCH (l)-[h:HAS_SKILL]->(s:Skill) RETURN {skill: s.uri, source: h.source} } AS skills,
       COLLECT { MATCH (l)-[:AIMS_AT]->(o:Occupation) RETURN o.uri ORDER BY o.uri } AS occupations,
       COLLECT { MATCH (l)-[:AIMS_AT]->(c:Credential) RETURN c.id ORDER BY c.id } AS credentials
