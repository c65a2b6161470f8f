"""`write_import` + scripts/neo4j-import (the real neo4j-admin import tool) into a new home,
a server started on it, against `kgbuild push` into the suite's own server: the same graph.
Never skipped when CI is set."""

import csv
import os
import random
import shutil
import socket
import subprocess
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, neo4j_required
from test_neo4j_store import PASSWORD, URI
from test_neo4j_store import REFUSED as SERVER_REFUSED

from kgbuild.cli import main
from kgbuild.neo4j_import import write_import
from kgbuild.store import Store

# Only the server the suite itself started (scripts/neo4j-test): test_neo4j_store's guard.
SCRIPTS = ROOT / "scripts"


MISSING_TOOLS = [t for t in ("java", "mvn") if shutil.which(t) is None]
REFUSED = SERVER_REFUSED or (
    f"{' and '.join(MISSING_TOOLS)} not found: the import tool needs them"
    if MISSING_TOOLS else None)
if REFUSED and neo4j_required():
    raise RuntimeError(f"CI needs the suite's own Neo4j, java and mvn: {REFUSED}")
needs_server = pytest.mark.skipif(REFUSED is not None, reason=REFUSED or "")

SUMMIT = """---
id: summit
title: "Kazan: \\"Brics\\",\\nChina, Russia; India"
published: 2024-10-22
lang: fr
---
Les dirigeants de la Chine, de la Russie et de l'Inde se sont réunis mardi au "sommet".
"""  # a title with quotes, a comma, a semicolon and a newline; a sentence with quotes


def _free_ports(n: int) -> list[int]:
    """`n` ports in 7700-7799 nobody listens on (bound and released here to check)."""
    ports: list[int] = []
    for port in random.sample(range(7700, 7800), 100):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        ports.append(port)
        if len(ports) == n:
            return ports
    raise RuntimeError("no free ports in 7700-7799")


def _key(props: dict[str, Any]) -> str:
    return str(props.get("code") or props.get("id") or props.get("name"))


