// A learner's exceptions, oldest first; no row when there is no such learner.
MATCH (l:Learner {id: $id})
OPTIONAL MATCH (l)-[:HAS_EXCEPTION]->(x:RuleException)
WITH l, x ORDER BY x.madeAt, x.id
RETURN l.id AS learner,
       collect(x {.id, .kind, .target, .node, .credential, .equivalentTo, .reason, .madeBy, madeAt: toString(x.madeAt)}) AS exceptions
