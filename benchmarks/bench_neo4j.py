"""Neo4j push: events/s of `kgbuild push` end to end, today's loader vs the one before it.

A real SQLite store of generated events (`Store.add` of generated articles and events:
one in twenty of three to five parties, one in twenty reported by a second article, some
naming who spoke for an actor) is pushed with `Neo4jStore.load_store` (reading the store
included) into an emptied database twice, side by side in one run: the loader before issue
14 (`legacy=True`: every row MERGEd, every projected relationship recomputed in Cypher) and
today's. Both graphs are then compared (nodes by label, relationships by type, and every
projected relationship's events, first_date, last_date and quad_class, and unless
--shallow every property of every node and relationship), and today's is pushed a second
time, which must change nothing. A small store is pushed by both first, so that neither
pays for warming up the server; each loader pushes --rounds times, alternately, and the
best time of each is kept (the machine is shared: the load average is printed).

The benchmark empties the database between loads: it refuses one that holds actors or
articles other than its own (BENCH...). Run a server for it, e.g.

    KGBUILD_NEO4J_HOME=/tmp/neo-bench KGBUILD_NEO4J_BOLT_PORT=7692 \\
      KGBUILD_NEO4J_HTTP_PORT=7479 scripts/neo4j-start
    NEO4J_URI=bolt://127.0.0.1:7692 python benchmarks/bench_neo4j.py --events 100000
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from kgbuild.actors import ActorTable, Term
from kgbuild.articles import Article
from kgbuild.events import ActorRef, Event, Evidence, Participant
from kgbuild.neo4j_store import Neo4jConfig, Neo4jStore
from kgbuild.relations import load_ontology
from kgbuild.store import Store

PREFIX = "BENCH"
TARGET = 18_000  # events/s, end to end (issue 14)


def generate(n_events: int, n_actors: int = 200, per_article: int = 4, seed: int = 7
             ) -> tuple[list[tuple[Article, list[Event]]], ActorTable]:
    """Articles with their events (`n_events` distinct ones), deterministic by seed, and the
    office terms of the people who speak for the first 50 actors in some of them.

    Actors are drawn uniformly among `n_actors`, relations among all of the ontology's, so
    that nearly every event makes a projected relationship of its own (the costly case).
    """
    rng = random.Random(seed)
    onto = load_ontology()
    relations = [onto.get(r) for r in sorted(onto.relations)]
    actors = [ActorRef(f"{PREFIX}{i:03d}", f"Bench actor {i}", "state")
              for i in range(n_actors)]
    table = ActorTable()
    agents: dict[str, list[str]] = {}
    for i, actor in enumerate(actors[:50]):
        for j in range(2):
            name = f"{PREFIX} Person {i}-{j}"
            table.add_term(Term(name, actor.code, "foreign minister", "2015-01-01", "2019-12-31"))
            table.add_term(Term(name, actor.code, "head of state", "2020-01-01", None))
            agents.setdefault(actor.code, []).append(name)
    ids: set[str] = set()
    events: list[Event] = []
    while len(events) < n_events:
        i = len(events)
        rel = rng.choice(relations)
        y, m, d = rng.randrange(2015, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
        kind = rng.random()  # nine in ten dated to the day, most others to the month
        date, precision = ((f"{y}-{m:02d}-{d:02d}", "day") if kind > 0.1 else
                           (f"{y}-{m:02d}", "month") if kind > 0.02 else (None, None))
        sentence = f"Sentence {i} about {rel.name.lower().replace('_', ' ')}."
        parties: tuple[Participant, ...] = ()
        if rng.random() < 0.05:  # a summit of three to five, with a host one time in three
            chosen = rng.sample(actors, rng.randrange(3, 6))
            host = rng.random() < 1 / 3
            parties = tuple(Participant(a, "host" if host and k == 0 else "participant")
                            for k, a in enumerate(chosen))
            source, target = chosen[0], chosen[1]
        else:
            source, target = rng.sample(actors, 2)
            if source.code in agents and rng.random() < 0.3:
                source = replace(source, agent=rng.choice(agents[source.code]))
        event = Event(article="", source=source, target=target, relation=rel.name,
                      cameo=rel.cameo, symmetric=rel.symmetric, date=date, date_text=date,
                      date_precision=precision, confidence=round(rng.uniform(0.5, 0.95), 3),
                      evidence=Evidence(sentence, 0, len(sentence), "about", 9, 14),
                      participants=parties)
        if event.event_id not in ids:
            ids.add(event.event_id)
            events.append(event)
    items = []
    for k in range(0, len(events), per_article):
        art = Article(id=f"{PREFIX}-art-{k // per_article:07d}", text=f"Article {k}.",
                      title=f"Article {k}", published="2024-01-01", lang="en",
                      url=f"https://example.org/{k}")
        items.append((art, [replace(e, article=art.id) for e in events[k:k + per_article]]))
    for j, e in enumerate(events[::20]):  # one event in twenty, reported again
        art = Article(id=f"{PREFIX}-again-{j:07d}", text=f"Again {j}.", lang="fr")
        items.append((art, [replace(e, article=art.id)]))
    return items, table


def build_store(path: Path, items: list[tuple[Article, list[Event]]]) -> float:
    """Store the items, 1,000 articles a transaction; the seconds it took."""
    t0 = time.perf_counter()
    with Store(path) as store:
        for i in range(0, len(items), 1000):
            store.add(items[i:i + 1000])
    return time.perf_counter() - t0


def check_ours(neo: Neo4jStore) -> None:
    """Refuse a database that holds actors or articles that are not the benchmark's."""
    recs, _, _ = neo.driver.execute_query(
        "CALL () { MATCH (a:Actor) WHERE NOT a.code STARTS WITH $p RETURN count(a) AS n "
        "UNION ALL MATCH (a:Article) WHERE NOT a.id STARTS WITH $p RETURN count(a) AS n } "
        "RETURN sum(n) AS n", p=PREFIX, database_=neo.config.database)
    if recs[0]["n"]:
        sys.exit(f"bench_neo4j: {neo.config.uri} holds actors or articles that are not the "
                 "benchmark's, and it empties the database: start a server of its own "
                 "(see the top of this file) and point NEO4J_URI at it")


