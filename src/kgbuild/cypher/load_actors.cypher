UNWIND $rows AS row
MERGE (a:Actor {code: row.code})
SET a.name = row.name, a.kind = row.kind
