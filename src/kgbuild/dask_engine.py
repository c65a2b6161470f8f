"""Extraction on Dask: the same pure `extract_batch` over the same batches, on a cluster.

A worker plugin loads the actor tables and frames once per worker (spaCy pipelines load on
a worker's first article of each language, then stay); each task is one batch of articles
(a few MB of text at most) and sends back what was extracted (events, names, error), never
parsed Docs. Batches are submitted in order with a bounded number in flight and gathered in
order, so the output is the local run's, whatever the cluster. A worker that dies loses its
tasks to the scheduler, which runs them elsewhere (up to `distributed.scheduler.
allowed-failures` times); a batch that still fails is extracted here, as a local run does.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import dask
import distributed
from distributed.diagnostics.plugin import WorkerPlugin

from .articles import Article
from .errors import EngineUnavailable
from .extract import Extraction, Resources, extract_batch

if TYPE_CHECKING:
    from distributed import Client, Future

    from .nlp import Pipelines

PLUGIN = "kgbuild-extraction"
# Batches in flight per worker thread: enough to keep every core busy while results are
# gathered in order, few enough that memory stays bounded on a long input.
IN_FLIGHT = 3


class ExtractionPlugin(WorkerPlugin):  # type: ignore[misc]
    """Loads what extraction needs once per worker."""

    name = PLUGIN

    def __init__(self, files: tuple[tuple[str, ...], tuple[str, ...]],
                 include_future: bool) -> None:
        self.files = files
        self.include_future = include_future
        self.res: Resources | None = None
        self.pipelines: Pipelines | None = None

    def setup(self, worker: Any) -> None:
        from .nlp import Pipelines

        self.res = Resources.load(*self.files)
        self.pipelines = Pipelines()

    def teardown(self, worker: Any) -> None:
        self.res = self.pipelines = None


def _extract_task(batch: list[Article]) -> list[tuple[Any, ...]]:
    """One batch on a worker: what was extracted, article by article (no Docs travel)."""
    plugin = distributed.get_worker().plugins[PLUGIN]
    assert isinstance(plugin, ExtractionPlugin) and plugin.res and plugin.pipelines
    return [(x.events, x.unresolved, x.error) for x in
            extract_batch(batch, plugin.pipelines, plugin.res, plugin.include_future)]


def connect(scheduler: str | None = None, workers: int = 0) -> Client:
    """A client of the cluster at `scheduler` (or DASK_SCHEDULER_ADDRESS); without one, a
    local cluster of `workers` processes (0: one per CPU), one thread each."""
    address = scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS")
    try:
        if address:
            return distributed.Client(address, timeout="10s")
        n = workers or os.cpu_count() or 1
        # the workers' statistical profiler samples every thread every 10 ms (a few per
        # cent of a parse-bound run, for a dashboard nobody opens here); the nanny's
        # MALLOC_TRIM_THRESHOLD_ makes glibc hand memory back on every free, which spaCy's
        # many small allocations pay for: the local workers run with neither
        with dask.config.set({"distributed.worker.profile.enabled": False,
                              "distributed.nanny.pre-spawn-environ": {}}):
            cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1,
                                               processes=True, dashboard_address=None)
        return distributed.Client(cluster)
    except (OSError, TimeoutError) as exc:
        where = address or "a local cluster"
        raise EngineUnavailable(f"Dask scheduler {where} not reachable ({exc}); start it "
                                "or check DASK_SCHEDULER_ADDRESS / --scheduler") from exc


def extract_batches_dask(batches: Iterable[list[Article]], res: Resources,
                         pipelines: Pipelines, include_future: bool = False,
                         client: Client | None = None, scheduler: str | None = None,
                         workers: int = 0) -> Iterator[list[Extraction]]:
    """Extract batch after batch on Dask, in input order: the local run's output."""
    own = client is None
    client = client or connect(scheduler, workers)
    try:
        client.register_plugin(ExtractionPlugin(res.files, include_future), name=PLUGIN)
        slots = IN_FLIGHT * max(1, sum(client.nthreads().values()))
        pending: deque[tuple[list[Article], Future]] = deque()

        def joined(batch: list[Article], fut: Future) -> list[Extraction]:
            try:
                got = fut.result()
                return [Extraction(art, *x) for art, x in zip(batch, got, strict=True)]
            except Exception:  # noqa: BLE001 - the cluster gave up on it: done here
                return extract_batch(batch, pipelines, res, include_future)
            finally:
                fut.release()

        for batch in batches:
            pending.append((batch, client.submit(_extract_task, batch, pure=False)))
            if len(pending) >= slots:
                yield joined(*pending.popleft())
        while pending:
            yield joined(*pending.popleft())
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
