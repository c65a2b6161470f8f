// An article re-ingested with another text no longer reports the events it dropped.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})<-[r:REPORTED_IN]-(e:Event)
WHERE NOT e.id IN row.events
DELETE r
