// Today's loader before issue 14 (Neo4jStore.load_store(legacy=True)): kept only so that
// benchmarks/bench_neo4j.py can compare it with the loader that replaced it.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.published = row.published, a.lang = row.lang
