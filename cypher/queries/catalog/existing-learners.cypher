UNWIND $ids AS id
MATCH (n:Learner {id: id})
RETURN n.id AS id
