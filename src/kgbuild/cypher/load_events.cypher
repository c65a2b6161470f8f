// Events the graph already holds: written (SET, MERGE of their links) only when something
// differs from the store (a property, a party, a report of an article), so that a second
// push of the same store reads and writes nothing. The node's properties are read once
// (`have`); one it lacks compares as {} (never a property value) rather than null, which
// would compare as unknown. Preceded by event_rows.cypher.
MATCH (e:Event {id: props.id})
WITH e, row, source, target, props, properties(e) AS have
WHERE any(k IN keys(props) WHERE coalesce(have[k], {}) <> coalesce(props[k], {}))
   OR (source IS NOT NULL AND NOT EXISTS {
         (:Actor {code: source})-[:SOURCE_OF]->(e)-[:TARGETS]->(:Actor {code: target}) })
   OR any(i IN range(0, size(row[2]) - 1) WHERE NOT EXISTS {
         MATCH (a:Actor)-[r:PARTICIPATES_IN]->(e)
         WHERE [a.code, r.role, r.position] = split(row[2][i], $sep) + [i] })
   OR any(line IN row[1] WHERE NOT EXISTS {
         MATCH (e)-[r:REPORTED_IN]->(a:Article)
         WHERE [a.id, toString(r.start), toString(r.end), r.sentence] = split(line, $sep) })
SET e += props
WITH e, row, source, target
CALL (e, source, target) {
  MATCH (s:Actor {code: source})
  MATCH (t:Actor {code: target})
  MERGE (s)-[:SOURCE_OF]->(e)
  MERGE (e)-[:TARGETS]->(t)
}
CALL (e, row) {
  UNWIND range(0, size(row[2]) - 1) AS i
  WITH i, split(row[2][i], $sep) AS p
  MATCH (a:Actor {code: p[0]})
  MERGE (a)-[r:PARTICIPATES_IN]->(e)
  SET r.role = p[1], r.position = i
}
CALL (e, row) {
  UNWIND row[1] AS line
  WITH split(line, $sep) AS x
  MATCH (a:Article {id: x[0]})
  MERGE (e)-[r:REPORTED_IN]->(a)
  SET r.sentence = x[3], r.start = toInteger(x[1]), r.end = toInteger(x[2])
}
