MATCH (l:Learner {id: $learner})
CREATE (l)-[:HAS_EXCEPTION]->(x:RuleException {id: $id, kind: $kind, target: $target, node: $node, credential: $credential,
                                               equivalentTo: $equivalentTo, reason: $reason, madeBy: $madeBy, madeAt: datetime($madeAt)})
RETURN x {.id, .kind, .target, .node, .credential, .equivalentTo, .reason, .madeBy, madeAt: toString(x.madeAt)} AS exception