def _graph(driver: Any) -> dict[str, Any]:
    """Everything but the test server's marker: nodes and relationships with their
    properties (dates as text), relationships named by their ends' keys."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) WHERE NOT n:KgbuildTestServer RETURN labels(n) AS l, properties(n) AS p")
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(a) AS a, properties(b) AS b, "
        "properties(r) AS p")

    def text(props: dict[str, Any]) -> list[tuple[str, str]]:
        return sorted((k, repr(str(v) if hasattr(v, "iso_format") else v))
                      for k, v in props.items())

    return {
        "nodes": sorted((r["l"], text(r["p"])) for r in nodes),
        "relationships": sorted((r["t"], _key(r["a"]), _key(r["b"]), text(r["p"]))
                                for r in rels),
    }


def _counts(driver: Any) -> tuple[dict[str, int], dict[str, int]]:
    labels, _, _ = driver.execute_query(
        "MATCH (n) WHERE NOT n:KgbuildTestServer RETURN labels(n)[0] AS k, count(*) AS n")
    types, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n")
    return ({r["k"]: r["n"] for r in labels}, {r["k"]: r["n"] for r in types})


def _projected(driver: Any) -> list[tuple[Any, ...]]:
    recs, _, _ = driver.execute_query(
        "MATCH (s:Actor)-[p]->(t:Actor) WHERE NOT type(p) IN ['SOURCE_OF', 'TARGETS'] "
        "RETURN type(p) AS type, s.code AS s, t.code AS t, p.events AS n, "
        "p.first_date AS f, p.last_date AS l, p.quad_class AS q ORDER BY type, s, t")
    return [tuple(r.values()) for r in recs]


@pytest.fixture()
def neo():
    from kgbuild.neo4j_store import Neo4jConfig, Neo4jStore

    assert REFUSED is None, REFUSED
    store = Neo4jStore(Neo4jConfig(URI, "neo4j", PASSWORD))
    store.driver.execute_query("MATCH (n) WHERE NOT n:KgbuildTestServer DETACH DELETE n")
    yield store
    store.close()


def test_import_files_quote_and_type_their_fields(runner, tmp_path):
    db = tmp_path / "kg.db"
    (tmp_path / "summit.md").write_text(SUMMIT, "utf-8")
    r = runner.invoke(main, ["ingest", "-q", "--db", str(db), str(tmp_path / "summit.md")])
    assert r.exit_code == 0, r.output
    with Store(db) as store:
        counts = write_import(store, tmp_path / "csv")
    assert counts["events"] == 1 and counts["participates_in"] == 3
    with open(tmp_path / "csv" / "articles.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["id:ID(Article)", ":LABEL", "title", "url", "published", "lang"]
    assert rows[1] == ["summit", "Article", 'Kazan: "Brics",\nChina, Russia; India', "",
                       "2024-10-22", "fr"]
    events = (tmp_path / "csv" / "events.csv").read_text("utf-8").splitlines()
    assert "goldstein:double" in events[0] and "triples:string[]" in events[0]
    # a date to the day is also a Neo4j date; a missing value (triple) is a bare, empty field
    assert ',"2024-10-22","2024-10-22",2024,10,"day",' in events[1]
    assert ',,"CHN|CONSULT|RUS;CHN|CONSULT|IND;RUS|CONSULT|IND",3' in events[1]
    script = (tmp_path / "csv" / "import.sh").read_text("utf-8")
    assert "database import full" in script and "--relationships=projected.csv" in script


def test_import_refuses_a_home_in_use(tmp_path):
    (tmp_path / "csv").mkdir()
    (tmp_path / "csv" / "import.sh").write_text("exit 0\n", "utf-8")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "neo4j.log").write_text("", "utf-8")
    done = subprocess.run([SCRIPTS / "neo4j-import", tmp_path / "csv", tmp_path / "home"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "not empty" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@needs_server
def test_bulk_import_builds_the_graph_push_builds(neo, runner, tmp_path, monkeypatch):
    from neo4j import GraphDatabase

    db, articles, csv_dir, home = (tmp_path / "kg.db", tmp_path / "in", tmp_path / "csv",
                                   tmp_path / "home")
    shutil.copytree(EXAMPLES, articles)
    (articles / "summit.md").write_text(SUMMIT, "utf-8")
    r = runner.invoke(main, ["ingest", "-q", "--db", str(db), str(articles)])
    assert r.exit_code == 0, r.output
    with Store(db) as store:
        counts = write_import(store, csv_dir)
    assert counts["participates_in"] == 3 and counts["events"] > 20
    assert (csv_dir / "import.sh").stat().st_mode & 0o100

    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    r = runner.invoke(main, ["push", "--db", str(db), "--neo4j-uri", URI])
    assert r.exit_code == 0, r.output

    bolt, http = _free_ports(2)
    env = {**os.environ, "KGBUILD_NEO4J_HOME": str(home), "KGBUILD_NEO4J_BOLT_PORT": str(bolt),
           "KGBUILD_NEO4J_HTTP_PORT": str(http), "NEO4J_PASSWORD": PASSWORD}
    env.pop("KGBUILD_NEO4J_TEST", None)  # not a server for the suite: no marker
    done = subprocess.run([SCRIPTS / "neo4j-import", csv_dir, home], env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    try:
        started = subprocess.run([SCRIPTS / "neo4j-start"], env=env, capture_output=True,
                                 text=True, timeout=300)
        assert started.returncode == 0, started.stdout + started.stderr
        uri = f"bolt://127.0.0.1:{bolt}"
        with GraphDatabase.driver(uri, auth=("neo4j", PASSWORD)) as imported:
            assert _counts(imported) == _counts(neo.driver)
            assert _projected(imported) == _projected(neo.driver)
            # the summit counts for each of its pairs, beside CHN-RUS's own CONSULT
            assert {("CONSULT", "CHN", "IND", 1, "2024-10-22", "2024-10-22", 1),
                    ("CONSULT", "CHN", "RUS", 2, "2024-10-22", "2024-11-12", 1)} <= \
                set(_projected(imported))
            assert _graph(imported) == _graph(neo.driver)
            # push onto the imported graph adds the constraints and changes nothing else
            r = runner.invoke(main, ["push", "--db", str(db), "--neo4j-uri", uri])
            assert r.exit_code == 0, r.output
            assert _graph(imported) == _graph(neo.driver)
            recs, _, _ = imported.execute_query("SHOW CONSTRAINTS YIELD name RETURN name")
            assert {"actor_code", "event_id"} <= {rec["name"] for rec in recs}
    finally:
        subprocess.run([SCRIPTS / "neo4j-stop"], env=env, capture_output=True, timeout=120)
