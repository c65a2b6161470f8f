UNWIND $rows AS row
MATCH (s:Actor {code: row.source})
MATCH (t:Actor {code: row.target})
MERGE (e:Event {id: row.id})
SET e.relation = row.relation, e.cameo = row.cameo, e.root = row.root,
    e.quad_class = row.quad_class, e.goldstein = row.goldstein, e.symmetric = row.symmetric,
    e.date = CASE WHEN row.date_precision = 'day' THEN date(row.date) ELSE null END,
    e.date_text = row.date, e.year = row.year, e.month = row.month,
    e.date_precision = row.date_precision, e.confidence = row.confidence,
    e.modality = row.modality, e.triple = row.triple
MERGE (s)-[:SOURCE_OF]->(e)
MERGE (e)-[:TARGETS]->(t)
WITH e, row
UNWIND row.evidence AS ev
MATCH (art:Article {id: ev.article})
MERGE (e)-[r:REPORTED_IN]->(art)
SET r.sentence = ev.sentence, r.start = ev.start, r.end = ev.end
