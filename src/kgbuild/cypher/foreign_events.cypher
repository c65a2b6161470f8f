// Events the graph holds that the store does not ($ids), e.g. pushed from another store:
// they count in the projected relationships of their pairs as the store's own do (an event
// of three or more only for pairs of its parties).
MATCH (e:Event) WHERE NOT e.id IN $ids AND EXISTS { (e)-[:REPORTED_IN]->() }
RETURN e.triple AS triple, e.triples AS triples, e.date_text AS date,
       e.quad_class AS quad_class, [(a:Actor)-[:PARTICIPATES_IN]->(e) | a.code] AS parties
