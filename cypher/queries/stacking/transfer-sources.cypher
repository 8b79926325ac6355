// Where the counted holdings that came by transfer came from: the transfer table row behind the recognition used
// (via), or behind a course a table brought in as credits in a subject.
UNWIND $counted AS c
MATCH (e:Credential {id: c.credential})
OPTIONAL MATCH (e)-[r:RECOGNISED_AS]->(:Credential {id: coalesce(c.via, '')})
WITH c, CASE WHEN c.via IS NULL THEN e.transferSource ELSE r.source END AS source
WHERE source IS NOT NULL
RETURN collect(DISTINCT {credential: c.credential, via: c.via, leaf: c.leaf, source: source}) AS transfers
