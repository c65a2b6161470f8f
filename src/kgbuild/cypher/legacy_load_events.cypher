// Every event row MERGEd: what the streaming sink writes batch by batch (Neo4jSink), and
// the loader before issue 14 (Neo4jStore.load_store(legacy=True), for benchmarks only).
// An event reported again keeps its highest confidence, as the embedded store does.
// An event between two actors links them by SOURCE_OF/TARGETS; an event of three or more
// (a summit, a joint statement) links each party by PARTICIPATES_IN {role} and keeps the
// keys of the pairs it stands for in `triples` (its `triple` is null).
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.relation = row.relation, e.cameo = row.cameo, e.root = row.root,
    e.quad_class = row.quad_class, e.goldstein = row.goldstein, e.symmetric = row.symmetric,
    e.plover = row.plover,
    e.date = CASE WHEN row.date_precision = 'day' THEN date(row.date) ELSE null END,
    e.date_text = row.date, e.year = row.year, e.month = row.month,
    e.date_precision = row.date_precision,
    e.confidence = CASE WHEN e.confidence > row.confidence THEN e.confidence
                        ELSE row.confidence END,
    e.modality = row.modality, e.triple = row.triple, e.triples = row.triples,
    e.parties = size(row.participants)
WITH e, row
CALL (e, row) {
  UNWIND CASE WHEN row.source IS NULL THEN [] ELSE [row] END AS r
  MATCH (s:Actor {code: r.source})
  MATCH (t:Actor {code: r.target})
  MERGE (s)-[:SOURCE_OF]->(e)
  MERGE (e)-[:TARGETS]->(t)
}
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (a:Actor {code: p.code})
  MERGE (a)-[r:PARTICIPATES_IN]->(e)
  SET r.role = p.role, r.position = p.position
}
WITH e, row
UNWIND row.evidence AS ev
MATCH (art:Article {id: ev.article})
MERGE (e)-[r:REPORTED_IN]->(art)
SET r.sentence = ev.sentence, r.start = ev.start, r.end = ev.end
