// The evidence behind relations between two actors
// description: sentences and URLs of every event between a and b (summits included); `path` draws the event in Neo4j Browser
// params: a (code), b (code)
MATCH p = (x:Actor)-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-(e:Event)-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-(y:Actor)
WHERE x.code = $a AND y.code = $b
MATCH (e)-[r:REPORTED_IN]->(art:Article)
OPTIONAL MATCH (s:Actor)-[:SOURCE_OF]->(e)
RETURN e.date_text AS date, coalesce(s.code, x.code) AS source, e.relation AS relation,
       CASE WHEN s IS NULL THEN y.code WHEN s = x THEN y.code ELSE x.code END AS target,
       art.id AS article, art.url AS url, r.sentence AS sentence, p AS path
ORDER BY date, article
