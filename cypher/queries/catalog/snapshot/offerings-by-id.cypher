// the credentials $ids only (an incremental update): one index seek each, no scan; skills and links as in offerings.cypher
UNWIND $ids AS wanted
MATCH (c:Credential {id: wanted})
OPTIONAL MATCH (c)-[:OFFERED_BY]->(p:Provider)
RETURN c.id AS id, c.kind AS kind, c.title AS title, c.code AS code, c.subject AS subject, p.id AS provider, p.country AS country,
       c.ects AS ects, c.eqfLevel AS eqfLevel, c.price AS price, c.durationWeeks AS durationWeeks,
       c.language AS language, c.participation AS participation, c.access AS access, c.validityYears AS validityYears,
       c.seed AS seed, c.areas AS areas,
       COLLECT { MATCH (c)-[:HAS_OUTCOME]->(:LearningOutcome)-[a:ALIGNS_TO]->(s:Skill)
                 WHERE a.confidence IS NULL OR a.confidence >= $minConfidence RETURN DISTINCT s.uri } AS skills,
       COLLECT { MATCH (c)-[:HAS_OUTCOME]->(:LearningOutcome)-[a:ALIGNS_TO]->(s:Skill)
                 WHERE a.confidence IS NULL OR a.confidence >= $minConfidence
                 RETURN {skill: s.uri, source: a.source, confidence: a.confidence, evidence: a.evidence} } AS links
