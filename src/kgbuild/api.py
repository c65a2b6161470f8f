"""The Python API, for notebooks: a stored graph as pandas tables and networkx graphs, and
extraction from one text without a store.

    import kgbuild
    kg = kgbuild.open("kgbuild.db")
    df = kg.events(since="2024-01", actor="RUS", root="04")
    g = kg.graph(actor=["RUS", "CHN"])
    events = kgbuild.extract_text("La Chine et la Russie ont signé...", lang="fr",
                                  published="2024-11-12")
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ExtraMissing, StoreError
from .events import Event
from .filters import EventFilter

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from .extract import Resources
    from .nlp import Pipelines
    from .store import Store

STRING_COLUMNS = ("id", "source", "relation", "target", "participants", "cameo", "root",
                  "plover", "date", "date_precision", "modality", "articles", "url",
                  "sentence")


def _many(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _filter(since: str | None = None, until: str | None = None,
            actor: str | Iterable[str] | None = None,
            relation: str | Iterable[str] | None = None,
            root: str | Iterable[str] | None = None,
            min_confidence: float | None = None) -> EventFilter:
    return EventFilter.of(since, until, _many(actor), _many(relation), _many(root),
                          min_confidence)


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError as exc:
        raise ExtraMissing("DataFrames need pandas: pip install 'kgbuild[analysis]'") from exc
    return pd


class Graph:
    """A kgbuild store opened for reading. Filters (all optional) are those of the CLI:
    since/until (YYYY, YYYY-MM, YYYY-MM-DD), actor (a code or a list: events involving all
    of them), relation and root (one or a list: any of them), min_confidence."""

    def __init__(self, path: str | Path) -> None:
        from .store import Store

        if not Path(path).exists():
            raise StoreError(f"{path}: no store there; run 'kgbuild ingest PATH' first")
        self.path = Path(path)
        self.store: Store = Store(path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, since: str | None = None, until: str | None = None,
             actor: str | Iterable[str] | None = None,
             relation: str | Iterable[str] | None = None,
             root: str | Iterable[str] | None = None,
             min_confidence: float | None = None) -> list[dict[str, Any]]:
        """The event rows (dicts, with participants and evidence) that pass the filters."""
        flt = _filter(since, until, actor, relation, root, min_confidence)
        return list(self.store.event_rows(flt))

    def events(self, since: str | None = None, until: str | None = None,
               actor: str | Iterable[str] | None = None,
               relation: str | Iterable[str] | None = None,
               root: str | Iterable[str] | None = None,
               min_confidence: float | None = None) -> pd.DataFrame:
        """One row per event: codes as strings ("040", not 40), `date` as written with its
        `date_precision`, `date_start`/`date_end` as datetimes (the days it covers),
        QuadClass, Goldstein and PLOVER, participants ("CODE:role; ..." for events of three
        or more parties), the first sentence and URL."""
        from .export import CSV_FIELDS, table_row
        from .relations import load_ontology

        pd = _pandas()
        ontology = load_ontology()
        records = [table_row(ev, ontology) for ev in self.rows(
            since, until, actor, relation, root, min_confidence)]
        df = pd.DataFrame.from_records(records, columns=CSV_FIELDS)
        for col in STRING_COLUMNS:
            df[col] = df[col].astype("string")
        for col in ("date_start", "date_end"):
            df[col] = pd.to_datetime(df[col], format="%Y-%m-%d")
        df["quad_class"] = df["quad_class"].astype("Int8")
        df["goldstein"] = df["goldstein"].astype("float64")
        df["confidence"] = df["confidence"].astype("float64")
        df["symmetric"] = df["symmetric"].astype("bool")
        return df

    def participants(self, **filters: Any) -> pd.DataFrame:
        """One row per (event, party) of events of three or more parties: event_id, actor,
        role."""
        pd = _pandas()
        rows = [{"event_id": ev["id"], "actor": p["code"], "role": p["role"]}
                for ev in self.rows(**filters) for p in ev["participants"]]
        return pd.DataFrame.from_records(rows, columns=["event_id", "actor", "role"]
                                         ).astype("string")

    def graph(self, since: str | None = None, until: str | None = None,
              actor: str | Iterable[str] | None = None,
              relation: str | Iterable[str] | None = None,
              root: str | Iterable[str] | None = None,
              min_confidence: float | None = None) -> nx.MultiDiGraph:
        """A networkx MultiDiGraph: actors as nodes, one edge per event and pair (the
        GraphML export's graph)."""
        from .export import build_graph
        from .relations import load_ontology

        rows = self.rows(since, until, actor, relation, root, min_confidence)
        return build_graph(self.store.actors(), rows, load_ontology())

    def stats(self, **filters: Any) -> dict[str, Any]:
        """The counts `kgbuild stats` prints."""
        return self.store.stats(_filter(**filters))


def open_graph(path: str | Path = "kgbuild.db") -> Graph:
    """Open a kgbuild store for reading (`kgbuild.open`)."""
    return Graph(path)


@functools.lru_cache(maxsize=4)
def _loaded(actor_files: tuple[str, ...], frame_files: tuple[str, ...]
            ) -> tuple[Resources, Pipelines]:
    from .extract import Resources
    from .nlp import Pipelines

    return Resources.load(actor_files, frame_files), Pipelines()


def extract_text(text: str, lang: str | None = None, published: str | None = None,
                 include_future: bool = False, actors: Iterable[str] = (),
                 frames: Iterable[str] = (), article_id: str = "text") -> list[Event]:
    """The events of one article's text, without a store (models load once per process).
    `lang` "fr" or "en" (None: detected); `published` YYYY-MM-DD resolves relative dates.
    Each event's `pairs()` gives the pairs an event of three or more parties stands for."""
    from .articles import Article, detect_language
    from .extract import extract_batch

    res, pipelines = _loaded(tuple(actors), tuple(frames))
    art = Article(id=article_id, text=text, published=published,
                  lang=lang or detect_language(text))
    (result,) = extract_batch([art], pipelines, res, include_future=include_future)
    if result.error:
        raise StoreError(f"{article_id}: could not be parsed ({result.error})")
    return result.events
