// Events no article reports any more (once prune_evidence has run), with the keys of the
// pairs they stood for: their projected relationships are recomputed before they go.
MATCH (e:Event) WHERE NOT EXISTS { (e)-[:REPORTED_IN]->() }
RETURN e.id AS id, e.triple AS triple, e.triples AS triples
