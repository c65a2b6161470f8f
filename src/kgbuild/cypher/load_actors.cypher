// Actors ([code, name, kind]) new to the graph or whose name or kind changed; the others
// are only read. A missing property compares as {} (never a property value), not null.
UNWIND $rows AS row
OPTIONAL MATCH (a:Actor {code: row[0]})
WITH row, a
WHERE a IS NULL OR coalesce(a.name, {}) <> coalesce(row[1], {})
   OR coalesce(a.kind, {}) <> coalesce(row[2], {})
MERGE (b:Actor {code: row[0]})
SET b.name = row[1], b.kind = row[2]
