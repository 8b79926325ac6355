// the ECTS and the prerequisite and stacking rule trees of the given stored credentials, as flat nodes and edges
UNWIND $ids AS id
MATCH (c:Credential {id: id})
RETURN c.id AS id, c.ects AS ects,
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
       } AS edges
