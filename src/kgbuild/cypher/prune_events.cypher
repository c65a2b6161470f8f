// Events no article reports any more go, with their endpoints' links; their keys are
// returned so that the projected relationships they alone made go too.
MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->()
WITH e, e.triple AS triple
DETACH DELETE e
RETURN collect(DISTINCT triple) AS triples
