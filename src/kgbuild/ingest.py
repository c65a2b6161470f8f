"""A run over inputs: read, parse in batches, extract, and (for ingest) store; with a summary."""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from .articles import Article, Problem, read_articles
from .errors import ExtraMissing
from .events import Event
from .extract import Extraction, Resources, extract_batch
from .nlp import Pipelines
from .store import GraphSink


@dataclass
class Summary:
    """What a run did: articles read, stored, skipped (with reasons), events, actors."""

    read: int = 0
    stored: int = 0
    skipped: list[str] = field(default_factory=list)  # one line each: where and why
    already: int = 0
    replaced: int = 0  # stored before with another text: re-extracted, evidence replaced
    events: int = 0
    actors: set[str] = field(default_factory=set)
    relations: Counter[str] = field(default_factory=Counter)
    unresolved: Counter[str] = field(default_factory=Counter)

    @property
    def failed(self) -> bool:
        return bool(self.skipped)

    def lines(self, stored: bool) -> list[str]:
        out = [f"articles read: {self.read}"]
        if stored:
            notes = ([f"{self.already} already in the store, unchanged"] if self.already
                     else []) + ([f"{self.replaced} replaced: their text changed"]
                                 if self.replaced else [])
            out.append(f"articles stored: {self.stored}"
                       + (f" ({'; '.join(notes)})" if notes else ""))
        out.append(f"articles skipped: {len(self.skipped)}")
        out.append(f"events: {self.events}; actors: {len(self.actors)}")
        if self.relations:
            top = ", ".join(f"{r} {n}" for r, n in self.relations.most_common(6))
            out.append(f"relations: {top}")
        if self.unresolved:
            top = ", ".join(f"{n} {c}" for n, c in self.unresolved.most_common(8))
            out.append(f"unresolved names ({len(self.unresolved)}; add them with --actors "
                       f"when they are actors): {top}")
        return out


def load_shards(folder: str, store: GraphSink) -> Summary:
    """Store the event shards a run wrote (kgbuild.shards), batch by batch, as it would
    have stored them."""
    from .relations import load_ontology
    from .shards import read_shards

    summary = Summary()
    store.record_relations(load_ontology())
    for batch in read_shards(folder):
        summary.read += len(batch)
        fresh = []
        states = store.article_states([art for art, _ in batch])
        for (art, events), state in zip(batch, states, strict=True):
            if state == "same":
                summary.already += 1
                continue
            summary.replaced += state == "changed"
            fresh.append((art, events))
        summary.stored += len(store.add(fresh))
        for _, events in fresh:
            summary.events += len(events)
            for e in events:
                summary.actors.update(a.code for a in e.actors)
                summary.relations[e.relation] += 1
    return summary


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


# -- parallel extraction -------------------------------------------------------------
# Each worker process loads its own pipelines and tables once, then maps the pure
# `extract_batch` over the batches it is sent; results come back in input order, so the
# output is identical to a one-process run (the same holds on Dask or Ray).

_WORKER: dict[str, object] = {}
RECYCLE_BATCHES = 50
# Articles per batch: a mixed batch is parsed as one nlp.pipe call per language, so 64
# gives spaCy ~32 same-language texts at a time.
BATCH_SIZE = 64


# Below this many articles, starting worker processes (each loads its tables and models,
# ~5-10 s) costs more than it saves on this kind of machine (benchmarks/bench_extract.py
# measures the break-even); `--workers auto` uses one process below it.
AUTO_MIN_ARTICLES = 400


def auto_workers(articles: int | None) -> int:
    """Processes for `--workers auto`: one per CPU when the input is large enough (or of
    unknown size, stdin), else one."""
    if articles is not None and articles < AUTO_MIN_ARTICLES:
        return 1
    return os.cpu_count() or 1


def _init_worker(files: tuple[tuple[str, ...], tuple[str, ...]], include_future: bool
                 ) -> None:
    _WORKER["res"] = Resources.load(*files)
    _WORKER["pipelines"] = Pipelines()
    _WORKER["include_future"] = include_future


Extracted = tuple[list[Event], tuple[str, ...], "str | None"]  # events, names, error


def _extract_in_worker(batch: list[Article]) -> list[Extracted]:
    res, pipes = _WORKER["res"], _WORKER["pipelines"]
    assert isinstance(res, Resources) and isinstance(pipes, Pipelines)
    # the articles stay in the parent: only what was extracted travels back
    return [(x.events, x.unresolved, x.error) for x in
            extract_batch(batch, pipes, res, bool(_WORKER["include_future"]))]


