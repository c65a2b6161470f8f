// Articles ([id, how many events the store says it reports]) with another number of
// REPORTED_IN links. Once the push has linked every article to the events it reports, one
// with more links holds some the store no longer has (prune_evidence removes them). COUNT
// of one pattern like this reads the node's degree: no event is read.
UNWIND $rows AS row
MATCH (a:Article {id: row[0]})
WHERE COUNT { (a)<-[:REPORTED_IN]-() } <> row[1]
RETURN collect(a.id) AS ids
