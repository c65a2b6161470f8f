// A country's partners by relation type in a period
// description: every actor an actor had events with, by relation, between two dates
// params: actor (code, e.g. RUS), from (date), to (date)
MATCH (a:Actor {code: $actor})-[:SOURCE_OF|TARGETS]-(e:Event)-[:SOURCE_OF|TARGETS]-(p:Actor)
WHERE p <> a AND e.date >= $from AND e.date <= $to
RETURN p.code AS partner, e.relation AS relation, count(e) AS events
ORDER BY events DESC, partner, relation
