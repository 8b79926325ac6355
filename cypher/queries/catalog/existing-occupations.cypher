UNWIND $ids AS id
MATCH (n:Occupation {uri: id})
RETURN n.uri AS id
