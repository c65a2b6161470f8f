// Relations first seen in the last N days
// description: projected relations whose first event falls within days before a reference date
// params: since (date)
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.first_date IS NOT NULL AND r.first_date >= toString($since)
RETURN s.code AS source, type(r) AS relation, t.code AS target, r.first_date AS first_seen,
       r.events AS events
ORDER BY first_seen DESC, source
