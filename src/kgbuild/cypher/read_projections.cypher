// Every projected relationship of the types $rel_types (spliced from the ontology whitelist
// only: kgbuild.relations.Ontology.rel_type), one string each, its fields joined by $sep:
// source, type, target, events, first_date, last_date, quad_class (empty when missing). One
// list of strings reads far faster in Python than one record per relationship.
MATCH (s:Actor)-[p:$rel_types]->(t:Actor)
RETURN collect(s.code + $sep + type(p) + $sep + t.code + $sep +
               coalesce(toString(p.events), '') + $sep + coalesce(toString(p.first_date), '')
               + $sep + coalesce(toString(p.last_date), '') + $sep +
               coalesce(toString(p.quad_class), '')) AS lines
