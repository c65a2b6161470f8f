// The events these articles ($ids) report now: a replaced article's, before its new
// reports are written (those it no longer gives may have no article left).
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:REPORTED_IN]-(e:Event)
RETURN collect(DISTINCT e.id) AS ids
