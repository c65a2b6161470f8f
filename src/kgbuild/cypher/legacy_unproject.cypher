// Used by the streaming sink batch by batch (Neo4jSink), and by the loader before issue 14
// (Neo4jStore.load_store(legacy=True), kept for benchmarks/bench_neo4j.py to compare with).
// $rel_type is spliced from the ontology whitelist only (kgbuild.relations.Ontology.rel_type).
UNWIND $pairs AS pair
MATCH (s:Actor {code: pair.source})-[p:`$rel_type`]->(t:Actor {code: pair.target})
WHERE NOT EXISTS { MATCH (e:Event {triple: pair.triple}) }
  AND NOT EXISTS { MATCH (s)-[:PARTICIPATES_IN]->(g:Event)<-[:PARTICIPATES_IN]-(t)
                   WHERE pair.triple IN g.triples }
DELETE p
