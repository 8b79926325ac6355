MATCH (c:Credential {id: $id})
OPTIONAL MATCH (c)-[:OFFERED_BY]->(p:Provider)
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_OUTCOME]->(o:LearningOutcome)
  OPTIONAL MATCH (o)-[a:ALIGNS_TO]->(s:Skill)
  WITH o, s, a ORDER BY s.label
  WITH o, collect(s {.uri, .label, source: coalesce(a.source, 'stated'), confidence: a.confidence, evidence: a.evidence}) AS skills
  ORDER BY o.id
  RETURN collect(o {.id, .statement, skills: skills}) AS outcomes
}
CALL (c) {
  OPTIONAL MATCH (c)-[r:RECOGNISED_AS]->(t:Credential)-[:OFFERED_BY]->(tp:Provider)
  RETURN collect(CASE WHEN t IS NULL THEN null
                 ELSE {credits: r.credits, credential: t {.id, .title, .kind, .ects, provider: tp.name}} END) AS recognisedAs
}
CALL (c) {
  OPTIONAL MATCH (f:Credential)-[r:RECOGNISED_AS]->(c)
  OPTIONAL MATCH (f)-[:OFFERED_BY]->(fp:Provider)
  RETURN collect(CASE WHEN f IS NULL THEN null
                 ELSE {credits: r.credits, credential: f {.id, .title, .kind, .ects, provider: fp.name}} END) AS recognisedFrom
}
CALL (c) {
  OPTIONAL MATCH (larger:Credential)-[:HAS_REQUIREMENT]->(:Requirement)-[:OPTION*]->(c)
  WITH DISTINCT larger ORDER BY larger.title
  RETURN collect(larger {.id, .title, .kind, .ects}) AS stacksInto
}
CALL (c) {
  OPTIONAL MATCH (next:Credential)-[:HAS_PREREQUISITE]->(:Requirement)-[:OPTION*]->(c)
  WITH DISTINCT next ORDER BY next.title
  RETURN collect(next {.id, .title, .kind, .ects}) AS unlocks
}
CALL (c) {
  // a suggested order only (CTDL ceterms:precedes), never a requirement
  OPTIONAL MATCH (c)-[:PRECEDES]->(next:Credential)
  WITH next ORDER BY next.title
  RETURN collect(next {.id, .title, .kind, .ects}) AS precedes
}
CALL (c) {
  OPTIONAL MATCH (before:Credential)-[:PRECEDES]->(c)
  WITH before ORDER BY before.title
  RETURN collect(before {.id, .title, .kind, .ects}) AS precededBy
}
CALL (c) {
  // the other codes of the same course: the group, both ways and transitively
  OPTIONAL MATCH (c)-[:SAME_AS*1..20]-(same:Credential) WHERE same <> c
  WITH DISTINCT same ORDER BY same.id
  RETURN collect(same {.id, .title, .kind, .ects}) AS sameAs
}
RETURN c {.*} AS credential, p {.id, .name, .country, .seed} AS provider, outcomes, recognisedAs, recognisedFrom, stacksInto, unlocks,
       precedes, precededBy, sameAs
