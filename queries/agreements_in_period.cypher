// Agreements signed or ratified in a period
// description: sign, ratify, enter into force, alliance events with their sources
// params: from (date), to (date)
MATCH (s:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGETS]->(t:Actor)
WHERE e.relation IN ['SIGN_AGREEMENT', 'RATIFY_AGREEMENT', 'AGREEMENT_IN_FORCE', 'ALLIANCE']
  AND e.date >= $from AND e.date <= $to
RETURN e.date AS date, s.code AS source, e.relation AS relation, t.code AS target
ORDER BY date, source
