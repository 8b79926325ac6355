UNWIND $nodes AS node
CREATE (r:Requirement)
SET r = node
