// Today's loader before issue 14 (Neo4jStore.load_store(legacy=True)): kept only so that
// benchmarks/bench_neo4j.py can compare it with the loader that replaced it.
// Events no article reports any more go, with their parties' links; the keys of the pairs
// they stood for are returned so that the projected relationships they alone made go too.
MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->()
WITH e, coalesce(e.triples, []) + CASE WHEN e.triple IS NULL THEN [] ELSE [e.triple] END
     AS keys
DETACH DELETE e
WITH keys UNWIND keys AS key
RETURN collect(DISTINCT key) AS triples
