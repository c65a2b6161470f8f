"""Neo4j: an idempotent, batched loader (constraints first; what the graph holds is found
by ids, the rest CREATEd in UNWIND batches; projected relationships computed here)."""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from itertools import chain, islice
from typing import Any, Literal, NamedTuple

from .actors import ActorTable, load_actors
from .articles import Article
from .errors import Neo4jUnavailable, QueryFailed
from .events import ActorRef, Event, derived_pairs, row_pairs
from .filters import EventFilter
from .relations import Ontology, load_ontology
from .store import Store, endpoints, state


@dataclass(frozen=True)
class Neo4jConfig:
    uri: str
    user: str
    password: str  # never printed
    database: str | None = None

    def __repr__(self) -> str:
        return f"Neo4jConfig(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
RETRIES = 3  # extra tries of a write when the server stops answering
RETRY_WAIT = 2  # seconds before the first retry; then 4, 6
DRIVER_RETRY_TIME = 5.0  # the driver's own retries of one transaction, in seconds
# Events go at most EVENT_BATCH per transaction: each makes a node with 17 properties and
# four or five relationships, and the server spends more per event in larger transactions
# (measured: ~85 us of server CPU per event at 500-1,000 a transaction, ~110 us at 2,000 to
# 4,000). They go in WORKERS sessions at once (each waits for its log to reach the disk).
EVENT_BATCH = 1000
WORKERS = 2


def check_uri(uri: str) -> None:
    """Raise Neo4jUnavailable, in one line, for a URI no driver can use: a wrong or missing
    scheme ("http://", "blot://", "localhost:7687") or a host name that does not resolve."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(uri)
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise Neo4jUnavailable(
            f"Neo4j URI {uri!r} is not a Bolt URI: write it as bolt://HOST:7687 (or "
            f"neo4j://, neo4j+s:// for Aura) in NEO4J_URI or --neo4j-uri")
    try:
        socket.getaddrinfo(parts.hostname, parts.port or 7687)
    except (OSError, UnicodeError) as exc:
        raise Neo4jUnavailable(
            f"Neo4j host {parts.hostname!r} (from {uri}) does not resolve: check the name "
            "in NEO4J_URI or --neo4j-uri") from exc


def cypher(name: str) -> str:
    return resources.files("kgbuild").joinpath("cypher", f"{name}.cypher").read_text("utf-8")


def triple_key(source: str, relation: str, target: str) -> str:
    """The indexed key of every event between two actors under one relation."""
    return f"{source}|{relation}|{target}"


def plain(value: Any) -> Any:
    """A query's value for a table or JSON: nodes by their key (an actor's code, an event's
    relation and date, an article's id), relationships and paths as text ("RUS
    -[SOURCE_OF]-> CONSULT 2024-10-22"); Neo4j Browser draws the same columns as a graph."""
    from neo4j.graph import Node, Path, Relationship

    def node(n: Any) -> str:
        props = dict(n.items())
        if "code" in props:
            return str(props["code"])
        if "relation" in props:
            return f"{props['relation']} {props.get('date_text') or ''}".strip()
        return str(props.get("id") or props.get("name") or n.element_id)

    def rel(r: Any) -> str:
        return f"{node(r.start_node)} -[{r.type}]-> {node(r.end_node)}"

    if isinstance(value, Node):
        return node(value)
    if isinstance(value, Relationship):
        return rel(value)
    if isinstance(value, Path):
        return " | ".join(rel(r) for r in value.relationships)
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _batches(rows: list[Any], size: int) -> Any:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def _people(events: list[dict[str, Any]], codes: set[str],
            table: ActorTable | None) -> list[dict[str, Any]]:
    """The office terms of everyone named as speaking for an actor in `events`."""
    names = set()
    for ev in events:
        for x in ev["evidence"]:
            names.update(_agents(x.get("data") or {}))
    return _offices(names, codes, table)


def _agents(data: dict[str, Any]) -> set[str]:
    """Who spoke for a party in one report of an event (its JSON, as stored)."""
    return {party["agent"] for party in [data.get("source"), data.get("target"),
                                         *(data.get("participants") or [])]
            if party and party.get("agent")}


def _offices(names: set[str], codes: set[str],
             table: ActorTable | None) -> list[dict[str, Any]]:
    """The office terms of these people for the actors `codes` (the rows of load_people)."""
    if not names:
        return []
    table = table or load_actors()
    return [{"name": t.person, "code": t.code, "role": t.role, "start": t.start, "end": t.end}
            for name in sorted(names) for t in table.terms.get(name, []) if t.code in codes]


