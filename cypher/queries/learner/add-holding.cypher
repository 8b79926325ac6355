// one holding the learner adds by hand (a credential and a date, optionally a grade), stored unverified; nothing is
// written when the learner or the credential is missing or the learner holds the credential already (the answer says which)
MATCH (l:Learner {id: $id})
OPTIONAL MATCH (c:Credential {id: $credential})
OPTIONAL MATCH (l)-[held:EARNED]->(c)
CALL (l, c, held) {
  WITH l, c, held WHERE c IS NOT NULL AND held IS NULL
  CREATE (l)-[e:EARNED]->(c)
  SET e.date = $date, e.verified = false
  SET e.grade = $grade
  RETURN count(e) AS created
}
RETURN l.id AS id, c IS NOT NULL AS credentialFound, held IS NOT NULL AS alreadyHeld, created
