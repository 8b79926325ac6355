// What a transfer table refers to: which providers exist, each named credential's provider, and the courses the
// external providers already offer (by provider and code, compared without spaces and in upper case; table: brought in
// by a transfer table, not by the provider's own catalog).
CALL () {
  UNWIND $providers AS id
  MATCH (p:Provider {id: id})
  RETURN collect(p.id) AS providers
}
CALL () {
  UNWIND $credentials AS id
  MATCH (c:Credential {id: id})-[:OFFERED_BY]->(p:Provider)
  RETURN collect({id: c.id, provider: p.id}) AS credentials
}
CALL () {
  UNWIND $providers AS id
  MATCH (c:Credential)-[:OFFERED_BY]->(:Provider {id: id}) WHERE c.code IS NOT NULL
  RETURN collect({id: c.id, provider: id, code: toUpper(replace(c.code, ' ', '')), table: coalesce(c.transferCourse, false)}) AS courses
}
RETURN providers, credentials, courses
