// A person who spoke for an actor in some event, with the offices they held (from the
// actor tables): from/to are Neo4j dates; `to` is null while in office.
UNWIND $rows AS row
MATCH (a:Actor {code: row.code})
MERGE (p:Person {name: row.name})
MERGE (p)-[r:REPRESENTS {role: row.role, from: date(row.start)}]->(a)
SET r.to = CASE WHEN row.end IS NULL THEN null ELSE date(row.end) END
