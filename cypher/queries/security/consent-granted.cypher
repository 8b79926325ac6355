// does the learner grant this account access under one of these roles? read on every request: revocation is immediate
MATCH (:Learner {id: $learner})-[g:GRANTS]->(:Account {id: $grantee})
WHERE g.role IN $roles
RETURN count(g) > 0 AS granted
