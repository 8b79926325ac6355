// Writes a checked transfer table: the external courses it brings in (created once: a course the catalog already holds
// is left as it is; one a table brought in takes the table's values again), then each row's recognition with the credits and the row it came from; answers how many courses
// it created.
CALL () {
  UNWIND $courses AS course
  OPTIONAL MATCH (existing:Credential {id: course.id})
  RETURN count(existing) AS existed
}
CALL () {
  UNWIND $courses AS course
  MATCH (p:Provider {id: course.provider})
  MERGE (c:Credential {id: course.id})
  ON CREATE SET c += course.props, c:Course
  ON MATCH SET c += CASE WHEN c.transferCourse THEN course.props ELSE {} END
  MERGE (c)-[:OFFERED_BY]->(p)
}
CALL () {
  UNWIND $recognitions AS r
  MATCH (from:Credential {id: r.from}), (to:Credential {id: r.to})
  MERGE (from)-[rec:RECOGNISED_AS]->(to)
  SET rec.credits = r.credits, rec.source = r.source
}
RETURN size($courses) - existed AS created
