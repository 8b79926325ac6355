// every node of a credential's prerequisite and stacking trees with its ordered children
MATCH (:Credential {id: $id})-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(root:Requirement)
MATCH (root)-[:OPTION*0..]->(n:Requirement)
WITH DISTINCT n
OPTIONAL MATCH (n)-[o:OPTION]->(child)
WITH n, o, child ORDER BY o.position
RETURN n {.*} AS node,
       collect(CASE WHEN child IS NULL THEN null ELSE {
         requirement: CASE WHEN child:Requirement THEN child.id END,
         credential: CASE WHEN child:Credential THEN child {.id, .title, .kind, .ects, .code} END,
         minGrade: o.minGrade} END) AS children
