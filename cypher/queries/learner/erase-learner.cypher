// Erases a learner: the node and every relationship it has (holdings, prior learning, goals, grants and anything
// added later), and the nodes that only held data about them: neighbours that are not catalog or reference nodes
// and that no other learner is linked to (an account no one else grants anything, an evidence node).
MATCH (l:Learner {id: $id})
OPTIONAL MATCH (l)--(n)
  WHERE NOT (n:Credential OR n:Skill OR n:SkillGroup OR n:Occupation OR n:Provider OR n:LearningOutcome OR n:Requirement OR n:Learner)
    AND NOT EXISTS { (n)--(other:Learner) WHERE other <> l }
WITH l, collect(DISTINCT n) AS owned
WITH l, owned, COUNT { (l)--() } AS relationships
CALL (owned) {
  UNWIND owned AS n
  DETACH DELETE n
}
DETACH DELETE l
RETURN size(owned) AS nodes, relationships
