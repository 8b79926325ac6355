// the credit value each credential's source states, beside its ECTS, to show audits and plans in the source's unit
UNWIND $ids AS id
MATCH (c:Credential {id: id})
RETURN c.id AS id, c.ects AS ects, c.creditHours AS creditHours, c.sourceCredits AS sourceCredits, c.sourceCreditUnit AS unit
