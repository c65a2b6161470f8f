// The most central actors
// description: actors ranked by number of events and of distinct counterparts
// params: limit (integer)
MATCH (a:Actor)-[:SOURCE_OF|TARGETS]-(e:Event)-[:SOURCE_OF|TARGETS]-(p:Actor)
WHERE p <> a
RETURN a.code AS actor, count(DISTINCT e) AS events, count(DISTINCT p) AS counterparts
ORDER BY counterparts DESC, events DESC, actor
LIMIT $limit
