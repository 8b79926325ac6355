// An adviser's exceptions to a learner's rules (count a credential toward a rule node, waive a node, accept an
// equivalent): one node each, (:Learner)-[:HAS_EXCEPTION]->(:RuleException), erased with the learner.
CREATE CONSTRAINT rule_exception_id IF NOT EXISTS FOR (n:RuleException) REQUIRE n.id IS UNIQUE;
