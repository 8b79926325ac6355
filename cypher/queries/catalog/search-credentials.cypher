// catalog listing: every filter is optional (null = any); q matches title, code or description
MATCH (c:Credential)-[:OFFERED_BY]->(p:Provider)
WHERE ($provider IS NULL OR p.id = $provider)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($eqfLevel IS NULL OR c.eqfLevel = $eqfLevel)
  AND ($language IS NULL OR c.language = $language)
  AND ($participation IS NULL OR c.participation = $participation)
  AND ($maxPrice IS NULL OR c.price <= $maxPrice)
  AND ($q IS NULL OR toLower(c.title) CONTAINS $q OR toLower(coalesce(c.code, '')) CONTAINS $q
       OR toLower(coalesce(c.description, '')) CONTAINS $q)
WITH c, p
ORDER BY c.title, c.id
WITH collect([c, p]) AS matches
WITH size(matches) AS total, matches[$skip..($skip + $limit)] AS selected
CALL (selected) {
  UNWIND selected AS pair
  WITH pair[0] AS c, pair[1] AS p
  RETURN collect(c {.*, provider: p {.id, .name, .country, .seed}}) AS items
}
RETURN total, items
