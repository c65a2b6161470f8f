// Today's loader before issue 14 (Neo4jStore.load_store(legacy=True)): kept only so that
// benchmarks/bench_neo4j.py can compare it with the loader that replaced it.
UNWIND $rows AS row
MERGE (a:Actor {code: row.code})
SET a.name = row.name, a.kind = row.kind
