"""Parquet event shards: written by a run, loaded into a store or Neo4j later."""

import json

import pytest
from conftest import EXAMPLES

from kgbuild.cli import main

pytest.importorskip("pyarrow")


def _export(runner, db, tmp_path):
    out = tmp_path / f"{db.stem}.jsonl"
    r = runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out.read_text("utf-8")


def test_shards_loaded_later_give_the_store_a_run_gives(runner, tmp_path):
    shards, direct, later = tmp_path / "shards", tmp_path / "direct.db", tmp_path / "later.db"
    r = runner.invoke(main, ["ingest", "--events-out", str(shards), "--batch-size", "2",
                             str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    assert "shards: 6 articles" in r.output
    assert len(list(shards.glob("articles-*.parquet"))) == 3
    assert runner.invoke(main, ["ingest", "-q", "--db", str(direct), str(EXAMPLES)]
                         ).exit_code == 0
    r = runner.invoke(main, ["ingest", "--db", str(later), "--from-events", str(shards)])
    assert r.exit_code == 0 and "articles stored: 6" in r.output
    assert _export(runner, later, tmp_path) == _export(runner, direct, tmp_path)
    r = runner.invoke(main, ["ingest", "--db", str(later), "--from-events", str(shards)])
    assert "6 already in the store, unchanged" in r.output


def test_shards_readable_by_other_tools(runner, tmp_path):
    import pyarrow.parquet as pq

    shards = tmp_path / "s"
    runner.invoke(main, ["ingest", "-q", "--events-out", str(shards), str(EXAMPLES)])
    rows = pq.read_table(shards / "events-000001.parquet").to_pylist()
    ratify = next(r for r in rows if r["relation"] == "RATIFY_AGREEMENT")
    assert (ratify["source"], ratify["target"], ratify["cameo"]) == ("PRK", "RUS", "057")
    assert json.loads(ratify["data"])["id"] == ratify["id"]


@pytest.mark.parametrize("args, says", [
    (["--from-events", "{empty}"], "no event shards"),
    (["--from-events", "{empty}", str(EXAMPLES)], "not both"),
    ([], "give PATHS to read"),
    (["--events-out", "{empty}", "--neo4j", str(EXAMPLES)], "--events-out writes shards only"),
])
def test_shards_errors_are_one_line(runner, tmp_path, args, says):
    empty = tmp_path / "empty"
    empty.mkdir()
    args = [a.replace("{empty}", str(empty)) for a in args]
    r = runner.invoke(main, ["ingest", "--db", str(tmp_path / "k.db"), *args])
    assert r.exit_code in (1, 2) and says in r.output and "Traceback" not in r.output


def test_shards_pushed_to_neo4j_equal_the_store_pushed(runner, tmp_path):
    from test_neo4j_store import PASSWORD, REFUSED, URI

    if REFUSED is not None:
        pytest.skip(REFUSED)
    from kgbuild.neo4j_store import Neo4jConfig, Neo4jStore

    shards, db = tmp_path / "s", tmp_path / "k.db"
    runner.invoke(main, ["ingest", "-q", "--events-out", str(shards), str(EXAMPLES)])
    runner.invoke(main, ["ingest", "-q", "--db", str(db), str(EXAMPLES)])
    counts = []
    with Neo4jStore(Neo4jConfig(URI, "neo4j", PASSWORD)) as neo:
        for args in (["--db", str(db)], ["--from-events", str(shards)]):
            neo.driver.execute_query("MATCH (n) WHERE NOT n:KgbuildTestServer DETACH DELETE n")
            r = runner.invoke(main, ["push", "--neo4j-uri", URI, *args])
            assert r.exit_code == 0, r.output
            counts.append(neo.counts())
    assert counts[0] == counts[1] and counts[0]["nodes"] > 0
