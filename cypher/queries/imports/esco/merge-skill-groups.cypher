// Only new or changed skill groups are sent
UNWIND $rows AS row
MERGE (n:SkillGroup {uri: row.uri})
SET n += row.props
