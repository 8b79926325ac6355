// Everything held about a learner, generically: the node's labels and properties, every relationship with its
// properties and the node at its other end (named; with all properties when it is not a catalog or reference node).
MATCH (l:Learner {id: $id})
CALL (l) {
  OPTIONAL MATCH (l)-[r]-(n)
  WITH l, r, n ORDER BY type(r), coalesce(n.id, n.uri)
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    type: type(r),
    direction: CASE WHEN startNode(r) = l THEN 'OUTGOING' ELSE 'INCOMING' END,
    properties: properties(r),
    node: {
      labels: labels(n),
      id: coalesce(n.id, n.uri),
      name: coalesce(n.title, n.label, n.name, n.statement),
      properties: CASE WHEN n:Credential OR n:Skill OR n:SkillGroup OR n:Occupation OR n:Provider OR n:LearningOutcome
                            OR n:Requirement OR n:Learner THEN null ELSE properties(n) END
    }
  } END) AS relationships
}
RETURN labels(l) AS labels, properties(l) AS properties, relationships
