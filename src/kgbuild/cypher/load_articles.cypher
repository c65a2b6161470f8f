// Articles ([id, title, url, published, lang]) new to the graph or changed; the others are
// only read. A missing property compares as {} (never a property value), not null.
UNWIND $rows AS row
OPTIONAL MATCH (a:Article {id: row[0]})
WITH row, a
WHERE a IS NULL OR coalesce(a.title, {}) <> coalesce(row[1], {})
   OR coalesce(a.url, {}) <> coalesce(row[2], {})
   OR coalesce(a.published, {}) <> coalesce(row[3], {})
   OR coalesce(a.lang, {}) <> coalesce(row[4], {})
MERGE (b:Article {id: row[0]})
SET b.title = row[1], b.url = row[2], b.published = row[3], b.lang = row[4]
