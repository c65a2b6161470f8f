// The start of create_events and load_events: one list per event (neo4j_store._event_rows),
// [fields, evidence, parties, triples, confidence]. `fields` is the event's text columns
// joined by $sep (a character no text of the store holds): id, source, target, relation,
// cameo, symmetric (1/0), date, date precision, modality, an empty field for a missing
// value; `evidence` one string per article (article, start, end, sentence); `parties` one
// per party of an event of three or more (code, role), in order; `triples` the keys of the
// pairs such an event stands for (null for an event between two). A string per row is what
// makes the load fast: the Python driver packs parameters value by value (~1 us each), so
// one string split here costs a tenth of a map of twenty values. $relations holds the
// ontology's codes of each relation (plover, quad_class, goldstein).
UNWIND $rows AS row
WITH row, split(row[0], $sep) AS f
WITH row, f, $relations[f[3]] AS rel, nullIf(f[6], '') AS day
WITH row, nullIf(f[1], '') AS source, nullIf(f[2], '') AS target, {
  id: f[0], relation: f[3], cameo: f[4], root: substring(f[4], 0, 2),
  quad_class: rel.quad_class, goldstein: rel.goldstein, symmetric: f[5] = '1',
  plover: rel.plover, date: CASE WHEN f[7] = 'day' THEN date(day) END, date_text: day,
  year: toInteger(substring(day, 0, 4)),
  month: CASE WHEN size(day) >= 7 THEN toInteger(substring(day, 5, 2)) END,
  date_precision: nullIf(f[7], ''), confidence: row[4], modality: f[8],
  triple: CASE WHEN size(row[2]) = 0 THEN f[1] + '|' + f[3] + '|' + f[2] END,
  triples: row[3], parties: size(row[2])
} AS props
