// every rule node with its ordered children; roots are found by snapshot-rule-roots
// $ids: only the rules these credentials own (an incremental update), or null for all
MATCH (r:Requirement) WHERE $ids IS NULL OR r.owner IN $ids
OPTIONAL MATCH (r)-[o:OPTION]->(child)
WITH r, o, child ORDER BY o.position
RETURN r {.*} AS node,
       collect(CASE WHEN child IS NULL THEN null ELSE {
         requirement: CASE WHEN child:Requirement THEN child.id END,
         credential: CASE WHEN child:Credential THEN child.id END,
         position: o.position, minGrade: o.minGrade} END) AS children
