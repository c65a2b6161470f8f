// Used by the streaming sink batch by batch (Neo4jSink), and by the loader before issue 14
// (Neo4jStore.load_store(legacy=True), kept for benchmarks/bench_neo4j.py to compare with).
UNWIND $rows AS row
MERGE (a:Actor {code: row.code})
SET a.name = row.name, a.kind = row.kind