def extract_batches(batches: Iterable[list[Article]], res: Resources, pipelines: Pipelines,
                    include_future: bool = False, workers: int = 1,
                    ) -> Iterator[list[Extraction]]:
    """Extract batch after batch, in order; with `workers` > 1 in that many processes.

    At most two batches per worker are in flight, so memory stays bounded however long
    the input is. `workers` 0 means one per CPU.
    """
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        for batch in batches:
            yield extract_batch(batch, pipelines, res, include_future)
        return
    # Workers are replaced after RECYCLE_BATCHES batches: a long run's memory stays that of
    # a short one (spaCy's pipelines grow slowly as they parse); "spawn" is what
    # max_tasks_per_child requires, and loads the models afresh in each new worker.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             max_tasks_per_child=RECYCLE_BATCHES, initializer=_init_worker,
                             initargs=(res.files, include_future)) as pool:
        pending: deque[tuple[list[Article], Future[list[Extracted]] | None]] = deque()

        def joined(batch: list[Article], fut: Future[list[Extracted]] | None
                   ) -> list[Extraction]:
            if fut is not None:
                try:
                    return [Extraction(art, *got)
                            for art, got in zip(batch, fut.result(), strict=True)]
                except Exception:  # noqa: BLE001, S110 - a worker died: redone below
                    pass
            return extract_batch(batch, pipelines, res, include_future)

        for batch in batches:
            try:
                fut: Future[list[Extracted]] | None = pool.submit(_extract_in_worker, batch)
            except Exception:  # noqa: BLE001 - the pool broke: done here instead
                fut = None
            pending.append((batch, fut))
            if len(pending) >= 2 * workers:
                yield joined(*pending.popleft())
        while pending:
            yield joined(*pending.popleft())


def run(paths: list[str], res: Resources, pipelines: Pipelines, *, store: GraphSink | None = None,
        published: str | None = None, lang: str | None = None, batch_size: int = BATCH_SIZE,
        include_future: bool = False, stdin: object = None, workers: int = 1,
        on_problem: Callable[[Problem], None] = lambda p: None,
        on_batch: Callable[[list[Extraction]], None] = lambda b: None,
        on_unchanged: Callable[[Article], None] = lambda a: None,
        engine: str = "local", scheduler: str | None = None,
        ) -> Summary:
    """Read every input, extract its events in batches, store them when a store is given.

    Bad inputs are reported through `on_problem` and counted; the run goes on. Each batch
    is stored in one transaction, so an interrupted run loses at most the batches in
    flight. Articles stream through: only the batches in flight are held in memory.
    """
    summary = Summary()
    if store is not None:
        store.record_relations(res.ontology)

    def articles() -> Iterator[Article]:
        for item in read_articles(paths, published=published, lang=lang, stdin=stdin):
            if isinstance(item, Problem):
                summary.skipped.append(str(item))
                on_problem(item)
                continue
            summary.read += 1
            yield item

    def fresh_batches() -> Iterator[list[Article]]:
        """Batches of the articles to extract: those the store holds with the same text
        are left out, found by one look-up per batch."""
        for batch in _batched(articles(), batch_size):
            states = store.article_states(batch) if store is not None else ["new"] * len(batch)
            fresh = []
            for art, state in zip(batch, states, strict=True):
                if state == "same":
                    summary.already += 1
                    on_unchanged(art)
                    continue
                summary.replaced += state == "changed"
                fresh.append(art)
            if fresh:
                yield fresh

    batches = fresh_batches()
    if engine == "dask":
        try:
            from .dask_engine import extract_batches_dask
        except ImportError as exc:
            raise ExtraMissing("--engine dask needs dask and distributed: "
                               "pip install 'kgbuild[dask]'") from exc
        runs = extract_batches_dask(batches, res, pipelines, include_future,
                                    scheduler=scheduler, workers=workers)
    else:
        runs = extract_batches(batches, res, pipelines, include_future, workers)
    for extracted in runs:
        results = [x for x in extracted if x.error is None]
        for x in extracted:
            if x.error is not None:  # that article only: reported, not stored, run goes on
                problem = Problem(x.article.path or "-",
                                  f"article {x.article.id}: could not be parsed ({x.error})")
                summary.skipped.append(str(problem))
                on_problem(problem)
        if store is not None:
            summary.stored += len(store.add((x.article, x.events) for x in results))
        for x in results:
            summary.events += len(x.events)
            summary.unresolved.update(x.unresolved)
            for e in x.events:
                summary.actors.update(a.code for a in e.actors)
                summary.relations[e.relation] += 1
        on_batch(extracted)
    return summary
