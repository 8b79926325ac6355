MATCH (p:Provider)
WHERE ($country IS NULL OR p.country = $country)
  AND ($q IS NULL OR toLower(p.name) CONTAINS $q OR toLower(p.id) CONTAINS $q)
WITH p ORDER BY p.name, p.id
WITH collect(p) AS matches
RETURN size(matches) AS total,
       [p IN matches[$skip..($skip + $limit)] | p {.*, credentials: COUNT { (p)<-[:OFFERED_BY]-(:Credential) }}] AS items
