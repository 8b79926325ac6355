// what is stored for learners a catalog names, in the shape the writer writes, to tell changed from identical entries
UNWIND $ids AS id
MATCH (l:Learner {id: id})
RETURN l.id AS id, l {.*} AS props,
       [(l)-[e:EARNED]->(c:Credential) | {credential: c.id, props: e {.*}}] AS earned,
       [(l)-[h:HAS_SKILL]->(s:Skill) | {skill: s.uri, source: h.source}] AS skills,
       [(l)-[:AIMS_AT]->(t) | CASE WHEN t:Occupation THEN {occupation: t.uri} ELSE {credential: t.id} END] AS goals
