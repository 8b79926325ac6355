// skills a learner confirmed from their own account of prior learning: HAS_SKILL {source: "self-declared"}, with the
// text they came from; a skill already held from another source (recognised, say) keeps that source
MATCH (l:Learner {id: $id})
CALL (l) {
  UNWIND $skills AS uri
  MATCH (s:Skill {uri: uri})
  MERGE (l)-[h:HAS_SKILL]->(s)
  ON CREATE SET h.source = 'self-declared', h.evidence = $evidence
  RETURN count(h) AS linked
}
RETURN l.id AS id, linked
