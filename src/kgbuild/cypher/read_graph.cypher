MATCH (e:Event)
OPTIONAL MATCH (s:Actor)-[:SOURCE_OF]->(e)
OPTIONAL MATCH (e)-[:TARGETS]->(t:Actor)
CALL (e) {
  OPTIONAL MATCH (a:Actor)-[r:PARTICIPATES_IN]->(e)
  WITH a, r ORDER BY r.position
  RETURN [x IN collect(CASE WHEN a IS NULL THEN null ELSE {code: a.code, role: r.role} END)
          WHERE x IS NOT NULL] AS participants
}
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(a:Article)
RETURN s.code AS source, t.code AS target, e.id AS id, e.relation AS relation,
       e.cameo AS cameo, e.symmetric AS symmetric, e.date_text AS date,
       e.date_precision AS date_precision, e.confidence AS confidence,
       e.modality AS modality, e.plover AS plover, e.quad_class AS quad_class,
       e.goldstein AS goldstein, participants,
       collect({article: a.id, sentence: r.sentence, start: r.start, end: r.end, url: a.url,
                title: a.title, published: a.published}) AS evidence
ORDER BY date, id
