// the positions in $skills of URIs no stored skill has
UNWIND range(0, size($skills) - 1) AS i
WITH i WHERE NOT EXISTS { MATCH (:Skill {uri: $skills[i]}) }
RETURN collect(i) AS missing