class _Event(NamedTuple):
    """An event of the embedded store as the push reads it: what the projected
    relationships need, and `line`, its fields as create_events takes them."""

    id: str
    source: str | None
    relation: str
    target: str | None
    date: str | None
    confidence: float
    line: str  # id, source, target, relation, cameo, symmetric, date, ... joined by `sep`


# Characters that join the fields of a row into one string (see event_rows.cypher): ASCII's
# unit, record, group and file separators; a store whose texts hold all four gets a
# private-use character none of them holds.
SEPARATORS = "\x1f\x1e\x1d\x1c"

# The texts a push joins with the separator; a character is free if none holds it.
HOLDS = """
SELECT 1 FROM events WHERE instr(id, :c) OR instr(coalesce(source, ''), :c)
  OR instr(coalesce(target, ''), :c) OR instr(relation, :c) OR instr(cameo, :c)
  OR instr(coalesce(date, ''), :c) OR instr(coalesce(date_precision, ''), :c)
  OR instr(modality, :c)
UNION ALL SELECT 1 FROM evidence WHERE instr(article_id, :c) OR instr(sentence, :c)
UNION ALL SELECT 1 FROM participants WHERE instr(actor, :c) OR instr(role, :c)
UNION ALL SELECT 1 FROM actors WHERE instr(code, :c)
LIMIT 1
"""

# One line per event in the shape of event_rows.cypher, joined by SQLite (:s the
# separator). The confidence stays a number: SQLite's printf does not give back every
# double exactly (0.85 read back as 0.8499999999999999).
EVENT_LINES = """
SELECT id, source, relation, target, date, confidence,
       id || :s || coalesce(source, '') || :s || coalesce(target, '') || :s || relation
       || :s || cameo || :s || (symmetric <> 0) || :s || coalesce(date, '') || :s
       || coalesce(date_precision, '') || :s || modality
FROM events
"""

# One line per report (article, start, end, sentence), in the table's order (sorting them
# would cost more than reading them).
REPORT_LINES = """
SELECT v.event_id, v.article_id,
       v.article_id || :s || v.start || :s || v."end" || :s || v.sentence
FROM evidence v JOIN articles a ON a.id = v.article_id
"""


def _separator(conn: Any) -> str:
    """A character that no text of the store holds."""
    candidates = chain(SEPARATORS, (chr(c) for c in range(0xE000, 0x110000)))
    return next(c for c in candidates if conn.execute(HOLDS, {"c": c}).fetchone() is None)


@dataclass
class _Snapshot:
    """What a push needs of the embedded store, read with SQL of its own: SQLite joins the
    fields of each row of create_events, and no JSON is parsed but that of the reports that
    name a person (`Store.event_rows` parses every report's JSON and builds a dict per
    event: 5 s for 100,000 events with the rows made of them; this, under 1 s). Events no
    article reports are left out: the graph would prune them (`total` still counts them)."""

    sep: str  # joins the fields of a row: no text of the store holds it
    actors: list[tuple[str, str, str]]  # code, name, kind
    articles: list[tuple[str, str | None, str | None, str | None, str | None]]
    events: list[_Event]  # those some article reports, by the first that does
    reports: dict[str, list[str]]  # event id -> its report lines
    articles_of: dict[str, list[str]]  # event id -> the articles that report it
    parties: dict[str, list[tuple[str, str]]]  # event id -> (code, role), in order
    agents: set[str]  # who spoke for a party in some report
    total: int  # events in the store

    @classmethod
    def read(cls, store: Store, actors: list[tuple[str, str, str]],
             articles: list[tuple[str, str | None, str | None, str | None, str | None]]
             ) -> _Snapshot:
        """The events of `store` (whose `actors` and `articles` were read already)."""
        conn = store.conn
        sep = _separator(conn)
        reports: dict[str, list[str]] = {}
        articles_of: dict[str, list[str]] = {}
        for eid, article, line in conn.execute(REPORT_LINES, {"s": sep}):
            reports.setdefault(eid, []).append(line)
            articles_of.setdefault(eid, []).append(article)
        first = {eid: min(ids) for eid, ids in articles_of.items()}
        parties: dict[str, list[tuple[str, str]]] = {}
        for eid, code, role in conn.execute(
                "SELECT event_id, actor, role FROM participants ORDER BY event_id, position"):
            parties.setdefault(eid, []).append((code, role))
        rows = conn.execute(EVENT_LINES, {"s": sep}).fetchall()
        events = sorted((_Event._make(r) for r in rows if r[0] in reports),
                        key=lambda ev: first[ev.id])
        agents: set[str] = set()
        # only a report naming a person has the key "agent" (a quote in a text is \")
        for (data,) in conn.execute(
                "SELECT v.data FROM evidence v JOIN articles a ON a.id = v.article_id"
                " WHERE instr(v.data, '\"agent\"') > 0"):
            agents.update(_agents(json.loads(data)))
        return cls(sep=sep, actors=actors, articles=articles, events=events, reports=reports,
                   articles_of=articles_of, parties=parties, agents=agents, total=len(rows))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a push builds its rows: it would walk
    the hundreds of thousands of lists made so far again and again (a third of the time of
    reading a store of 100,000 events), and they make no cycle to collect."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _event_rows(events: list[_Event], snap: _Snapshot) -> list[list[Any]]:
    """The rows of create_events and load_events (event_rows.cypher gives their shape), in
    the order of `snap.events`: by the first article that reports each event, so that the
    events of an article go in one transaction rather than in several that would wait for
    its lock."""
    rows = []
    for ev in events:
        parties = snap.parties.get(ev.id)
        rows.append([ev.line, snap.reports[ev.id],
                     [snap.sep.join(p) for p in parties] if parties else [],
                     [triple_key(a, ev.relation, b) for a, b in derived_pairs(parties)]
                     if parties else None, float(ev.confidence)])
    return rows


