// Cooperation vs conflict per pair per month
// description: Goldstein sum and event count per ordered pair and month
// params: actor (code)
MATCH (s:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGETS]->(t:Actor)
WHERE (s.code = $actor OR t.code = $actor) AND e.year IS NOT NULL
RETURN s.code AS source, t.code AS target, e.year AS year, e.month AS month,
       sum(e.goldstein) AS goldstein, count(e) AS events
ORDER BY year, month, source, target
