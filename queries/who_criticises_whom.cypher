// Who criticises whom most
// description: pairs ranked by disapproval events (CAMEO root 11)
// params: limit (integer)
MATCH (s:Actor)-[:SOURCE_OF]->(e:Event {root: '11'})-[:TARGETS]->(t:Actor)
RETURN s.code AS critic, t.code AS target, count(e) AS events
ORDER BY events DESC, critic, target
LIMIT $limit
