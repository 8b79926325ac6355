// Baseline audit in plain Cypher, written the way a team without credpath's engine would: every rule node
// of the target's stacking rules with the learner's holdings that match a leaf directly beneath it (the
// credential itself or one recognised as it; a filter's provider, EQF, kind, subject and skill criteria),
// counted at every leaf they match. Not done, by design: one place per holding (no assignment, so a
// holding counts twice), status carried up from nested nodes, caps, shared-credit limits, grades, validity.
MATCH (l:Learner {id: $learner})
MATCH (:Credential {id: $target})-[:HAS_REQUIREMENT]->(root:Requirement)
MATCH (root)-[:OPTION*0..]->(node:Requirement)
OPTIONAL MATCH (node)-[:OPTION]->(leaf)
WHERE leaf:Credential OR leaf.kind = 'FILTER'
OPTIONAL MATCH (l)-[:EARNED]->(h:Credential)
WHERE leaf IS NOT NULL AND (
      (leaf:Credential AND (h = leaf OR (h)-[:RECOGNISED_AS]->(leaf)))
   OR (leaf:Requirement
       AND (leaf.providers IS NULL OR EXISTS { (h)-[:OFFERED_BY]->(p:Provider) WHERE p.id IN leaf.providers })
       AND (leaf.minEqfLevel IS NULL OR h.eqfLevel >= leaf.minEqfLevel)
       AND (leaf.kinds IS NULL OR h.kind IN leaf.kinds)
       AND (leaf.subject IS NULL OR h.subject = leaf.subject)
       AND (leaf.skill IS NULL OR EXISTS { (h)-[:HAS_OUTCOME]->(:LearningOutcome)-[:ALIGNS_TO]->(:Skill {uri: leaf.skill}) })))
WITH node, count(DISTINCT leaf) AS leaves, count(DISTINCT CASE WHEN h IS NOT NULL THEN leaf END) AS leavesMatched,
     collect(DISTINCT h) AS holdings
WITH node, leaves, leavesMatched, [h IN holdings | h.id] AS counted,
     reduce(credits = 0.0, h IN holdings | credits + coalesce(h.ects, 0.0)) AS credits
RETURN node.id AS node, node.kind AS kind, node.k AS k, node.credits AS required, leaves, leavesMatched, counted, credits,
       CASE node.kind
         WHEN 'ALL_OF' THEN leavesMatched = leaves
         WHEN 'AT_LEAST_K_OF' THEN leavesMatched >= node.k
         WHEN 'AT_LEAST_CREDITS' THEN credits >= node.credits
         ELSE leavesMatched > 0
       END AS met
ORDER BY node