@dataclass
class _Projection:
    """One projected relationship as legacy_project.cypher computes it in Cypher: the
    events of the pair, their first and last `date_text`, and the quad class (the least
    of the events between the two, else of those of three or more)."""

    events: int = 0
    first: str | None = None
    last: str | None = None
    pair_quad: int | None = None
    group_quad: int | None = None

    def add(self, date: str | None, quad: int | None, grouped: bool) -> None:
        self.events += 1
        if date is not None:
            self.first = date if self.first is None else min(self.first, date)
            self.last = date if self.last is None else max(self.last, date)
        if quad is not None and grouped:
            self.group_quad = quad if self.group_quad is None else min(self.group_quad, quad)
        elif quad is not None:
            self.pair_quad = quad if self.pair_quad is None else min(self.pair_quad, quad)

    def fields(self) -> list[str]:
        """events, first_date, last_date, quad_class as read_projections and project.cypher
        write them (empty: missing)."""
        quad = self.pair_quad if self.pair_quad is not None else self.group_quad
        return [str(self.events), self.first or "", self.last or "",
                "" if quad is None else str(quad)]


def _statement(name: str) -> str:
    """A packaged statement; those that take event rows start with event_rows.cypher."""
    if name in ("create_events", "load_events"):
        return cypher("event_rows") + cypher(name)
    return cypher(name)


