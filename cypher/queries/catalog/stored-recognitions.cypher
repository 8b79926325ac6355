// the stored credentials recognised as each of the given credentials
UNWIND $ids AS id
MATCH (x:Credential)-[r:RECOGNISED_AS]->(:Credential {id: id})
RETURN id, x.id AS from, r.credits AS credits
