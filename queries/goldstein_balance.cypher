// Cooperation vs conflict per pair per month
// description: Goldstein sum and event count per pair and month (a summit counts once per counterpart)
// params: actor (code)
MATCH (a:Actor {code: $actor})-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-(e:Event)-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-(p:Actor)
WHERE p <> a AND e.year IS NOT NULL
OPTIONAL MATCH (s:Actor)-[:SOURCE_OF]->(e)
WITH e, coalesce(s.code, a.code) AS source,
     CASE WHEN s IS NULL OR s = a THEN p.code ELSE a.code END AS target
RETURN source, target, e.year AS year, e.month AS month,
       sum(e.goldstein) AS goldstein, count(e) AS events
ORDER BY year, month, source, target
