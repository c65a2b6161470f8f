// A country's partners by relation type in a period
// description: every actor an actor had events with (summits included), by relation, between two dates; `graph` draws the events
// params: actor (code, e.g. RUS), from (date), to (date)
MATCH g = (a:Actor {code: $actor})-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-(e:Event)-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-(p:Actor)
WHERE p <> a AND e.date >= $from AND e.date <= $to
RETURN p.code AS partner, e.relation AS relation, count(DISTINCT e) AS events,
       collect(g) AS graph
ORDER BY events DESC, partner, relation
