// What a learner's holdings are, with what an exported credential document states of each: the credential,
// its awarding provider and its learning outcomes with the skills they are taken to teach: a link counts when stated
// without a confidence or at $minConfidence or more (credpath.skills.min-confidence), as in every answer; each with
// its source and confidence.
MATCH (l:Learner {id: $id})
CALL (l) {
  OPTIONAL MATCH (l)-[e:EARNED]->(c:Credential)
  OPTIONAL MATCH (c)-[:OFFERED_BY]->(p:Provider)
  WITH e, c, p ORDER BY e.date, c.title
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {
    credential: c {.id, .kind, .title, .description, .code, .subject, .ects, .eqfLevel, .language, .participation, .assessment, .url},
    provider: p {.id, .name, .country, .url},
    outcomes: COLLECT {
      MATCH (c)-[:HAS_OUTCOME]->(o:LearningOutcome)
      WITH o ORDER BY o.id
      RETURN o {.id, .statement, skills: COLLECT {
        MATCH (o)-[a:ALIGNS_TO]->(s:Skill)
        WHERE a.confidence IS NULL OR a.confidence >= $minConfidence
        WITH s, a ORDER BY s.uri
        RETURN s {.uri, .label, source: a.source, confidence: a.confidence}
      }}
    },
    date: e.date, grade: e.grade} END) AS earned
}
RETURN l {.id, .name} AS learner, earned
