// $query is a Lucene query built from the user's words (escaped); null lists all by label
CALL () {
  WITH $query AS query WHERE query IS NOT NULL
  CALL db.index.fulltext.queryNodes('skill_labels', query) YIELD node, score
  RETURN node, score
  UNION
  WITH $query AS query WHERE query IS NULL
  MATCH (node:Skill)
  RETURN node, 0.0 AS score
}
WITH node, score ORDER BY score DESC, node.label
WITH collect(node) AS matches
RETURN size(matches) AS total,
       [s IN matches[$skip..($skip + $limit)] | s {.uri, .label, .skillType, .reuseLevel, .altLabels}] AS items
