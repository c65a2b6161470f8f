// $rel_type is spliced from the ontology whitelist only (kgbuild.relations.Ontology.rel_type).
// Projected relationships the graph holds with other values than the store gives them
// (rows as in project.cypher). Two of one type between the same actors get the same values.
UNWIND $rows AS line
WITH split(line, $sep) AS f
MATCH (:Actor {code: f[0]})-[p:`$rel_type`]->(:Actor {code: f[1]})
SET p.events = toInteger(f[2]), p.first_date = nullIf(f[3], ''),
    p.last_date = nullIf(f[4], ''), p.quad_class = toInteger(f[5])
