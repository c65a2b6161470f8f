"""Extraction on a real Dask LocalCluster: the local run's output, even when a worker dies."""

import json
import os
import signal
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from corpus import write

    return write(tmp_path_factory.mktemp("dask") / "gen.jsonl", 120)


@pytest.fixture(scope="module")
def local_rows(corpus, resources, pipelines):
    from kgbuild.articles import read_articles
    from kgbuild.ingest import _batched, extract_batches

    arts = list(read_articles([str(corpus)]))
    out = [e.to_json() for b in extract_batches(_batched(arts, 16), resources, pipelines)
           for x in b for e in x.events]
    assert out
    return arts, out


@pytest.fixture()
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_dask_engine_gives_the_local_output(client, local_rows, resources, pipelines):
    from kgbuild.dask_engine import extract_batches_dask
    from kgbuild.ingest import _batched

    arts, local = local_rows
    got = [e.to_json() for b in extract_batches_dask(_batched(arts, 16), resources, pipelines,
                                                     client=client)
           for x in b for e in x.events]
    assert got == local


def test_dask_engine_worker_killed_mid_run_loses_nothing(client, local_rows, resources,
                                                         pipelines):
    from kgbuild.dask_engine import extract_batches_dask
    from kgbuild.ingest import _batched

    arts, local = local_rows
    pids = client.run(os.getpid)
    victim = sorted(pids)[0]
    got = []
    killed = False
    for i, batch in enumerate(extract_batches_dask(_batched(arts, 8), resources, pipelines,
                                                   client=client)):
        got.extend(e.to_json() for x in batch for e in x.events)
        if i == 1:  # the other batches are queued or running: kill a worker under them
            os.kill(pids[victim], signal.SIGKILL)
            killed = True
    assert killed and got == local
    assert victim not in client.run(os.getpid)  # that worker did die (its nanny restarted it)


def test_dask_engine_cli_same_export_as_one_process(runner, corpus, tmp_path):
    from kgbuild.cli import main

    one, dask = tmp_path / "one.db", tmp_path / "dask.db"
    assert runner.invoke(main, ["ingest", "-q", "--db", str(one), "--workers", "1",
                                str(corpus)]).exit_code == 0
    r = runner.invoke(main, ["ingest", "-q", "--db", str(dask), "--engine", "dask",
                             "--workers", "2", str(corpus)])
    assert r.exit_code == 0, r.output
    outs = []
    for db in (one, dask):
        out = tmp_path / f"{db.stem}.jsonl"
        runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)])
        outs.append(sorted(out.read_text("utf-8").splitlines()))
    assert outs[0] == outs[1] and len(outs[0]) > 50
    assert all(json.loads(line)["id"] for line in outs[0])


def test_dask_engine_unreachable_scheduler_is_one_line(runner, corpus):
    from kgbuild.cli import main

    r = runner.invoke(main, ["extract", "-q", "--engine", "dask", "--scheduler",
                             "tcp://127.0.0.1:1", str(corpus)])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "Dask scheduler tcp://127.0.0.1:1 not reachable" in r.output
