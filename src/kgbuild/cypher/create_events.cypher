// Events the graph does not hold yet (neo4j_store checked their ids first): CREATE, with
// no MERGE to look for what cannot be there. An event between two actors links them by
// SOURCE_OF/TARGETS; an event of three or more (a summit, a joint statement) links each
// party by PARTICIPATES_IN {role, position} and keeps the keys of the pairs it stands for
// in `triples` (its `triple` is null). Preceded by event_rows.cypher.
CREATE (e:Event)
SET e = props
WITH e, row, source, target
CALL (e, source, target) {
  MATCH (s:Actor {code: source})
  MATCH (t:Actor {code: target})
  CREATE (s)-[:SOURCE_OF]->(e), (e)-[:TARGETS]->(t)
}
CALL (e, row) {
  UNWIND range(0, size(row[2]) - 1) AS i
  WITH i, split(row[2][i], $sep) AS p
  MATCH (a:Actor {code: p[0]})
  CREATE (a)-[:PARTICIPATES_IN {role: p[1], position: i}]->(e)
}
CALL (e, row) {
  UNWIND row[1] AS line
  WITH split(line, $sep) AS x
  MATCH (a:Article {id: x[0]})
  CREATE (e)-[:REPORTED_IN {sentence: x[3], start: toInteger(x[1]), end: toInteger(x[2])}]->(a)
}