def empty(neo: Neo4jStore) -> None:
    """Delete everything (relationships first: a dense actor in one transaction with
    all its relationships would not fit in the server's memory)."""
    with neo.driver.session(database=neo.config.database) as session:
        for query in ("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
                      "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS"):
            session.run(query).consume()


def timed_push(neo: Neo4jStore, db: Path, table: ActorTable, batch_size: int,
               legacy: bool = False) -> float:
    """Seconds of one `load_store`, opening and reading the store included."""
    t0 = time.perf_counter()
    with Store(db) as store:
        neo.load_store(store, batch_size=batch_size, table=table, legacy=legacy)
    return time.perf_counter() - t0


def canonical(value: Any) -> str:
    """A value as text that does not depend on the order of a map's keys."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {canonical(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(canonical(v) for v in value) + "]"
    return repr(value)


def graph_summary(neo: Neo4jStore, deep: bool) -> dict[str, Any]:
    """Nodes by label, relationships by type, the projected relationships with their
    values, and with `deep` a digest of every node's and relationship's properties."""
    def rows(query: str) -> list[Any]:
        recs, _, _ = neo.driver.execute_query(query, database_=neo.config.database)
        return sorted(canonical(tuple(r.values())) for r in recs)

    out: dict[str, Any] = {
        "nodes": rows("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*)"),
        "relationships": rows("MATCH ()-[r]->() RETURN type(r), count(*)"),
        "projected": rows(
            "MATCH (s:Actor)-[p]->(t:Actor) WHERE p.events IS NOT NULL RETURN type(p), "
            "s.code, t.code, p.events, p.first_date, p.last_date, p.quad_class"),
    }
    if deep:
        digest = hashlib.sha256()
        for line in rows("MATCH (n) RETURN labels(n), properties(n)") + rows(
                "MATCH (a)-[r]->(b) RETURN type(r), coalesce(a.id, a.code, a.name), "
                "coalesce(b.id, b.code, b.name), properties(r)"):
            digest.update(line.encode("utf-8"))
        out["digest"] = digest.hexdigest()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--baseline", type=int, default=None,
                    help="ignored (benchmarks/run passes it): both loaders load every event")
    ap.add_argument("--batch-size", type=int, default=2000, help="as `kgbuild push`'s")
    ap.add_argument("--rounds", type=int, default=2,
                    help="pushes by each loader, side by side; the best of each is kept "
                         "(the machine is shared)")
    ap.add_argument("--warm-up", type=int, default=5000,
                    help="events of the store both loaders push first, untimed")
    ap.add_argument("--shallow", action="store_true",
                    help="compare counts and projected values only, not every property")
    args = ap.parse_args()
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)  # the legacy Cypher's
    config = Neo4jConfig(os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
                         os.environ.get("NEO4J_USERNAME", "neo4j"),
                         os.environ.get("NEO4J_PASSWORD", "kgbuild-dev"),
                         os.environ.get("NEO4J_DATABASE") or None)
    deep = not args.shallow
    load = os.getloadavg()[0]
    old: list[float] = []
    new: list[float] = []
    again: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, Neo4jStore(config) as neo:
        check_ours(neo)
        items, table = generate(args.events)
        db, warm = Path(tmp) / "bench.db", Path(tmp) / "warm.db"
        stored = build_store(db, items)
        build_store(warm, generate(args.warm_up, seed=8)[0])
        with Store(db) as store:
            stats = store.stats()
        for legacy in (True, False):
            empty(neo)
            timed_push(neo, warm, table, args.batch_size, legacy=legacy)
        for i in range(args.rounds):
            empty(neo)
            old.append(timed_push(neo, db, table, args.batch_size, legacy=True))
            if i == 0:
                old_graph = graph_summary(neo, deep)
            empty(neo)
            new.append(timed_push(neo, db, table, args.batch_size))
            if i == 0:
                new_graph, size = graph_summary(neo, deep), neo.counts()
            again.append(timed_push(neo, db, table, args.batch_size))
            if i == 0:
                again_graph = graph_summary(neo, deep)
        empty(neo)

    n = stats["events"]
    old_rate, new_rate, again_rate = n / min(old), n / min(new), n / min(again)

    def runs(times: list[float]) -> str:
        return ", ".join(f"{t:.1f}" for t in times)

    print(f"neo4j push store: {n} events ({stats['multilateral']} of three or more parties,"
          f" {stats['evidence']} reports), {stats['articles']} articles, built in "
          f"{stored:.1f} s; graph of {size['nodes']} nodes, {size['relationships']} "
          f"relationships ({len(new_graph['projected'])} projected); load average "
          f"{load:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"neo4j push before (MERGE, projections in Cypher): best of {runs(old)} s = "
          f"{old_rate:,.0f} events/s")
    print(f"neo4j push now: best of {runs(new)} s = {new_rate:,.0f} events/s "
          f"(target >= {TARGET:,}: {'yes' if new_rate >= TARGET else 'no'})")
    print(f"neo4j push ratio now/before: {new_rate / old_rate:.1f}x")
    print(f"neo4j second push of the same store: best of {runs(again)} s = "
          f"{again_rate:,.0f} events/s, graph unchanged: "
          f"{'yes' if again_graph == new_graph else 'NO'}")
    same = old_graph == new_graph
    compared = ("every property of every node and relationship" if deep
                else "nodes by label, relationships by type, projected values")
    print(f"neo4j graphs of both loaders identical ({compared}): {'yes' if same else 'NO'}")
    if not same:
        for key in old_graph:
            if old_graph[key] != new_graph[key]:
                print(f"  {key} differ: before {str(old_graph[key])[:300]}, "
                      f"now {str(new_graph[key])[:300]}")
    return 0 if same and again_graph == new_graph else 1


if __name__ == "__main__":
    sys.exit(main())
