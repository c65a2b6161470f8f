"""Neo4j loader: events/s for the batched UNWIND loader vs one transaction per event.

Both paths run the same packaged statement (`load_events.cypher`) through the same
`Neo4jStore.load_rows`; only the batch size differs. The generated graph uses its own
actor codes and ids (prefix BENCH), which the benchmark deletes before and after, so a
server holding real data keeps it. Needs a running server (scripts/neo4j-start).

    python benchmarks/bench_neo4j.py --events 100000 --baseline 5000
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, timedelta
from typing import Any

from kgbuild.neo4j_store import Neo4jConfig, Neo4jStore, triple_key
from kgbuild.relations import load_ontology

PREFIX = "BENCH"


def generate(n_events: int, n_actors: int = 200, n_articles: int = 20000, seed: int = 7
             ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Actors, articles and `n_events` event rows as the loader takes them; deterministic."""
    rng = random.Random(seed)
    onto = load_ontology()
    relations = sorted(onto.relations)
    actors = [{"code": f"{PREFIX}{i:04d}", "name": f"Actor {i}", "kind": "state"}
              for i in range(n_actors)]
    start = date(2015, 1, 1)
    articles = [{"id": f"{PREFIX}-art-{i:07d}", "title": f"Article {i}",
                 "url": f"https://example.org/{i}", "lang": "fr" if i % 2 else "en",
                 "published": (start + timedelta(days=i % 3650)).isoformat()}
                for i in range(n_articles)]
    rows = []
    for i in range(n_events):
        s, t = rng.sample(actors, 2)
        rel = onto.get(rng.choice(relations))
        day = (start + timedelta(days=rng.randrange(3650))).isoformat()
        art = rng.choice(articles)["id"]
        rows.append({
            "id": f"{PREFIX}-ev-{i:08d}", "source": s["code"], "target": t["code"],
            "triple": triple_key(s["code"], rel.name, t["code"]),
            "relation": rel.name, "cameo": rel.cameo, "root": rel.cameo[:2],
            "quad_class": rel.quad_class, "goldstein": rel.goldstein,
            "symmetric": rel.symmetric, "date": day, "date_precision": "day",
            "year": int(day[:4]), "month": int(day[5:7]), "confidence": 0.8,
            "modality": "asserted",
            "evidence": [{"article": art, "sentence": f"Sentence {i} of the article.",
                          "start": 0, "end": 27}],
        })
    return actors, articles, rows


def cleanup(neo: Neo4jStore) -> None:
    for label, key in (("Event", "id"), ("Article", "id"), ("Actor", "code")):
        with neo.driver.session(database=neo.config.database) as session:
            session.run(
                f"MATCH (n:{label}) WHERE n.{key} STARTS WITH $p "
                "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
                p=PREFIX).consume()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--baseline", type=int, default=5_000,
                    help="events loaded one transaction each (a sample: the rate is per event)")
    ap.add_argument("--batch-size", type=int, default=2000)
    args = ap.parse_args()
    config = Neo4jConfig(os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
                         os.environ.get("NEO4J_USERNAME", "neo4j"),
                         os.environ.get("NEO4J_PASSWORD", "kgbuild-dev"),
                         os.environ.get("NEO4J_DATABASE") or None)
    actors, articles, rows = generate(args.events)
    with Neo4jStore(config) as neo:
        neo.create_schema()
        cleanup(neo)
        neo.load_rows("load_actors", actors, args.batch_size)
        neo.load_rows("load_articles", articles, args.batch_size)

        t0 = time.perf_counter()
        neo.load_rows("load_events", rows, args.batch_size)
        batched = time.perf_counter() - t0
        t0 = time.perf_counter()
        neo.project({(r["source"], r["relation"], r["target"]) for r in rows}, args.batch_size)
        projected = time.perf_counter() - t0
        recs, _, _ = neo.driver.execute_query(
            "MATCH (e:Event) WHERE e.id STARTS WITH $p RETURN count(e) AS n", p=PREFIX)
        assert recs[0]["n"] == len(rows), "every generated event is loaded"
        cleanup(neo)
        neo.load_rows("load_actors", actors, args.batch_size)
        neo.load_rows("load_articles", articles, args.batch_size)

        sample = rows[:args.baseline]
        t0 = time.perf_counter()
        neo.load_rows("load_events", sample, 1)
        single = time.perf_counter() - t0
        cleanup(neo)

    b_rate, s_rate = len(rows) / batched, len(sample) / single
    print(f"neo4j batched (UNWIND, {args.batch_size}/tx): {len(rows)} events in {batched:.1f} s"
          f" = {b_rate:,.0f} events/s (+ projection of relationships {projected:.1f} s)")
    print(f"neo4j one transaction per event: {len(sample)} events in {single:.1f} s"
          f" = {s_rate:,.0f} events/s")
    print(f"neo4j ratio batched/per-event: {b_rate / s_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
