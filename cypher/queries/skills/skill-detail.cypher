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
  // each credential once, by its strongest link (stated first, then the most confident); most trusted first
  OPTIONAL MATCH (c:Credential)-[:HAS_OUTCOME]->(:LearningOutcome)-[a:ALIGNS_TO]->(s)
  OPTIONAL MATCH (c)-[:OFFERED_BY]->(p:Provider)
  WITH c, p, a ORDER BY CASE coalesce(a.source, 'stated') WHEN 'stated' THEN 0 ELSE 1 END, coalesce(a.confidence, 1.0) DESC
  WITH c, p, head(collect(a)) AS a
  WITH c, p, a ORDER BY coalesce(a.confidence, 1.0) DESC, c.title LIMIT 100
  RETURN collect(c {.id, .title, .kind, .ects, .price, .currency, provider: p.name, source: coalesce(a.source, 'stated'),
                    confidence: a.confidence, evidence: a.evidence}) AS taughtBy
}
CALL (s) {
  OPTIONAL MATCH (o:Occupation)-[r:REQUIRES]->(s)
  WITH o, r ORDER BY r.essential DESC, o.label LIMIT 100
  RETURN collect(o {.uri, .label, essential: r.essential}) AS requiredBy
}
RETURN s {.*} AS skill, broader, narrower, taughtBy, requiredBy
