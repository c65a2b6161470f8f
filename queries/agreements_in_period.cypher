// Agreements signed or ratified in a period
// description: sign, ratify, enter into force, alliance events with their parties; `graph` draws them in Neo4j Browser
// params: from (date), to (date)
MATCH (e:Event)
WHERE e.relation IN ['SIGN_AGREEMENT', 'RATIFY_AGREEMENT', 'AGREEMENT_IN_FORCE', 'ALLIANCE']
  AND e.date >= $from AND e.date <= $to
MATCH p = (a:Actor)-[:SOURCE_OF|PARTICIPATES_IN]->(e)
OPTIONAL MATCH q = (e)-[:TARGETS]->(t:Actor)
WITH e, t, collect(a.code) AS parties, collect(p) + collect(q) AS graph
RETURN e.date AS date, parties[0] AS source, e.relation AS relation,
       coalesce(t.code, parties[1]) AS target, parties, graph
ORDER BY date, source
