// $rel_type is spliced from the ontology whitelist only (kgbuild.relations.Ontology.rel_type).
// The projected relationships the graph lacks (neo4j_store read them all first): one per
// (source, relation, target) some event stands for, with values neo4j_store computed from
// the store (and any other events the graph holds), one string per relationship: source,
// target, events, first_date, last_date, quad_class joined by $sep (empty: missing).
UNWIND $rows AS line
WITH split(line, $sep) AS f
MATCH (s:Actor {code: f[0]})
MATCH (t:Actor {code: f[1]})
CREATE (s)-[:`$rel_type` {events: toInteger(f[2]), first_date: nullIf(f[3], ''),
                          last_date: nullIf(f[4], ''), quad_class: toInteger(f[5])}]->(t)
