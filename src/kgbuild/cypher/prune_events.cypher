// Events no article reports any more go, with their parties' links; the keys of the pairs
// they stood for are returned so that the projected relationships they alone made go too.
MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->()
WITH e, coalesce(e.triples, []) + CASE WHEN e.triple IS NULL THEN [] ELSE [e.triple] END
     AS keys
DETACH DELETE e
WITH keys UNWIND keys AS key
RETURN collect(DISTINCT key) AS triples
