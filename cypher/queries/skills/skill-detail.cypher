MATCH (s:Skill {uri: $uri})
CALL (s) {
  OPTIONAL MATCH (s)-[:BROADER]->(b)
  RETURN collect(b {.uri, .label}) AS broader
}
CALL (s) {
  OPTIONAL MATCH (n:Skill)-[:BROADER]->(s)
  WITH n ORDER BY n.label LIMIT 100
  RETURN collect(n {.uri, .label}) AS narrower
}
CALL (s) {
  OPTIONAL MATCH (c:Credential)-[:HAS_OUTCOME]->(:LearningOutcome)-[:ALIGNS_TO]->(s)
  OPTIONAL MATCH (c)-[:OFFERED_BY]->(p:Provider)
  WITH DISTINCT c, p ORDER BY c.title LIMIT 100
  RETURN collect(c {.id, .title, .kind, .ects, .price, .currency, provider: p.name}) AS taughtBy
}
CALL (s) {
  OPTIONAL MATCH (o:Occupation)-[r:REQUIRES]->(s)
  WITH o, r ORDER BY r.essential DESC, o.label LIMIT 100
  RETURN collect(o {.uri, .label, essential: r.essential}) AS requiredBy
}
RETURN s {.*} AS skill, broader, narrower, taughtBy, requiredBy
