// type is HAS_REQUIREMENT (stacking rules) or HAS_PREREQUISITE (entry rules), set by the writer
UNWIND $roots AS root
MATCH (c:Credential {id: root.credential}), (r:Requirement {id: root.requirement})
CREATE (c)-[:$(root.type)]->(r)
