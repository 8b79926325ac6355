// The catalog years of a programme's rules (the programme itself among them when it states its own).
MATCH (v:Credential {catalogYearOf: $program})
RETURN collect(v.id) AS versions
