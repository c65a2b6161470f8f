// Relations first seen since a date
// description: projected relations whose first event falls on or after a date; `graph` draws them in Neo4j Browser
// params: since (date)
MATCH g = (s:Actor)-[r]->(t:Actor)
WHERE r.first_date IS NOT NULL AND r.first_date >= toString($since)
RETURN s.code AS source, type(r) AS relation, t.code AS target, r.first_date AS first_seen,
       r.events AS events, g AS graph
ORDER BY first_seen DESC, source
