"""Embedded store: events/s written batched (one transaction per batch) vs one per event.

Both sides store the same generated articles and events through the same `Store.add`;
only the number of (article, events) items per call, hence per transaction, differs.
Each article carries one event, so "per article" is "per event".

    python benchmarks/bench_store.py --events 100000 --baseline 5000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from kgbuild.articles import Article
from kgbuild.events import ActorRef, Event, Evidence
from kgbuild.relations import load_ontology
from kgbuild.store import Store


def generate(n: int, seed: int = 7) -> list[tuple[Article, list[Event]]]:
    """`n` articles of one event each, deterministic by seed."""
    rng = random.Random(seed)
    onto = load_ontology()
    relations = [onto.get(r) for r in sorted(onto.relations)]
    actors = [ActorRef(f"A{i:03d}", f"Actor {i}", "state") for i in range(200)]
    out = []
    for i in range(n):
        s, t = rng.sample(actors, 2)
        rel = rng.choice(relations)
        day = f"20{rng.randrange(15, 26)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        sentence = f"{s.name} and {t.name} did something on {day} (sentence {i})."
        art = Article(id=f"store-bench-{i:07d}", text=sentence, title=f"Article {i}",
                      published=day, lang="en", url=f"https://example.org/{i}")
        ev = Event(article=art.id, source=s, target=t, relation=rel.name, cameo=rel.cameo,
                   symmetric=rel.symmetric, date=day, date_text=day, date_precision="day",
                   confidence=0.8, evidence=Evidence(sentence, 0, len(sentence), "did", 0, 3))
        out.append((art, [ev]))
    return out


def timed(items: list[tuple[Article, list[Event]]], per_call: int) -> float:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        t0 = time.perf_counter()
        for i in range(0, len(items), per_call):
            store.add(items[i:i + per_call])
        elapsed = time.perf_counter() - t0
        assert store.stats()["events"] == len(items), "every event is stored"
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--baseline", type=int, default=5_000,
                    help="events stored one transaction each (the rate is per event)")
    ap.add_argument("--batch", type=int, default=1000, help="events per transaction")
    args = ap.parse_args()
    items = generate(args.events)
    batched = timed(items, args.batch)
    single = timed(items[:args.baseline], 1)
    b_rate, s_rate = args.events / batched, args.baseline / single
    print(f"store batched ({args.batch} events/tx): {args.events} events in {batched:.1f} s "
          f"= {b_rate:,.0f} events/s (target >= 50,000)")
    print(f"store one transaction per event: {args.baseline} events in {single:.1f} s "
          f"= {s_rate:,.0f} events/s")
    print(f"store ratio batched/per-event: {b_rate / s_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
