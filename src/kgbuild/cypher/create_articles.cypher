// Articles ([id, title, url, published, lang]) the graph does not hold yet (neo4j_store
// checked their ids first): CREATE, with no MERGE to look for what cannot be there.
UNWIND $rows AS row
CREATE (:Article {id: row[0], title: row[1], url: row[2], published: row[3], lang: row[4]})
