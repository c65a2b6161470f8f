// Pairs whose relations turned from cooperation to conflict
// description: pairs with a cooperative event (QuadClass 1-2) followed later by a conflictual one (3-4); `graph` draws the two projected relations
// params: (none)
MATCH (s:Actor)-[c]->(t:Actor)
WHERE c.first_date IS NOT NULL AND c.quad_class <= 2
MATCH (s)-[k]-(t)
WHERE k.last_date IS NOT NULL AND k.quad_class >= 3 AND k.last_date > c.first_date
RETURN s.code AS a, t.code AS b, min(c.first_date) AS cooperation, max(k.last_date) AS conflict,
       collect(DISTINCT c) + collect(DISTINCT k) AS graph
ORDER BY conflict DESC
