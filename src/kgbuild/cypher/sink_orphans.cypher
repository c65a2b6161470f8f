// Of these events ($ids: those a replaced article reported), the ones no article reports
// any more go, and the keys of the pairs they stood for come back to be reprojected.
UNWIND $ids AS id
MATCH (e:Event {id: id}) WHERE NOT EXISTS { (e)-[:REPORTED_IN]->() }
WITH e, coalesce(e.triples, []) + CASE WHEN e.triple IS NULL THEN [] ELSE [e.triple] END
     AS keys
DETACH DELETE e
WITH keys UNWIND keys AS key
RETURN collect(DISTINCT key) AS triples
