"""Neo4j: an idempotent, batched loader (constraints first, UNWIND, MERGE on keys)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from itertools import islice
from typing import Any

from .errors import Neo4jUnavailable, QueryFailed
from .events import ActorRef
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


def cypher(name: str) -> str:
    return resources.files("kgbuild").joinpath("cypher", f"{name}.cypher").read_text("utf-8")


def _batches(rows: list[Any], size: int) -> Any:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


class Neo4jStore:
    """A connection to Neo4j that loads kgbuild graphs and runs queries."""

    def __init__(self, config: Neo4jConfig, ontology: Ontology | None = None) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable

        self.config = config
        self.ontology = ontology or load_ontology()
        hint = "start it with scripts/neo4j-start (or make neo4j-start), or set NEO4J_URI"
        try:
            self.driver = GraphDatabase.driver(config.uri, auth=(config.user, config.password))
        except (ValueError, OSError) as exc:
            raise Neo4jUnavailable(f"Neo4j URI {config.uri!r} is not usable ({exc}): {hint}") \
                from exc
        try:
            self.driver.verify_connectivity()
            self.driver.execute_query("RETURN 1", database_=config.database)
        except AuthError as exc:
            self.driver.close()
            raise Neo4jUnavailable(f"Neo4j at {config.uri} refused user {config.user!r}: "
                                   "check NEO4J_USERNAME and NEO4J_PASSWORD") from exc
        except (ServiceUnavailable, OSError) as exc:
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
        def work(tx: Any) -> None:
            tx.run(query, **params).consume()

        with self.driver.session(database=self.config.database) as session:
            session.execute_write(work)

    def create_schema(self) -> None:
        for stmt in cypher("constraints").split(";"):
            if stmt.strip():
                self._write(stmt)

    def load_store(self, store: Store, batch_size: int = 2000) -> dict[str, int]:
        """Load everything the embedded store holds; running it again changes nothing."""
        self.create_schema()
        actors = [{"code": a.code, "name": a.name, "kind": a.kind} for a in store.actors()]
        articles = list(store.articles())
        events = list(store.event_rows())
        rows = [self._event_row(ev) for ev in events]
        for chunk in _batches(actors, batch_size):
            self._write(cypher("load_actors"), rows=chunk)
        for chunk in _batches(articles, batch_size):
            self._write(cypher("load_articles"), rows=chunk)
        for chunk in _batches(rows, batch_size):
            self._write(cypher("load_events"), rows=chunk)
        self.project({(r["source"], r["relation"], r["target"]) for r in rows}, batch_size)
        return {"actors": len(actors), "articles": len(articles), "events": len(rows)}

    def _event_row(self, ev: dict[str, Any]) -> dict[str, Any]:
        rel = self.ontology.get(ev["relation"])
        date = ev.get("date") or None
        return {
            "id": ev["id"], "source": ev["source"], "target": ev["target"],
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

    def project(self, keys: set[tuple[str, str, str]], batch_size: int = 2000) -> None:
        """One browsing relationship per (source, relation, target), typed from the ontology."""
        by_type: dict[str, list[dict[str, str]]] = {}
        for src, relation, tgt in sorted(keys):
            rel_type = self.ontology.rel_type(relation)  # whitelist: raises before any Cypher
            by_type.setdefault(rel_type, []).append(
                {"source": src, "relation": relation, "target": tgt})
        template = cypher("project")
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
        return list(keys), [list(r.values()) for r in recs]

    def read_graph(self) -> tuple[list[ActorRef], list[dict[str, Any]]]:
        recs, _, _ = self.driver.execute_query(
            "MATCH (a:Actor) WHERE EXISTS { (a)-[:SOURCE_OF|TARGETS]-() } "
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
            events.append(ev)
        return actors, events
