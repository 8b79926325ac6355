MATCH (l:Learner {id: $id})
CALL (l) {
  OPTIONAL MATCH (l)-[e:EARNED]->(c:Credential)
  OPTIONAL MATCH (c)-[:OFFERED_BY]->(p:Provider)
  WITH e, c, p ORDER BY e.date, c.title
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {
    credential: c {.id, .title, .kind, .ects, .eqfLevel, .validityYears, provider: p.name},
    date: e.date, grade: e.grade, verified: e.verified} END) AS earned
}
CALL (l) {
  OPTIONAL MATCH (l)-[h:HAS_SKILL]->(s:Skill)
  WITH h, s ORDER BY s.label
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {uri: s.uri, label: s.label, source: h.source} END) AS skills
}
CALL (l) {
  OPTIONAL MATCH (l)-[:AIMS_AT]->(g)
  RETURN collect(CASE
    WHEN g:Occupation THEN {type: 'occupation', id: g.uri, label: g.label}
    WHEN g:Credential THEN {type: 'credential', id: g.id, label: g.title} END) AS goals
}
CALL (l) {
  OPTIONAL MATCH (l)-[:HAS_EXCEPTION]->(x:RuleException)
  WITH x ORDER BY x.madeAt, x.id
  RETURN collect(x {.id, .kind, .target, .node, .credential, .equivalentTo, .reason, .madeBy, madeAt: toString(x.madeAt)}) AS exceptions
}
RETURN l {.id, .name} AS learner, earned, skills, goals, exceptions
