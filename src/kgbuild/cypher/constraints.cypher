CREATE CONSTRAINT actor_code IF NOT EXISTS FOR (a:Actor) REQUIRE a.code IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE;
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX event_relation IF NOT EXISTS FOR (e:Event) ON (e.relation);
CREATE INDEX event_triple IF NOT EXISTS FOR (e:Event) ON (e.triple);
CREATE INDEX event_year IF NOT EXISTS FOR (e:Event) ON (e.year)
