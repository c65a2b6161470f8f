// $rel_type is spliced from the ontology whitelist only (kgbuild.relations.Ontology.rel_type).
// The projected relationships of pairs no event stands for any more (source and target
// joined by $sep): neo4j_store removes them before the events that made them.
UNWIND $rows AS line
WITH split(line, $sep) AS f
MATCH (:Actor {code: f[0]})-[p:`$rel_type`]->(:Actor {code: f[1]})
DELETE p
