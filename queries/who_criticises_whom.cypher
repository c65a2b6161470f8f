// Who criticises whom most
// description: pairs ranked by disapproval events (CAMEO root 11); `graph` draws one of them
// params: limit (integer)
MATCH g = (s:Actor)-[:SOURCE_OF]->(e:Event {root: '11'})-[:TARGETS]->(t:Actor)
RETURN s.code AS critic, t.code AS target, count(e) AS events, collect(g)[0] AS graph
ORDER BY events DESC, critic, target
LIMIT $limit
