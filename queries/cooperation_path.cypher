// The cooperation path between two actors
// description: the shortest chain of cooperative events linking two actors; `path` draws it in Neo4j Browser
// params: a (code), b (code)
MATCH (x:Actor {code: $a}), (y:Actor {code: $b})
MATCH p = shortestPath((x)-[:SOURCE_OF|TARGETS|PARTICIPATES_IN*..8]-(y))
WHERE all(n IN nodes(p) WHERE NOT n:Event OR n.quad_class <= 2)
RETURN [n IN nodes(p) WHERE n:Actor | n.code] AS actors,
       [n IN nodes(p) WHERE n:Event | n.relation] AS relations, p AS path
