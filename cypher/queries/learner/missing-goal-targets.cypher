// the positions in $goals whose occupation URI or credential id names nothing in the graph
UNWIND range(0, size($goals) - 1) AS i
WITH i, $goals[i] AS goal
OPTIONAL MATCH (o:Occupation {uri: goal.occupation})
OPTIONAL MATCH (c:Credential {id: goal.credential})
WITH i, o, c WHERE o IS NULL AND c IS NULL
RETURN collect(i) AS missing
