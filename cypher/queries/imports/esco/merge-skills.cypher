// Only new or changed skills are sent; += keeps what other sources set, a null removes what ESCO dropped
UNWIND $rows AS row
MERGE (n:Skill {uri: row.uri})
SET n += row.props
