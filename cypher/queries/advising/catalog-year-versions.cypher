// Every credential that holds an earlier (or other) catalog year of another credential's rules: not a target of its own.
MATCH (v:Credential) WHERE v.catalogYearOf IS NOT NULL AND v.catalogYearOf <> v.id
RETURN collect(v.id) AS versions
