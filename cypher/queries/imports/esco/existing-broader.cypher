// Hierarchy links already held by the skills and skill groups an ESCO source places
UNWIND $uris AS uri
CALL (uri) {
  MATCH (:Skill {uri: uri})-[:BROADER]->(b)
  RETURN b
  UNION
  MATCH (:SkillGroup {uri: uri})-[:BROADER]->(b)
  RETURN b
}
RETURN uri AS from, b.uri AS to, null AS essential
