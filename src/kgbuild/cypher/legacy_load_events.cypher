// Today's loader before issue 14 (Neo4jStore.load_store(legacy=True)): kept only so that
// benchmarks/bench_neo4j.py can compare it with the loader that replaced it.
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
    e.date_precision = row.date_precision, e.confidence = row.confidence,
    e.modality = row.modality, e.triple = row.triple, e.triples = row.triples,
    e.parties = size(row.participants)
WITH e, row
CALL {
  WITH e, row
  UNWIND CASE WHEN row.source IS NULL THEN [] ELSE [row] END AS r
  MATCH (s:Actor {code: r.source})
  MATCH (t:Actor {code: r.target})
  MERGE (s)-[:SOURCE_OF]->(e)
  MERGE (e)-[:TARGETS]->(t)
}
CALL {
  WITH e, row
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
