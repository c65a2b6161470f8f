// The most central actors
// description: actors ranked by number of events (a summit counts once) and of distinct counterparts
// params: limit (integer)
MATCH (a:Actor)-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-(e:Event)-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-(p:Actor)
WHERE p <> a
RETURN a.code AS actor, count(DISTINCT e) AS events, count(DISTINCT p) AS counterparts, a AS node
ORDER BY counterparts DESC, events DESC, actor
LIMIT $limit
