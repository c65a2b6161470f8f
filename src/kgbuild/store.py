"""The embedded store: one SQLite file with articles, actors, events and their evidence."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from pathlib import Path
from typing import Any, Protocol

from .articles import Article
from .errors import StoreError
from .events import ActorRef, Event, event_from_json
from .filters import EventFilter
from .relations import Ontology, load_ontology

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, title TEXT, url TEXT, published TEXT, lang TEXT, source TEXT,
  path TEXT, text TEXT NOT NULL, events INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS actors (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, source TEXT REFERENCES actors(code),
  relation TEXT NOT NULL, target TEXT REFERENCES actors(code), cameo TEXT NOT NULL,
  symmetric INTEGER NOT NULL, date TEXT, date_precision TEXT, confidence REAL NOT NULL,
  modality TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  event_id TEXT NOT NULL REFERENCES events(id), actor TEXT NOT NULL REFERENCES actors(code),
  role TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (event_id, actor)
);
CREATE TABLE IF NOT EXISTS relations (
  name TEXT PRIMARY KEY, cameo TEXT NOT NULL, plover TEXT NOT NULL,
  quad_class INTEGER NOT NULL, goldstein REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS evidence (
  event_id TEXT NOT NULL REFERENCES events(id), article_id TEXT NOT NULL REFERENCES articles(id),
  sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  confidence REAL NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (event_id, article_id)
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_relation ON events(relation);
CREATE INDEX IF NOT EXISTS evidence_article ON evidence(article_id);
CREATE INDEX IF NOT EXISTS participants_actor ON participants(actor);
"""
SCHEMA_VERSION = 2  # 2: events of three or more parties (participants), relations, views

# One row per event for SQL tools (sqlite-utils, Datasette, pandas.read_sql): an event of
# three or more parties has no source or target, and its parties in `participants`
# ("code:role; ..."); `events_pairs` has one row per pair every event stands for.
VIEWS = """
DROP VIEW IF EXISTS events_view;
CREATE VIEW events_view AS
SELECT e.id, e.source, e.relation, e.target, e.cameo, substr(e.cameo, 1, 2) AS root,
       r.plover, r.quad_class, r.goldstein, e.symmetric, e.date, e.date_precision,
       e.confidence, e.modality,
       (SELECT group_concat(p.actor || ':' || p.role, '; ') FROM
          (SELECT actor, role FROM participants WHERE event_id = e.id ORDER BY position) p)
         AS participants,
       (SELECT count(*) FROM evidence v WHERE v.event_id = e.id) AS articles,
       (SELECT v.sentence FROM evidence v WHERE v.event_id = e.id
          ORDER BY v.article_id LIMIT 1) AS sentence,
       (SELECT a.url FROM evidence v JOIN articles a ON a.id = v.article_id
          WHERE v.event_id = e.id ORDER BY v.article_id LIMIT 1) AS url
FROM events e LEFT JOIN relations r ON r.name = e.relation;
"""


def state(known: Mapping[str, str | None], article_id: str, text: str) -> str:
    """'new', 'same' or 'changed', from what a sink holds (`known`: id -> its text, or a
    digest of it) and the text read now."""
    if article_id not in known:
        return "new"
    return "same" if known[article_id] == text else "changed"


class GraphSink(Protocol):
    """Where a run writes, batch by batch: the SQLite store, Parquet event shards
    (kgbuild.shards.ShardWriter), Neo4j (kgbuild.neo4j_store.Neo4jSink). The local and the
    Dask runners write through it."""

    def article_states(self, articles: list[Article]) -> list[str]:
        """For each article of a batch, in order: 'new', 'same' (stored with this text:
        skipped) or 'changed' (replaced). One look-up per batch."""
        ...

    def record_relations(self, ontology: Ontology) -> None:
        """Keep the codes of the relations the run uses, if the sink keeps tables."""
        ...

    def add(self, items: Iterable[tuple[Article, list[Event]]]) -> list[str]:
        """Write a batch of articles with their events; the ids written."""
        ...


class GraphSource(Protocol):
    """What commands read: the SQLite store, and Neo4j (`read_graph`) the same rows."""

    def actors(self) -> list[ActorRef]: ...

    def event_rows(self, flt: EventFilter | None = None,
                   evidence: bool = True) -> Iterator[dict[str, Any]]: ...


