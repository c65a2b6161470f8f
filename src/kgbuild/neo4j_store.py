"""Neo4j: an idempotent, batched loader (constraints first, UNWIND, MERGE on keys)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from itertools import islice
from typing import Any

from .actors import ActorTable, load_actors
from .errors import Neo4jUnavailable, QueryFailed
from .events import ActorRef, row_pairs
from .filters import EventFilter
from .relations import Ontology, load_ontology
from .store import Store


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


def _people(events: list[dict[str, Any]], codes: set[str],
            table: ActorTable | None) -> list[dict[str, Any]]:
    """The office terms of everyone named as speaking for an actor in `events`."""
    names = set()
    for ev in events:
        for x in ev["evidence"]:
            data = x.get("data") or {}
            for party in [data.get("source"), data.get("target"),
                          *(data.get("participants") or [])]:
                if party and party.get("agent"):
                    names.add(party["agent"])
    if not names:
        return []
    table = table or load_actors()
    return [{"name": t.person, "code": t.code, "role": t.role, "start": t.start, "end": t.end}
            for name in sorted(names) for t in table.terms.get(name, []) if t.code in codes]


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
                   table: ActorTable | None = None) -> dict[str, int]:
        """Load everything the embedded store holds; running it again changes nothing.

        People who spoke for an actor in some event become `(:Person)-[:REPRESENTS]->`
        with the offices `table` (the packaged actor tables by default) gives them.
        """
        self.create_schema()
        actors = [{"code": a.code, "name": a.name, "kind": a.kind} for a in store.actors()]
        articles = list(store.articles())
        events = list(store.event_rows())
        rows = [self.event_row(ev) for ev in events]
        people = _people(events, {a["code"] for a in actors}, table)
        self.load_rows("load_actors", actors, batch_size)
        self.load_rows("load_articles", articles, batch_size)
        self.load_rows("load_events", rows, batch_size)
        self.load_rows("load_people", people, batch_size)
        self.prune(events, batch_size)
        self.project({(a, ev["relation"], b) for ev in events for a, b in row_pairs(ev)},
                     batch_size)
        return {"actors": len(actors), "articles": len(articles), "events": len(rows),
                "people": len({p["name"] for p in people})}

    def load_rows(self, statement: str, rows: list[dict[str, Any]], batch_size: int) -> None:
        """Run one of the packaged load statements over `rows`, one transaction per batch."""
        query = cypher(statement)
        for chunk in _batches(rows, batch_size):
            self._write(query, rows=chunk)

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

    def prune(self, events: list[dict[str, Any]], batch_size: int = 2000) -> None:
        """What the store no longer holds for its articles leaves the graph: the links of an
        article re-ingested with another text to events it dropped, the events no article
        reports any more, and the projected relationships only they made."""
        by_article: dict[str, list[str]] = {}
        for ev in events:
            for x in ev["evidence"]:
                by_article.setdefault(x["article"], []).append(ev["id"])
        self.load_rows("prune_evidence", [{"article": a, "events": ids}
                                          for a, ids in sorted(by_article.items())],
                       batch_size)
        recs, _, _ = self.driver.execute_query(cypher("prune_events"),
                                               database_=self.config.database)
        gone: set[tuple[str, str, str]] = set()
        for key in filter(None, recs[0]["triples"] if recs else []):
            src, relation, tgt = key.split("|")
            gone.add((src, relation, tgt))
        self._write_typed("unproject", gone, batch_size)

    def project(self, keys: set[tuple[str, str, str]], batch_size: int = 2000) -> None:
        """One browsing relationship per (source, relation, target), typed from the ontology."""
        self._write_typed("project", keys, batch_size)

    def _write_typed(self, statement: str, keys: set[tuple[str, str, str]],
                     batch_size: int) -> None:
        """Run a statement over (source, relation, target) keys, once per relationship type
        (spliced from the ontology's whitelist, which raises before any Cypher runs)."""
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
