// catalog listing: every filter is optional (null = any); q matches title, code or description; the best matches
// first (the title starting with q, then holding it, then the code, then the description only), then by title
MATCH (c:Credential)-[:OFFERED_BY]->(p:Provider)
WHERE ($provider IS NULL OR p.id = $provider)
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($eqfLevel IS NULL OR c.eqfLevel = $eqfLevel)
  AND ($language IS NULL OR c.language = $language)
  AND ($participation IS NULL OR c.participation = $participation)
  AND ($maxPrice IS NULL OR c.price <= $maxPrice)
WITH c, p, toLower(coalesce(c.title, '')) AS title, toLower(coalesce(c.code, '')) AS code
WHERE $q IS NULL OR title CONTAINS $q OR code CONTAINS $q OR toLower(coalesce(c.description, '')) CONTAINS $q
WITH c, p, CASE WHEN $q IS NULL OR title STARTS WITH $q THEN 0 WHEN title CONTAINS $q THEN 1 WHEN code CONTAINS $q THEN 2 ELSE 3 END AS rank
ORDER BY rank, c.title, c.id
WITH collect([c, p]) AS matches
WITH size(matches) AS total, matches[$skip..($skip + $limit)] AS selected
CALL (selected) {
  UNWIND selected AS pair
  WITH pair[0] AS c, pair[1] AS p
  RETURN collect(c {.*, provider: p {.id, .name, .country, .seed}}) AS items
}
RETURN total, items