class Neo4jStore:
    """A connection to Neo4j that loads kgbuild graphs and runs queries."""

    def __init__(self, config: Neo4jConfig, ontology: Ontology | None = None) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import (
            AuthError,
            ClientError,
            ConfigurationError,
            ServiceUnavailable,
        )

        self.config = config
        self.ontology = ontology or load_ontology()
        hint = "start it with scripts/neo4j-start (or make neo4j-start), or set NEO4J_URI"
        check_uri(config.uri)
        try:
            self.driver = GraphDatabase.driver(
                config.uri, auth=(config.user, config.password), connection_timeout=10,
                max_transaction_retry_time=DRIVER_RETRY_TIME)
        except (ValueError, OSError, ConfigurationError) as exc:
            raise Neo4jUnavailable(f"Neo4j URI {config.uri!r} is not usable ({exc}): {hint}") \
                from exc
        try:
            self.driver.verify_connectivity()
            self.driver.execute_query("RETURN 1", database_=config.database)
        except AuthError as exc:
            self.driver.close()
            raise Neo4jUnavailable(f"Neo4j at {config.uri} refused user {config.user!r}: "
                                   "check NEO4J_USERNAME and NEO4J_PASSWORD") from exc
        except (ServiceUnavailable, OSError, ValueError) as exc:
            self.driver.close()
            raise Neo4jUnavailable(f"Neo4j is not reachable at {config.uri}: {hint}") from exc
        except ClientError as exc:
            self.driver.close()
            if "database" in str(exc.message or "").lower():
                raise Neo4jUnavailable(
                    f"Neo4j at {config.uri} has no database {config.database!r}: "
                    "check --neo4j-database / NEO4J_DATABASE") from exc
            raise Neo4jUnavailable(f"Neo4j at {config.uri}: {exc.message}") from exc

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, query: str, **params: Any) -> None:
        """One write transaction. If the server stops answering, a few bounded tries with a
        countdown on stderr, then one line: what failed and that rerunning resumes (every
        load statement MERGEs, so a second push finishes the first)."""
        import sys
        import time

        from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

        def work(tx: Any) -> None:
            tx.run(query, **params).consume()

        for attempt in range(RETRIES + 1):
            try:
                with self.driver.session(database=self.config.database) as session:
                    session.execute_write(work)
                return
            except (ServiceUnavailable, SessionExpired, TransientError, OSError) as exc:
                if attempt == RETRIES:
                    raise Neo4jUnavailable(
                        f"Neo4j at {self.config.uri} stopped answering during the load "
                        f"({type(exc).__name__}); start it again and rerun the same command: "
                        "loading is idempotent, it resumes") from exc
                wait = RETRY_WAIT * (attempt + 1)
                print(f"neo4j: no answer from {self.config.uri}; try {attempt + 2} of "
                      f"{RETRIES + 1} in {wait} s", file=sys.stderr, flush=True)
                time.sleep(wait)

    def create_schema(self) -> None:
        for stmt in cypher("constraints").split(";"):
            if stmt.strip():
                self._write(stmt)

    def load_store(self, store: Store, batch_size: int = 2000,
                   table: ActorTable | None = None, legacy: bool = False) -> dict[str, int]:
        """Load everything the embedded store holds; running it again changes nothing.

        People who spoke for an actor in some event become `(:Person)-[:REPRESENTS]->`
        with the offices `table` (the packaged actor tables by default) gives them.

        What the graph already holds is found first, by ids, in a few queries: new articles
        and events are CREATEd, those already there written only where they differ from
        the store (a second push of the same store writes nothing), and the projected
        relationships are computed here from the store and compared with the graph's,
        only those missing or different being written. Articles that hold links the store
        no longer has are pruned, then the events no article reports any more, after their
        projected relationships. A push stopped half-way is finished by the next one.

        `batch_size` is the rows per transaction (events: at most `EVENT_BATCH`, in
        `WORKERS` sessions side by side). `legacy=True` runs the loader this one replaced
        (every row MERGEd, every projected relationship recomputed in Cypher), kept only
        for benchmarks/bench_neo4j.py to compare with.
        """
        if legacy:
            return self._load_store_legacy(store, batch_size, table)
        conn = store.conn
        for (relation,) in conn.execute("SELECT DISTINCT relation FROM events"):
            self.ontology.rel_type(relation)  # raises before any Cypher runs
        self.create_schema()
        had_events, had_reports = self._count("(:Event)"), self._count("()-[:REPORTED_IN]->()")
        actors = conn.execute("SELECT code, name, kind FROM actors ORDER BY code").fetchall()
        articles = conn.execute(
            "SELECT id, title, url, published, lang FROM articles ORDER BY id").fetchall()
        with ThreadPoolExecutor(max_workers=1) as early:
            # the server takes the actors and articles while the events are read here
            nodes = early.submit(self._load_nodes, actors, articles, batch_size)
            with _gc_paused():
                snap = _Snapshot.read(store, actors, articles)
                rows = _event_rows(snap.events, snap)
            nodes.result()
        sep = snap.sep
        new = self._missing("Event", [ev.id for ev in snap.events])
        size = min(batch_size, EVENT_BATCH)
        params: dict[str, Any] = {"sep": sep,
                                  "relations": self._relation_codes(snap.events)}
        self._write_rows("create_events", [row for row, ev in zip(rows, snap.events, strict=True)
                                           if ev.id in new], size, workers=WORKERS, **params)
        self._write_rows("load_events", [row for row, ev in zip(rows, snap.events, strict=True)
                                         if ev.id not in new], size, workers=WORKERS, **params)
        if had_reports:
            self._prune_evidence(snap, batch_size)
        orphans = self._orphans(snap) if had_events else {}
        with _gc_paused():
            expected = self._projections(snap, orphans)
        self._project(expected, orphans, sep, batch_size)
        if orphans:  # after their projected relationships: a rerun finds them again
            self._write_rows("prune_events", sorted(orphans), batch_size, key="ids")
        people = _offices(snap.agents, {a[0] for a in snap.actors}, table)
        self.load_rows("load_people", people, batch_size)
        return {"actors": len(snap.actors), "articles": len(snap.articles),
                "events": snap.total, "people": len({p["name"] for p in people})}

    def _load_nodes(self, actors: list[tuple[str, str, str]], articles: list[tuple[Any, ...]],
                    batch_size: int) -> None:
        """Actors (few: compared and MERGEd), then articles: those new to the graph are
        CREATEd, the others written only where they differ."""
        self._write_rows("load_actors", [list(a) for a in actors], batch_size)
        new = self._missing("Article", [a[0] for a in articles])
        self._write_rows("create_articles", [list(a) for a in articles if a[0] in new],
                         batch_size)
        self._write_rows("load_articles", [list(a) for a in articles if a[0] not in new],
                         batch_size)

    def load_rows(self, statement: str, rows: list[dict[str, Any]], batch_size: int) -> None:
        """Run one of the packaged load statements over `rows`, one transaction per batch."""
        self._write_rows(statement, rows, batch_size)

    def _write_rows(self, statement: str, rows: list[Any], batch_size: int,
                    workers: int = 1, key: str = "rows", **params: Any) -> None:
        """Run a packaged statement over `rows`, one transaction per batch."""
        query = _statement(statement)
        self._run([(query, {key: chunk, **params}) for chunk in _batches(rows, batch_size)],
                  workers)

    def _run(self, jobs: list[tuple[str, dict[str, Any]]], workers: int = 1) -> None:
        """One write transaction per (query, parameters). With `workers` > 1, that many at
        once, each in a session of its own: the server writes one batch while this
        process packs the next, or while another waits for its log to reach the disk. The
        first failure stops the batches not yet started and is raised; what was written
        stays, and a rerun finishes the load."""
        if workers <= 1 or len(jobs) <= 1:
            for query, params in jobs:
                self._write(query, **params)
            return
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(self._write, query, **params) for query, params in jobs]
            done, _ = wait(futures, return_when=FIRST_EXCEPTION)
            for future in futures:
                future.cancel()
            for future in done:
                future.result()

    def _read(self, query: str, **params: Any) -> list[Any]:
        from neo4j import RoutingControl

        recs, _, _ = self.driver.execute_query(query, params, database_=self.config.database,
                                               routing_=RoutingControl.READ)
        return list(recs)

    def _write_returning(self, query: str, **params: Any) -> list[Any]:
        """One write statement whose records are wanted (what it deleted, say)."""
        recs, _, _ = self.driver.execute_query(query, params, database_=self.config.database)
        return list(recs)

    def _count(self, pattern: str) -> int:
        """How many nodes or relationships of one label or type there are (the server keeps
        these counts: nothing is scanned)."""
        return int(self._read(f"MATCH {pattern} RETURN count(*) AS n")[0]["n"])

    def _prune_evidence(self, snap: _Snapshot, batch_size: int) -> None:
        """An article re-ingested with another text no longer reports the events it
        dropped (none at all if it reports none now). Once the store's events are linked
        to their articles, an article holding such a link has more links than the store
        gives it: only those articles are pruned."""
        by_article: dict[str, list[str]] = {a[0]: [] for a in snap.articles}
        for ev in snap.events:
            for article in snap.articles_of[ev.id]:
                by_article[article].append(ev.id)
        stale: set[str] = set()
        for chunk in _batches([[a, len(ids)] for a, ids in by_article.items()], 20_000):
            stale.update(self._read(cypher("stale_articles"), rows=chunk)[0]["ids"])
        self.load_rows("prune_evidence", [{"article": a, "events": by_article[a]}
                                          for a in sorted(stale)], batch_size)

    def _orphans(self, snap: _Snapshot) -> dict[str, list[str]]:
        """The events of the graph that no article reports and the store does not hold
        (those it holds get their reports again), with the keys of the pairs each stood
        for."""
        return {r["id"]: [*(r["triples"] or []), *([r["triple"]] if r["triple"] else [])]
                for r in self._read(cypher("orphan_events")) if r["id"] not in snap.reports}

    def _missing(self, label: Literal["Event", "Article"], ids: list[str]) -> set[str]:
        """Which of these Event or Article ids the graph does not hold (all of them if it
        holds no node of that label, which the server counts without a scan)."""
        if label not in ("Event", "Article"):
            raise ValueError(f"not a label with ids: {label!r}")
        if not self._count(f"(:{label})"):
            return set(ids)
        query = (f"UNWIND $ids AS id WITH id WHERE NOT EXISTS {{ (:{label} {{id: id}}) }} "
                 "RETURN collect(id) AS ids")
        missing: set[str] = set()
        for chunk in _batches(ids, 20_000):
            missing.update(self._read(query, ids=chunk)[0]["ids"])
        return missing

    def _projections(self, snap: _Snapshot, orphans: dict[str, list[str]]
                     ) -> dict[tuple[str, str, str], _Projection]:
        """The projected relationships the graph must hold once the push is done, by
        (source, relation, target): those of the store's events, and of any other events
        the graph keeps (pushed from another store). An event between two counts for its
        pair; one of three or more for each pair of its parties it stands for."""
        codes = {a[0] for a in snap.actors}
        quads = {name: rel.quad_class for name, rel in self.ontology.relations.items()}
        out: dict[tuple[str, str, str], _Projection] = {}

        def add(src: str, relation: str, tgt: str, date: str | None, quad: int | None,
                grouped: bool) -> None:
            out.setdefault((src, relation, tgt), _Projection()).add(date, quad, grouped)

        for ev in snap.events:
            parties = snap.parties.get(ev.id)
            if not parties:
                if ev.source in codes and ev.target in codes:
                    add(ev.source, ev.relation, ev.target, ev.date, quads[ev.relation], False)
                continue
            for a, b in dict.fromkeys(derived_pairs(parties)):
                if a in codes and b in codes:
                    add(a, ev.relation, b, ev.date, quads[ev.relation], True)
        if self._count("(:Event)") > len(snap.events) + len(orphans):
            for r in self._read(cypher("foreign_events"), ids=[ev.id for ev in snap.events]):
                if r["triple"]:
                    src, relation, tgt = r["triple"].split("|")
                    add(src, relation, tgt, r["date"], r["quad_class"], False)
                for key in dict.fromkeys(r["triples"] or []):
                    src, relation, tgt = key.split("|")
                    if src != tgt and {src, tgt} <= set(r["parties"]):
                        add(src, relation, tgt, r["date"], r["quad_class"], True)
        return out

    def _project(self, expected: dict[tuple[str, str, str], _Projection],
                 orphans: dict[str, list[str]], sep: str, batch_size: int) -> None:
        """Make the projected relationships what `expected` says. The graph's are all read
        first (one string each): those missing are CREATEd, those that differ SET, and
        those of pairs that only orphans stood for removed, before the orphans themselves
        (so that a push stopped half-way leaves them to the next one)."""
        types = {name: self.ontology.rel_type(name) for name in self.ontology.relations}
        query = cypher("read_projections").replace(
            "$rel_types", "|".join(f"`{t}`" for t in sorted(set(types.values()))))
        actual: dict[tuple[str, str, str], list[str]] = {}  # two of a pair if made twice
        for line in self._read(query, sep=sep)[0]["lines"]:
            src, rel_type, tgt, values = line.split(sep, 3)
            actual.setdefault((src, rel_type, tgt), []).append(values)
        creates: dict[str, list[str]] = {}
        updates: dict[str, list[str]] = {}
        for (src, relation, tgt), proj in expected.items():
            rel_type = types.get(relation) or self.ontology.rel_type(relation)
            values = sep.join(proj.fields())
            have = actual.get((src, rel_type, tgt))
            if have != [values]:
                (updates if have else creates).setdefault(rel_type, []).append(
                    sep.join([src, tgt, values]))
        gone: dict[str, list[str]] = {}
        for key in sorted({k for keys in orphans.values() for k in keys}):
            src, relation, tgt = key.split("|")
            rel_type = types.get(relation) or self.ontology.rel_type(relation)
            if (src, relation, tgt) not in expected and (src, rel_type, tgt) in actual:
                gone.setdefault(rel_type, []).append(sep.join([src, tgt]))
        jobs = [(_statement(statement).replace("$rel_type", rel_type),
                 {"rows": chunk, "sep": sep})
                for statement, by_type in (("project", creates), ("reproject", updates),
                                           ("unproject", gone))
                for rel_type, rows in by_type.items() for chunk in _batches(rows, batch_size)]
        self._run(jobs)  # one at a time: side by side, they wait on each other's actors

    def _relation_codes(self, events: list[_Event]) -> dict[str, dict[str, Any]]:
        """What create_events and load_events set from the ontology, by relation."""
        out = {}
        for relation in sorted({ev.relation for ev in events}):
            rel = self.ontology.get(relation)
            out[relation] = {"plover": rel.plover, "quad_class": rel.quad_class,
                             "goldstein": rel.goldstein}
        return out

    def event_row(self, ev: dict[str, Any]) -> dict[str, Any]:
        """The parameters `load_events` takes for one event row of the embedded store."""
        rel = self.ontology.get(ev["relation"])
        date = ev.get("date") or None
        parties = ev.get("participants") or []
        return {
            "id": ev["id"], "source": ev["source"], "target": ev["target"],
            "triple": None if parties else triple_key(ev["source"], rel.name, ev["target"]),
            "triples": [triple_key(a, rel.name, b) for a, b in row_pairs(ev)] if parties
            else None,
            "participants": [{**p, "position": i} for i, p in enumerate(parties)],
            "plover": rel.plover,
            "relation": rel.name, "cameo": ev["cameo"], "root": ev["cameo"][:2],
            "quad_class": rel.quad_class, "goldstein": rel.goldstein,
            "symmetric": bool(ev["symmetric"]), "date": date,
            "date_precision": ev.get("date_precision"),
            "year": int(date[:4]) if date else None,
            "month": int(date[5:7]) if date and len(date) >= 7 else None,
            "confidence": float(ev["confidence"]), "modality": ev.get("modality", "asserted"),
            "evidence": [{"article": x["article"], "sentence": x["sentence"],
                          "start": x["start"], "end": x["end"]} for x in ev["evidence"]],
        }


    # -- the loader before issue 14, for benchmarks/bench_neo4j.py only ---------------------
    def _load_store_legacy(self, store: Store, batch_size: int,
                           table: ActorTable | None) -> dict[str, int]:
        """Today's loader before issue 14: every row MERGEd, every projected relationship
        recomputed in Cypher. Kept only for benchmarks/bench_neo4j.py to compare with."""
        self.create_schema()
        actors = [{"code": a.code, "name": a.name, "kind": a.kind} for a in store.actors()]
        articles = list(store.articles())
        events = list(store.event_rows())
        rows = [self.event_row(ev) for ev in events]
        people = _people(events, {a["code"] for a in actors}, table)
        self.load_rows("legacy_load_actors", actors, batch_size)
        self.load_rows("legacy_load_articles", articles, batch_size)
        self.load_rows("legacy_load_events", rows, batch_size)
        self.load_rows("load_people", people, batch_size)
        self._legacy_prune(events, batch_size)
        self._write_by_type(
            "legacy_project", {(a, ev["relation"], b) for ev in events for a, b in row_pairs(ev)},
            batch_size)
        return {"actors": len(actors), "articles": len(articles), "events": len(rows),
                "people": len({p["name"] for p in people})}

    def _legacy_prune(self, events: list[dict[str, Any]], batch_size: int) -> None:
        by_article: dict[str, list[str]] = {}
        for ev in events:
            for x in ev["evidence"]:
                by_article.setdefault(x["article"], []).append(ev["id"])
        self.load_rows("prune_evidence", [{"article": a, "events": ids}
                                          for a, ids in sorted(by_article.items())],
                       batch_size)
        recs = self._write_returning(cypher("legacy_prune_events"))
        gone: set[tuple[str, str, str]] = set()
        for key in filter(None, recs[0]["triples"] if recs else []):
            src, relation, tgt = key.split("|")
            gone.add((src, relation, tgt))
        self._write_by_type("legacy_unproject", gone, batch_size)

    def _write_by_type(self, statement: str, keys: set[tuple[str, str, str]],
                            batch_size: int) -> None:
        by_type: dict[str, list[dict[str, str]]] = {}
        for src, relation, tgt in sorted(keys):
            by_type.setdefault(self.ontology.rel_type(relation), []).append(
                {"source": src, "target": tgt, "triple": triple_key(src, relation, tgt)})
        template = cypher(statement)
        for rel_type, pairs in by_type.items():
            query = template.replace("$rel_type", rel_type)
            for chunk in _batches(pairs, batch_size):
                self._write(query, pairs=chunk)

    def counts(self) -> dict[str, int]:
        recs, _, _ = self.driver.execute_query(
            "CALL { MATCH (n) RETURN count(n) AS nodes } "
            "CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
            database_=self.config.database)
        return {"nodes": recs[0]["nodes"], "relationships": recs[0]["rels"]}

    def run_query(self, query: str, params: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
        from neo4j.exceptions import Neo4jError

        try:
            recs, summary, keys = self.driver.execute_query(query, params,
                                                            database_=self.config.database)
        except Neo4jError as exc:
            raise QueryFailed(f"query failed: {exc.message}") from exc
        return list(keys), [[plain(v) for v in r.values()] for r in recs]

    def read_graph(self, flt: EventFilter | None = None
                   ) -> tuple[list[ActorRef], list[dict[str, Any]]]:
        """The actors with events, and the event rows (the embedded store's shape) that
        pass `flt`."""
        recs, _, _ = self.driver.execute_query(
            "MATCH (a:Actor) WHERE EXISTS { (a)-[:SOURCE_OF|TARGETS|PARTICIPATES_IN]-() } "
            "RETURN a.code AS code, a.name AS name, a.kind AS kind ORDER BY code",
            database_=self.config.database)
        actors = [ActorRef(r["code"], r["name"], r["kind"]) for r in recs]
        recs, _, _ = self.driver.execute_query(cypher("read_graph"),
                                               database_=self.config.database)
        events = []
        for r in recs:
            ev = dict(r)
            ev["evidence"] = sorted([x for x in ev["evidence"] if x.get("article")],
                                    key=lambda x: x["article"])
            if flt is None or flt.matches(ev):
                events.append(ev)
        return actors, events


class Neo4jSink:
    """Where a run writes straight into Neo4j (`kgbuild ingest --to-neo4j`), batch by batch,
    with no SQLite store: the `store.GraphSink` the local and Dask runners write through.

    Each batch is what `push` would make of it: its actors (as the run's tables resolved
    them) and articles (with the SHA-1 of their text, which tells a second ingest of the
    same text from a changed one), every event MERGEd by id with its reports and parties
    (an event reported again keeps its highest confidence), the people who spoke for an
    actor, and the projected relationships of the pairs the batch touched, recomputed in
    Cypher from the graph's events. An article ingested again with another text loses the
    reports it no longer gives, and the events no article reports any more go with their
    projections. Writing again what is written changes nothing.
    """

    def __init__(self, neo: Neo4jStore, table: ActorTable | None = None,
                 batch_size: int = 2000) -> None:
        self.neo = neo
        self.table = table
        self.batch_size = batch_size
        self.events = 0
        neo.create_schema()
        self._known: dict[str, str | None] = {}  # article id -> text SHA-1 in the graph
        self._checked: set[str] = set()  # article ids looked up

    def article_states(self, articles: list[Article]) -> list[str]:
        """For each article of a batch: 'new', 'same' (ingested with this text: skipped) or
        'changed' (replaced), by one query for the batch."""
        self._look_up([art.id for art in articles])
        return [state(self._known, art.id, _sha1(art.text)) for art in articles]

    def _look_up(self, ids: list[str]) -> None:
        """What the graph holds of these articles, once per article."""
        ask = [i for i in ids if i not in self._checked]
        if ask:
            for r in self.neo._read(cypher("sink_article_state"), ids=ask):
                self._known[r["id"]] = r["sha1"]
            self._checked.update(ask)

    def record_relations(self, ontology: Ontology) -> None:
        """Nothing to keep: every Event carries its relation's codes."""

    def add(self, items: Iterable[tuple[Article, list[Event]]]) -> list[str]:
        """Write a batch of articles with their events; the ids written (an article held
        with the same text is left as it is)."""
        items = list(items)
        shas = {art.id: _sha1(art.text) for art, _ in items}
        self._look_up(list(shas))
        items = [(art, events) for art, events in items
                 if state(self._known, art.id, shas[art.id]) != "same"]
        if not items:
            return []
        neo, size = self.neo, self.batch_size
        rows = _sink_rows(items)
        for row in rows:
            neo.ontology.rel_type(row["relation"])  # raises before any Cypher runs
        replaced = [art.id for art, _ in items if art.id in self._known]
        before = neo._read(cypher("sink_reported"), ids=replaced)[0]["ids"] if replaced else []
        actors = {a.code: a for _, events in items for e in events for a in e.actors}
        neo.load_rows("legacy_load_actors", [{"code": a.code, "name": a.name, "kind": a.kind}
                                             for a in actors.values()], size)
        neo.load_rows("sink_articles", [
            {"id": art.id, "title": art.title, "url": art.url, "published": art.published,
             "lang": art.lang, "text_sha1": shas[art.id]} for art, _ in items], size)
        neo.load_rows("legacy_load_events", [neo.event_row(r) for r in rows], size)
        neo.load_rows("prune_evidence", [
            {"article": art.id, "events": sorted({e.event_id for e in events})}
            for art, events in items if art.id in replaced], size)
        written = {r["id"] for r in rows}
        gone: set[tuple[str, str, str]] = set()
        orphans = [i for i in before if i not in written]
        if orphans:
            for key in neo._write_returning(cypher("sink_orphans"), ids=orphans)[0]["triples"]:
                src, relation, tgt = key.split("|")
                gone.add((src, relation, tgt))
        touched = {(a, r["relation"], b) for r in rows for a, b in row_pairs(r)}
        neo._write_by_type("legacy_project", touched | gone, size)
        neo._write_by_type("legacy_unproject", gone, size)
        neo.load_rows("load_people", _people(rows, set(actors), self.table), size)
        for art, _ in items:
            self._known[art.id] = shas[art.id]
        self.events += len(rows)
        return [art.id for art, _ in items]


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _sink_rows(items: list[tuple[Article, list[Event]]]) -> list[dict[str, Any]]:
    """One row per event of the batch in the shape `Store.event_rows` gives (its reports
    merged across the batch's articles, its highest confidence)."""
    rows: dict[str, dict[str, Any]] = {}
    for art, events in items:
        for e in events:
            src, relation, tgt = endpoints(e)
            row = rows.get(e.event_id)
            if row is None:
                row = rows[e.event_id] = {
                    "id": e.event_id, "source": src, "target": tgt, "relation": relation,
                    "cameo": e.cameo, "symmetric": e.symmetric, "date": e.date,
                    "date_precision": e.date_precision, "confidence": e.confidence,
                    "modality": e.modality,
                    "participants": [{"code": p.actor.code, "role": p.role}
                                     for p in e.participants],
                    "evidence": []}
            row["confidence"] = max(row["confidence"], e.confidence)
            if all(x["article"] != art.id for x in row["evidence"]):
                row["evidence"].append({"article": art.id, "sentence": e.evidence.sentence,
                                        "start": e.evidence.start, "end": e.evidence.end,
                                        "data": e.to_json()})
    return list(rows.values())