class Store:
    """A kgbuild graph in SQLite. Re-storing an article already there changes nothing."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(str(self.path))
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            # 16 MiB of page cache, and WAL checkpoints every ~40 MiB rather than 4: a batch's
            # random-key index pages are written once per batch, not once per checkpoint
            self.conn.execute("PRAGMA cache_size=-16384")
            self.conn.execute("PRAGMA wal_autocheckpoint=10000")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            self.conn.executescript(SCHEMA)
            self.conn.executescript(VIEWS)
            self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            if self.conn.execute("SELECT count(*) FROM relations").fetchone()[0] == 0:
                self.record_relations(load_ontology())
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); "
                             "check the path given with --db or KGBUILD_DB") from exc

    def _migrate(self) -> None:
        """A store from before events of three or more parties: its events table required
        a source and a target; rebuilt in place (rows kept) so that they may be empty."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        cols = self.conn.execute("PRAGMA table_info(events)").fetchall()
        if version >= SCHEMA_VERSION or not cols or not cols[1][3]:
            return
        self.conn.execute("PRAGMA foreign_keys=OFF")
        with self.conn:
            self.conn.execute("ALTER TABLE events RENAME TO events_v1")
            self.conn.executescript(SCHEMA.split("CREATE TABLE IF NOT EXISTS evidence")[0])
            self.conn.execute("INSERT INTO events SELECT * FROM events_v1")
            self.conn.execute("DROP TABLE events_v1")
        self.conn.execute("PRAGMA foreign_keys=ON")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def article_states(self, articles: list[Article]) -> list[str]:
        """'new', 'same' (stored with this text) or 'changed' (stored with another text),
        for each article of a batch, in one query per 500."""
        known = self._known_texts([art.id for art in articles])
        return [state(known, art.id, art.text) for art in articles]

    def add(self, items: Iterable[tuple[Article, list[Event]]]) -> list[str]:
        """Store articles with their events in one transaction; return the ids stored.

        An article stored with the same text is left as it is (the caller reports it as
        unchanged); one stored with another text is replaced: its evidence goes, and the
        events no article reports any more go with it.
        """
        items = list(items)
        stored: list[str] = []
        try:
            with self.conn:  # one transaction: all these articles, or none
                known = self._known_texts([art.id for art, _ in items])
                fresh = []
                for art, events in items:
                    if art.id in known:
                        if known[art.id] == art.text:
                            continue
                        self._remove_article(art.id)
                    known[art.id] = art.text
                    fresh.append((art, events))
                    stored.append(art.id)
                self._insert(fresh)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: write failed ({exc}); nothing of this batch "
                             "was stored, re-run to complete") from exc
        return stored

    def _known_texts(self, ids: list[str]) -> dict[str, str]:
        known: dict[str, str] = {}
        for i in range(0, len(ids), 500):  # within SQLite's bound-parameter limit
            chunk = ids[i:i + 500]
            known.update((r[0], r[1]) for r in self.conn.execute(
                f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                chunk))
        return known

    def _remove_article(self, article_id: str) -> None:
        """An article, its evidence, and the events only it reported (inside a transaction)."""
        c = self.conn
        events = [r[0] for r in c.execute("SELECT event_id FROM evidence WHERE article_id = ?",
                                          (article_id,))]
        c.execute("DELETE FROM evidence WHERE article_id = ?", (article_id,))
        orphans = [(e, e) for e in events]
        c.executemany("DELETE FROM participants WHERE event_id = ? AND NOT EXISTS"
                      " (SELECT 1 FROM evidence WHERE event_id = ?)", orphans)
        c.executemany("DELETE FROM events WHERE id = ? AND NOT EXISTS"
                      " (SELECT 1 FROM evidence WHERE event_id = ?)", orphans)
        c.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _insert(self, items: list[tuple[Article, list[Event]]]) -> None:
        """Insert a batch with one statement per table (executemany over every row)."""
        c = self.conn
        c.executemany("INSERT INTO articles (id, title, url, published, lang, source, path,"
                      " text, events) VALUES (?,?,?,?,?,?,?,?,?)",
                      [(art.id, art.title, art.url, art.published, art.lang, art.source,
                        art.path, art.text, len(events)) for art, events in items])
        actors = {a.code: a for _, events in items for e in events for a in e.actors}
        c.executemany("INSERT OR IGNORE INTO actors (code, name, kind) VALUES (?,?,?)",
                      [(a.code, a.name, a.kind) for a in actors.values()])
        keyed = [(art, e, e.event_id) for art, events in items for e in events]
        c.executemany(
            "INSERT INTO events (id, source, relation, target, cameo, symmetric, date,"
            " date_precision, confidence, modality) VALUES (?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET confidence = max(confidence, excluded.confidence)",
            [(eid, *endpoints(e), e.cameo, int(e.symmetric), e.date,
              e.date_precision, e.confidence, e.modality) for _, e, eid in keyed])
        c.executemany(
            "INSERT OR IGNORE INTO participants (event_id, actor, role, position)"
            " VALUES (?,?,?,?)",
            [(eid, p.actor.code, p.role, i) for _, e, eid in keyed
             for i, p in enumerate(e.participants)])
        c.executemany(
            "INSERT OR IGNORE INTO evidence (event_id, article_id, sentence, start, \"end\","
            " confidence, data) VALUES (?,?,?,?,?,?,?)",
            [(eid, art.id, e.evidence.sentence, e.evidence.start, e.evidence.end,
              e.confidence, json.dumps(e.to_json(), ensure_ascii=False))
             for art, e, eid in keyed])

    # -- reading ----------------------------------------------------------------------
    def articles(self) -> Iterator[dict[str, Any]]:
        cur = self.conn.execute("SELECT id, title, url, published, lang, source FROM articles"
                                " ORDER BY id")
        cols = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(cols, row, strict=True))

    def actors(self) -> list[ActorRef]:
        return [ActorRef(*row) for row in
                self.conn.execute("SELECT code, name, kind FROM actors ORDER BY code")]

    def record_relations(self, ontology: Ontology) -> None:
        """Keep the codes of the relations (PLOVER, QuadClass, Goldstein) beside the events,
        for SQL tools reading `events_view`."""
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO relations (name, cameo, plover, quad_class, goldstein)"
                " VALUES (?,?,?,?,?)",
                [(r.name, r.cameo, r.plover, r.quad_class, r.goldstein)
                 for r in ontology.relations.values()])

    def event_rows(self, flt: EventFilter | None = None,
                   evidence: bool = True) -> Iterator[dict[str, Any]]:
        """One row per event that passes `flt`, with its parties (`participants`: a list of
        {"code", "role"}, empty for an event between two) and its evidence (all
        articles) as a list.

        Three queries in all: events, their parties and their evidence, merged here.
        """
        where, args = (flt or EventFilter()).sql("e")
        chosen = f"SELECT e.id FROM events e WHERE {where}"  # noqa: S608 - no values in it
        proof: dict[str, list[dict[str, Any]]] = {}
        if evidence:
            for eid, a, s, st, en, u, t, p, d in self.conn.execute(
                    "SELECT v.event_id, v.article_id, v.sentence, v.start, v.\"end\", a.url,"
                    " a.title, a.published, v.data FROM evidence v"
                    " JOIN articles a ON a.id = v.article_id"
                    f" WHERE v.event_id IN ({chosen}) ORDER BY v.event_id, v.article_id",
                    args):
                proof.setdefault(eid, []).append(
                    {"article": a, "sentence": s, "start": st, "end": en, "url": u,
                     "title": t, "published": p, "data": json.loads(d)})
        parties: dict[str, list[dict[str, str]]] = {}
        for eid, code, role in self.conn.execute(
                "SELECT event_id, actor, role FROM participants"
                f" WHERE event_id IN ({chosen}) ORDER BY event_id, position", args):
            parties.setdefault(eid, []).append({"code": code, "role": role})
        cur = self.conn.execute(
            "SELECT e.id, e.source, e.relation, e.target, e.cameo, e.symmetric, e.date,"
            " e.date_precision, e.confidence, e.modality, r.plover, r.quad_class, r.goldstein"
            " FROM events e LEFT JOIN relations r ON r.name = e.relation"
            f" WHERE {where} ORDER BY e.date, e.id", args)
        cols = [d[0] for d in cur.description]
        for row in cur.fetchall():
            ev = dict(zip(cols, row, strict=True))
            ev["symmetric"] = bool(ev["symmetric"])
            ev["participants"] = parties.get(ev["id"], [])
            ev["evidence"] = proof.get(ev["id"], [])
            yield ev

    def article_events(self, article_id: str) -> list[Event]:
        """The events an article reported, as it reported them."""
        return [event_from_json(json.loads(d)) for (d,) in self.conn.execute(
            "SELECT data FROM evidence WHERE article_id = ? ORDER BY start, event_id",
            (article_id,))]

    def events(self, flt: EventFilter | None = None) -> Iterator[Event]:
        """Every stored event that passes `flt` as each article reported it."""
        where, args = (flt or EventFilter()).sql("e")
        for (data,) in self.conn.execute(
                "SELECT v.data FROM evidence v JOIN events e ON e.id = v.event_id"
                f" WHERE {where} ORDER BY v.article_id, v.start", args):  # noqa: S608
            yield event_from_json(json.loads(data))

    def stats(self, flt: EventFilter | None = None) -> dict[str, Any]:
        """Counts of events (an event of three or more parties counts once, and once for
        each of its parties in `by_actor`), with their Goldstein sum, by relation, actor
        and month."""
        where, args = (flt or EventFilter()).sql("e")
        chosen = f"(SELECT * FROM events e WHERE {where})"  # noqa: S608 - no values in it

        def q(sql: str) -> Any:
            return self.conn.execute(sql.replace("EVENTS", chosen),
                                     args * sql.count("EVENTS"))
        return {
            "articles": q("SELECT count(DISTINCT v.article_id) FROM evidence v"
                          " WHERE v.event_id IN (SELECT id FROM EVENTS)").fetchone()[0]
            if not (flt is None or flt.empty) else
            self.conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            "events": q("SELECT count(*) FROM EVENTS").fetchone()[0],
            "multilateral": q("SELECT count(*) FROM EVENTS WHERE source IS NULL").fetchone()[0],
            "evidence": q("SELECT count(*) FROM evidence v"
                          " WHERE v.event_id IN (SELECT id FROM EVENTS)").fetchone()[0],
            "actors": q("SELECT count(DISTINCT code) FROM (SELECT source AS code FROM EVENTS"
                        " UNION ALL SELECT target FROM EVENTS UNION ALL SELECT actor FROM"
                        " participants WHERE event_id IN (SELECT id FROM EVENTS))"
                        " WHERE code IS NOT NULL").fetchone()[0],
            "goldstein": round(q("SELECT coalesce(sum(r.goldstein), 0) FROM EVENTS x"
                                 " JOIN relations r ON r.name = x.relation").fetchone()[0], 2),
            "by_relation": q("SELECT relation, count(*) FROM EVENTS GROUP BY relation"
                             " ORDER BY count(*) DESC, relation").fetchall(),
            "by_actor": q("SELECT code, count(*) FROM (SELECT source AS code FROM EVENTS"
                          " UNION ALL SELECT target FROM EVENTS UNION ALL SELECT actor FROM"
                          " participants WHERE event_id IN (SELECT id FROM EVENTS))"
                          " WHERE code IS NOT NULL GROUP BY code"
                          " ORDER BY count(*) DESC, code").fetchall(),
            "by_month": q("SELECT substr(date, 1, 7) AS m, count(*) FROM EVENTS"
                          " WHERE date IS NOT NULL GROUP BY m ORDER BY m").fetchall(),
        }


def endpoints(e: Event) -> tuple[str | None, str, str | None]:
    """(source, relation, target) as an event row keeps them: a mutual pair sorted, none for
    an event of three or more parties."""
    if e.participants:  # its parties are in `participants`
        return None, e.relation, None
    src, tgt = e.source.code, e.target.code
    if e.symmetric and tgt < src:
        src, tgt = tgt, src
    return src, e.relation, tgt


def count_rows(path: str | Path) -> dict[str, int]:
    with closing(sqlite3.connect(str(path))) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                for t in ("articles", "actors", "events", "evidence")}
