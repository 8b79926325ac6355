// Only new or changed occupations are sent; += keeps what other sources set
UNWIND $rows AS row
MERGE (n:Occupation {uri: row.uri})
SET n += row.props
