// Articles written by an ingest straight into Neo4j (Neo4jSink), with the SHA-1 of their
// text: a second ingest of the same text is told apart from a changed one by it.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.published = row.published, a.lang = row.lang,
    a.text_sha1 = row.text_sha1
