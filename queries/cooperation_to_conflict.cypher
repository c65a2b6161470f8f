// Pairs whose relations turned from cooperation to conflict
// description: pairs with a cooperative event (QuadClass 1-2) followed later by a conflictual one (3-4)
// params: (none)
MATCH (s:Actor)-[:SOURCE_OF]->(c:Event)-[:TARGETS]->(t:Actor)
WHERE c.quad_class <= 2 AND c.date_text IS NOT NULL
MATCH (x:Actor)-[:SOURCE_OF]->(k:Event)-[:TARGETS]->(y:Actor)
WHERE k.quad_class >= 3 AND k.date_text > c.date_text
  AND ((x = s AND y = t) OR (x = t AND y = s))
RETURN s.code AS a, t.code AS b, min(c.date_text) AS cooperation, max(k.date_text) AS conflict
ORDER BY conflict DESC
