"""Parquet event shards: what a run extracted, written batch by batch to a folder
(`--events-out DIR`) and loaded later into a store or Neo4j (`--from-events DIR`).

Each batch is two files, `articles-NNNNNN.parquet` (the articles, text included, so that a
store loaded from shards is the store the run would have written) and
`events-NNNNNN.parquet` (one row per event as its article reported it: the event's JSON
and its key columns for tools that read shards directly: pandas, DuckDB, Spark).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .articles import Article
from .errors import ExtraMissing, StoreError
from .events import Event, event_from_json

ARTICLE_FIELDS = ("id", "title", "url", "published", "lang", "source", "path", "text")
EVENT_FIELDS = ("article", "id", "source", "relation", "target", "cameo", "date",
                "date_precision", "confidence", "modality", "participants", "data")


def _arrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExtraMissing("event shards need pyarrow: pip install 'kgbuild[analysis]'"
                           ) from exc
    return pa, pq


class ShardWriter:
    """Writes each batch of (article, events) as one pair of shards; implements the
    `add` of the store protocol (kgbuild.store.GraphSink)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.folder}: cannot create the shard folder "
                             f"({exc.strerror})") from exc
        done = sorted(self.folder.glob("articles-*.parquet"))
        self.next = int(done[-1].stem.split("-")[1]) + 1 if done else 1
        self.articles = 0
        self.events = 0

    def article_states(self, articles: list[Article]) -> list[str]:
        return ["new"] * len(articles)  # shards keep every run's output; loading them dedupes

    def record_relations(self, ontology: Any) -> None:
        """Nothing to keep: the store the shards are loaded into records them."""

    def add(self, items: Iterable[tuple[Article, list[Event]]]) -> list[str]:
        from .export import atomic_write

        pa, pq = _arrow()
        items = list(items)
        if not items:
            return []
        arts = pa.Table.from_pylist(
            [{f: getattr(a, f) for f in ARTICLE_FIELDS} for a, _ in items],
            schema=pa.schema([(f, pa.string()) for f in ARTICLE_FIELDS]))
        rows = [{"article": a.id, "id": e.event_id,
                 "source": None if e.participants else e.source.code,
                 "relation": e.relation,
                 "target": None if e.participants else e.target.code,
                 "cameo": e.cameo, "date": e.date, "date_precision": e.date_precision,
                 "confidence": e.confidence, "modality": e.modality,
                 "participants": "; ".join(f"{p.actor.code}:{p.role}"
                                           for p in e.participants),
                 "data": json.dumps(e.to_json(), ensure_ascii=False)}
                for a, events in items for e in events]
        schema = pa.schema([(f, pa.float64() if f == "confidence" else pa.string())
                            for f in EVENT_FIELDS])
        events = pa.Table.from_pylist(rows, schema=schema)
        n = f"{self.next:06d}"
        # events first: a shard pair whose articles file exists is complete
        atomic_write(self.folder / f"events-{n}.parquet",
                     lambda tmp: pq.write_table(events, tmp))
        atomic_write(self.folder / f"articles-{n}.parquet",
                     lambda tmp: pq.write_table(arts, tmp))
        self.next += 1
        self.articles += len(items)
        self.events += len(rows)
        return [a.id for a, _ in items]


def read_shards(folder: str | Path) -> Iterator[list[tuple[Article, list[Event]]]]:
    """The batches a run wrote, in order, as (article, events) pairs."""
    _, pq = _arrow()
    folder = Path(folder)
    shards = sorted(folder.glob("articles-*.parquet"))
    if not shards:
        raise StoreError(f"{folder}: no event shards (articles-*.parquet) there; write "
                         "them with kgbuild ingest --events-out DIR")
    for path in shards:
        n = path.stem.split("-")[1]
        try:
            arts = pq.read_table(path).to_pylist()
            events = pq.read_table(folder / f"events-{n}.parquet",
                                   columns=["article", "data"]).to_pylist()
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: unreadable shard ({exc}); write it again") from exc
        by_article: dict[str, list[Event]] = {}
        for row in events:
            by_article.setdefault(row["article"], []).append(
                event_from_json(json.loads(row["data"])))
        yield [(Article(**{f: a[f] for f in ARTICLE_FIELDS}), by_article.get(a["id"], []))
               for a in arts]
