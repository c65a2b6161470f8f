// $rel_type is spliced from the ontology whitelist only (kgbuild.relations.Ontology.rel_type)
UNWIND $pairs AS pair
MATCH (s:Actor {code: pair.source})-[:SOURCE_OF]->(e:Event {relation: pair.relation})-[:TARGETS]->(t:Actor {code: pair.target})
WITH s, t, min(e.date_text) AS first, max(e.date_text) AS last, count(e) AS n
MERGE (s)-[p:`$rel_type`]->(t)
SET p.first_date = first, p.last_date = last, p.events = n
