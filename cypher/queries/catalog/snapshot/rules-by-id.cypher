// every rule node of the credentials $ids (an incremental update) with its ordered children, found from their roots
UNWIND $ids AS wanted
MATCH (:Credential {id: wanted})-[:HAS_REQUIREMENT|HAS_PREREQUISITE]->(:Requirement)-[:OPTION*0..]->(r:Requirement)
WITH DISTINCT r
OPTIONAL MATCH (r)-[o:OPTION]->(child)
WITH r, o, child ORDER BY o.position
RETURN r {.*} AS node,
       collect(CASE WHEN child IS NULL THEN null ELSE {
         requirement: CASE WHEN child:Requirement THEN child.id END,
         credential: CASE WHEN child:Credential THEN child.id END,
         position: o.position, minGrade: o.minGrade} END) AS children
