// $rel_type is spliced from the ontology whitelist only (kgbuild.relations.Ontology.rel_type).
UNWIND $pairs AS pair
MATCH (s:Actor {code: pair.source})-[p:`$rel_type`]->(t:Actor {code: pair.target})
WHERE NOT EXISTS { MATCH (e:Event {triple: pair.triple}) }
DELETE p
