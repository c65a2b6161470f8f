// What the graph holds of these articles ($ids): the SHA-1 of the text each was ingested
// with (null for one pushed from a store, which keeps no text here; read from the map of
// its properties, so that a graph with no such key yet gives no warning).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, properties(a).text_sha1 AS sha1
