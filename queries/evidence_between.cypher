// The evidence behind relations between two actors
// description: sentences and URLs of every event between a and b, in either direction
// params: a (code), b (code)
MATCH (x:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGETS]->(y:Actor)
WHERE (x.code = $a AND y.code = $b) OR (x.code = $b AND y.code = $a)
MATCH (e)-[r:REPORTED_IN]->(art:Article)
RETURN e.date_text AS date, x.code AS source, e.relation AS relation, y.code AS target,
       art.id AS article, art.url AS url, r.sentence AS sentence
ORDER BY date, article
