UNWIND $ids AS id
MATCH (n:Skill {uri: id})
RETURN n.uri AS id
