// $rel_type is spliced from the ontology whitelist only (kgbuild.relations.Ontology.rel_type).
// Events are found by their indexed (source, relation, target) key, not by walking the
// actors' relationships: a state with thousands of events costs no more than a small one.
UNWIND $pairs AS pair
MATCH (e:Event {triple: pair.triple})
WITH pair, min(e.date_text) AS first, max(e.date_text) AS last, count(e) AS n
MATCH (s:Actor {code: pair.source})
MATCH (t:Actor {code: pair.target})
MERGE (s)-[p:`$rel_type`]->(t)
SET p.first_date = first, p.last_date = last, p.events = n
