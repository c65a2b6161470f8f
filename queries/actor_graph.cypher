// An actor's relations, as a graph
// description: the projected relations (one per relation type and direction, with first/last date and event count) around an actor; Neo4j Browser draws them
// params: actor (code, e.g. RUS)
MATCH g = (a:Actor {code: $actor})-[r]-(b:Actor)
WHERE r.events IS NOT NULL
RETURN g
