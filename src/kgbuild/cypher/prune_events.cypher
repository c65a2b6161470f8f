// The events orphan_events found, with their parties' links (if still unreported).
UNWIND $ids AS id
MATCH (e:Event {id: id}) WHERE NOT EXISTS { (e)-[:REPORTED_IN]->() }
DETACH DELETE e
