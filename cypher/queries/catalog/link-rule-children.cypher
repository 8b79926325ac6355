// a child is a nested rule node or, for a credential leaf, the credential itself
UNWIND $edges AS edge
MATCH (parent:Requirement {id: edge.parent})
OPTIONAL MATCH (rule:Requirement {id: edge.requirement})
OPTIONAL MATCH (credential:Credential {id: edge.credential})
WITH parent, edge, coalesce(rule, credential) AS child
CREATE (parent)-[option:OPTION {position: edge.position}]->(child)
SET option.minGrade = edge.minGrade
