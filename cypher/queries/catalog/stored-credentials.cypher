// what is stored for credentials a catalog names, in the shape the writer writes, to tell changed from identical entries
UNWIND $ids AS id
MATCH (c:Credential {id: id})
RETURN c.id AS id, c {.*} AS props, labels(c) AS labels,
       [(c)-[:OFFERED_BY]->(p:Provider) | p.id] AS providers,
       [(c)-[:HAS_OUTCOME]->(o:LearningOutcome) |
         {id: o.id, statement: o.statement,
          alignments: [(o)-[a:ALIGNS_TO]->(s:Skill) | {skill: s.uri, source: a.source, confidence: a.confidence, evidence: a.evidence}]}] AS outcomes,
       [(c)-[root:HAS_REQUIREMENT|HAS_PREREQUISITE]->(r:Requirement) | {type: type(root), requirement: r.id}] AS roots,
       COLLECT {
         MATCH (c)-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(:Requirement)-[:OPTION*0..]->(n:Requirement)
         RETURN DISTINCT n {.*}
       } AS nodes,
       COLLECT {
         MATCH (c)-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(:Requirement)-[:OPTION*0..]->(n:Requirement)-[o:OPTION]->(child)
         RETURN DISTINCT {parent: n.id, position: o.position, minGrade: o.minGrade,
                          requirement: CASE WHEN child:Requirement THEN child.id END,
                          credential: CASE WHEN child:Credential THEN child.id END}
       } AS edges,
       [(c)-[r:RECOGNISED_AS]->(t:Credential) | {credential: t.id, credits: r.credits}] AS recognisedAs,
       [(c)-[:PRECEDES]->(t:Credential) | t.id] AS precedes,
       [(c)-[:SAME_AS]->(t:Credential) | t.id] AS sameAs
