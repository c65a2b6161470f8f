MATCH (s:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGETS]->(t:Actor)
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(a:Article)
RETURN s.code AS source, t.code AS target, e.id AS id, e.relation AS relation,
       e.cameo AS cameo, e.symmetric AS symmetric, e.date_text AS date,
       e.date_precision AS date_precision, e.confidence AS confidence,
       collect({article: a.id, sentence: r.sentence, start: r.start, end: r.end, url: a.url}) AS evidence
ORDER BY date, id
