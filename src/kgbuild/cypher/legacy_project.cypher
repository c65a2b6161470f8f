// Used by the streaming sink batch by batch (Neo4jSink), and by the loader before issue 14
// (Neo4jStore.load_store(legacy=True), kept for benchmarks/bench_neo4j.py to compare with).
// $rel_type is spliced from the ontology whitelist only (kgbuild.relations.Ontology.rel_type).
// Events between two actors are found by their indexed (source, relation, target) key, not
// by walking the actors' relationships: a state with thousands of events costs no more than
// a small one. Events of three or more parties count for every pair they stand for.
UNWIND $pairs AS pair
MATCH (s:Actor {code: pair.source})
MATCH (t:Actor {code: pair.target})
CALL (pair) {
  OPTIONAL MATCH (e:Event {triple: pair.triple})
  RETURN min(e.date_text) AS f1, max(e.date_text) AS l1, count(e) AS n1,
         min(e.quad_class) AS q1
}
CALL (s, t, pair) {
  OPTIONAL MATCH (s)-[:PARTICIPATES_IN]->(g:Event)<-[:PARTICIPATES_IN]-(t)
  WHERE pair.triple IN g.triples
  RETURN min(g.date_text) AS f2, max(g.date_text) AS l2, count(DISTINCT g) AS n2,
         min(g.quad_class) AS q2
}
WITH s, t, n1 + n2 AS n, coalesce(q1, q2) AS quad_class,
     CASE WHEN f1 IS NULL THEN f2 WHEN f2 IS NULL OR f1 < f2 THEN f1 ELSE f2 END AS first,
     CASE WHEN l1 IS NULL THEN l2 WHEN l2 IS NULL OR l1 > l2 THEN l1 ELSE l2 END AS last
WHERE n > 0
MERGE (s)-[p:`$rel_type`]->(t)
SET p.first_date = first, p.last_date = last, p.events = n, p.quad_class = quad_class
