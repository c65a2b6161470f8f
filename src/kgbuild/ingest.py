"""A run over inputs: read, parse in batches, extract, and (for ingest) store; with a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .articles import Article, Problem, read_articles
from .events import Event
from .extract import Resources, extract_batch
from .nlp import Pipelines
from .store import Store


@dataclass
class Summary:
    """What a run did: articles read, stored, skipped (with reasons), events, actors."""

    read: int = 0
    stored: int = 0
    skipped: list[str] = field(default_factory=list)  # one line each: where and why
    already: int = 0
    events: int = 0
    actors: set[str] = field(default_factory=set)
    relations: Counter[str] = field(default_factory=Counter)

    @property
    def failed(self) -> bool:
        return bool(self.skipped)

    def lines(self, stored: bool) -> list[str]:
        out = [f"articles read: {self.read}"]
        if stored:
            out.append(f"articles stored: {self.stored}"
                       + (f" ({self.already} already in the store, unchanged)"
                          if self.already else ""))
        out.append(f"articles skipped: {len(self.skipped)}")
        out.append(f"events: {self.events}; actors: {len(self.actors)}")
        if self.relations:
            top = ", ".join(f"{r} {n}" for r, n in self.relations.most_common(6))
            out.append(f"relations: {top}")
        return out


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def run(paths: list[str], res: Resources, pipelines: Pipelines, *, store: Store | None = None,
        published: str | None = None, lang: str | None = None, batch_size: int = 32,
        include_future: bool = False, stdin: object = None,
        on_problem: Callable[[Problem], None] = lambda p: None,
        on_batch: Callable[[list[tuple[Article, list[Event]]]], None] = lambda b: None,
        ) -> Summary:
    """Read every input, extract its events in batches, store them when a store is given.

    Bad inputs are reported through `on_problem` and counted; the run goes on. Each batch
    is stored in one transaction, so an interrupted run loses at most the batch in flight.
    """
    summary = Summary()

    def articles() -> Iterator[Article]:
        for item in read_articles(paths, published=published, lang=lang, stdin=stdin):
            if isinstance(item, Problem):
                summary.skipped.append(str(item))
                on_problem(item)
                continue
            summary.read += 1
            if store is not None and store.has_article(item.id):
                summary.already += 1
                continue
            yield item

    for batch in _batched(articles(), batch_size):
        results = extract_batch(batch, pipelines, res, include_future)
        if store is not None:
            summary.stored += len(store.add(results))
        for _, events in results:
            summary.events += len(events)
            for e in events:
                summary.actors.update((e.source.code, e.target.code))
                summary.relations[e.relation] += 1
        on_batch(results)
    return summary
