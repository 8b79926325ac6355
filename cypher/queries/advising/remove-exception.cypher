// Withdraws one exception of one learner; answers how many went (0 or 1).
MATCH (l:Learner {id: $learner})-[:HAS_EXCEPTION]->(x:RuleException {id: $id})
DETACH DELETE x
RETURN count(*) AS removed
