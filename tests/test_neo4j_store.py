"""Against the real local Neo4j (scripts/neo4j-start), never skipped when CI is set; and the
loader's guards, which need no server."""

import json
import os
from pathlib import Path

import pytest
from conftest import EXAMPLES, neo4j_required

from kgbuild.cli import main
from kgbuild.store import Store

# Only the server the suite itself started (scripts/neo4j-test, which `make test` runs):
# its URI comes in NEO4J_TEST_URI, never NEO4J_URI (a user's server or Aura), and it must
# hold the token scripts/neo4j-start wrote next to it, or nothing here touches it.
URI = os.environ.get("NEO4J_TEST_URI", "")
PASSWORD = os.environ.get("NEO4J_PASSWORD", "kgbuild-dev")
TOKEN_FILE = Path(os.environ.get("KGBUILD_NEO4J_TEST_HOME", "/nonexistent")) / \
    "test-server.token"


def _our_server(uri: str, token_file: Path) -> str | None:
    """None when the suite may use the server at `uri`, else why not."""
    if not uri:
        return "no test server: run the suite with `make test` (scripts/neo4j-test)"
    if not token_file.is_file():
        return f"{token_file} missing: the server at {uri} is not the suite's own"
    from neo4j import GraphDatabase

    try:
        with GraphDatabase.driver(uri, auth=("neo4j", PASSWORD), connection_timeout=3,
                                  max_transaction_retry_time=0) as driver:
            recs, _, _ = driver.execute_query("MATCH (m:KgbuildTestServer) RETURN m.token AS t")
    except Exception as exc:  # noqa: BLE001 - any failure means: not ours to touch
        return f"test server at {uri} not reachable: {exc}"
    if [r["t"] for r in recs] != [token_file.read_text("utf-8").strip()]:
        return f"the server at {uri} is not the one scripts/neo4j-test started: refused"
    return None


REFUSED = _our_server(URI, TOKEN_FILE)
if REFUSED and neo4j_required():
    raise RuntimeError(f"CI needs the suite's own Neo4j: {REFUSED}")

# Every test that talks to the server carries this mark; the guards that stop a bad input
# before any Cypher runs need no server and always run.
needs_server = pytest.mark.skipif(REFUSED is not None, reason=REFUSED or "")


@pytest.fixture(autouse=True)
def _test_server_env(monkeypatch):
    """Commands run by these tests reach the test server whatever the user's environment
    says (NEO4J_URI may point at their own server)."""
    monkeypatch.setenv("NEO4J_URI", URI or "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)


@pytest.fixture()
def neo(monkeypatch):
    from kgbuild.neo4j_store import Neo4jConfig, Neo4jStore

    assert REFUSED is None, REFUSED
    store = Neo4jStore(Neo4jConfig(URI, "neo4j", PASSWORD))
    store.driver.execute_query("MATCH (n) WHERE NOT n:KgbuildTestServer DETACH DELETE n")
    yield store
    store.close()


def test_neo4j_suite_never_takes_a_server_it_did_not_start(tmp_path):
    assert "make test" in (_our_server("", TOKEN_FILE) or "")
    assert "missing" in (_our_server("bolt://127.0.0.1:7687", tmp_path / "none") or "")
    wrong = tmp_path / "token"
    wrong.write_text("not-the-token\n", "utf-8")
    refused = _our_server(URI or "bolt://127.0.0.1:1", wrong) or ""
    assert "refused" in refused or "not reachable" in refused


@pytest.fixture()
def loaded(neo, runner, db_path):
    r = runner.invoke(main, ["ingest", "-q", "--db", str(db_path), str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["push", "--db", str(db_path), "--neo4j-uri", URI])
    assert r.exit_code == 0, r.output
    return db_path


@needs_server
def test_neo4j_constraints_exist(neo):
    neo.create_schema()
    recs, _, _ = neo.driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n")
    assert {"actor_code", "event_id", "article_id"} <= set(recs[0]["n"])


@needs_server
def test_neo4j_push_twice_same_counts(neo, runner, loaded):
    first = neo.counts()
    r = runner.invoke(main, ["push", "--db", str(loaded), "--neo4j-uri", URI])
    assert r.exit_code == 0
    assert neo.counts() == first and first["nodes"] > 0
    stats = json.loads(runner.invoke(main, ["stats", "--db", str(loaded), "--json"]).output)
    recs, _, _ = neo.driver.execute_query("MATCH (e:Event) RETURN count(e) AS n")
    assert recs[0]["n"] == stats["events"]
    recs, _, _ = neo.driver.execute_query(
        "MATCH (:Actor {code:'PRK'})-[r:RATIFY_AGREEMENT]->(:Actor {code:'RUS'}) "
        "RETURN r.first_date AS d, r.events AS n")
    assert recs[0]["d"] == "2024-11-12" and recs[0]["n"] == 1


@needs_server
def test_neo4j_same_event_two_articles_one_event(neo, runner, db_path, tmp_path):
    for i in (1, 2):
        (tmp_path / f"a{i}.txt").write_text(
            f"---\nid: dup{i}\npublished: 2024-10-15\nlang: en\n---\n"
            f"Canada expelled six Indian diplomats on Monday. Report {i}.\n", "utf-8")
    runner.invoke(main, ["ingest", "-q", "--db", str(db_path), str(tmp_path)])
    assert runner.invoke(main, ["push", "--db", str(db_path)]).exit_code == 0
    recs, _, _ = neo.driver.execute_query(
        "MATCH (e:Event {relation:'EXPEL_DIPLOMATS'})-[r:REPORTED_IN]->(a:Article) "
        "RETURN count(DISTINCT e) AS events, count(r) AS reports")
    assert (recs[0]["events"], recs[0]["reports"]) == (1, 2)


@needs_server
@pytest.mark.parametrize("name, params, check", [
    ("partners_by_relation", ["actor", "RUS", "from", "2024-01-01", "to", "2024-12-31"],
     lambda rows: any((r["partner"], r["relation"], r["events"]) ==
                      ("PRK", "RATIFY_AGREEMENT", 1) and r["graph"] for r in rows)),
    ("agreements_in_period", ["from", "2024-11-01", "to", "2024-11-30"],
     lambda rows: any(r["source"] == "PRK" and r["target"] == "RUS" for r in rows)),
    ("who_criticises_whom", ["limit", "5"], lambda rows: len(rows) >= 1),
    ("goldstein_balance", ["actor", "PRK"],
     lambda rows: any(r["year"] == 2024 and r["goldstein"] == 8.0 for r in rows)),
    ("evidence_between", ["a", "PRK", "b", "RUS"],
     lambda rows: any("ratification" in r["sentence"] for r in rows)),
    ("new_relations", ["since", "2025-01-01"],
     lambda rows: {(r["source"], r["target"]) for r in rows} >= {("DEU", "FRA"), ("AUS", "JPN")}),
    ("central_actors", ["limit", "3"], lambda rows: len(rows) == 3),
    ("cooperation_to_conflict", [], lambda rows: isinstance(rows, list)),
    ("partner_triangles", [], lambda rows: isinstance(rows, list)),
    ("cooperation_path", ["a", "PRK", "b", "CHN"],
     lambda rows: rows and rows[0]["actors"][0] == "PRK" and rows[0]["actors"][-1] == "CHN"),
    ("actor_graph", ["actor", "PRK"],
     lambda rows: "PRK -[RATIFY_AGREEMENT]-> RUS" in [r["g"] for r in rows]),
])
def test_neo4j_saved_queries(loaded, runner, name, params, check):
    args = ["query", name, "--format", "json", "--neo4j-uri", URI]
    for k, v in zip(params[::2], params[1::2], strict=True):
        args += ["-p", k, v]
    r = runner.invoke(main, args)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output.splitlines()[0])
    assert check(rows), rows


@needs_server
def test_neo4j_export_same_graph_as_store(loaded, runner, tmp_path):
    import networkx as nx

    a, b = tmp_path / "s.graphml", tmp_path / "n.graphml"
    assert runner.invoke(main, ["export", "--db", str(loaded), "-o", str(a)]).exit_code == 0
    r = runner.invoke(main, ["export", "--from", "neo4j", "--neo4j-uri", URI, "-o", str(b)])
    assert r.exit_code == 0, r.output
    ga, gb = nx.read_graphml(a), nx.read_graphml(b)
    assert sorted(ga.nodes) == sorted(gb.nodes)
    ea = sorted((u, v, d["relation"], d.get("date")) for u, v, d in ga.edges(data=True))
    eb = sorted((u, v, d["relation"], d.get("date")) for u, v, d in gb.edges(data=True))
    assert ea == eb


@needs_server
def test_neo4j_errors_leave_store_pushable(runner, db_path, monkeypatch):
    r = runner.invoke(main, ["ingest", "-q", "--db", str(db_path), str(EXAMPLES / "ex04_en.txt")])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["push", "--db", str(db_path), "--neo4j-uri", "bolt://127.0.0.1:7699"])
    assert r.exit_code == 1 and "not reachable" in r.output and "neo4j-start" in r.output
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong-password")
    r = runner.invoke(main, ["push", "--db", str(db_path), "--neo4j-uri", URI])
    assert r.exit_code == 1 and "NEO4J_PASSWORD" in r.output and "wrong-password" not in r.output
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    r = runner.invoke(main, ["push", "--db", str(db_path), "--neo4j-uri", URI])
    assert r.exit_code == 0 and "loaded" in r.output


@needs_server
def test_neo4j_local_server_keeps_its_data_across_stop_and_kill(tmp_path):
    """scripts/neo4j-start on a home of its own: what was written is there after a clean
    stop and after a kill -9 (recovered at the next start)."""
    import signal
    import subprocess

    from neo4j import GraphDatabase

    root = Path(__file__).resolve().parent.parent
    home = tmp_path / "neo4j"
    env = dict(os.environ, KGBUILD_NEO4J_HOME=str(home), KGBUILD_NEO4J_BOLT_PORT="7691",
               KGBUILD_NEO4J_HTTP_PORT="7481", NEO4J_PASSWORD=PASSWORD)
    env.pop("KGBUILD_NEO4J_TEST", None)

    def start() -> None:
        subprocess.run([str(root / "scripts/neo4j-start")], env=env, check=True,
                       capture_output=True)

    def probes(create: bool = False) -> int:
        with GraphDatabase.driver("bolt://127.0.0.1:7691", auth=("neo4j", PASSWORD)) as d:
            if create:
                d.execute_query("CREATE (:Probe)")
            return d.execute_query("MATCH (p:Probe) RETURN count(p) AS n")[0][0]["n"]

    try:
        start()
        assert probes(create=True) == 1
        subprocess.run([str(root / "scripts/neo4j-stop")], env=env, check=True,
                       capture_output=True)
        start()
        assert probes(create=True) == 2
        pidfile = home / "neo4j.pid"
        os.kill(int(pidfile.read_text()), signal.SIGKILL)
        pidfile.unlink()
        import time
        time.sleep(1)
        start()
        assert probes() == 2
    finally:
        subprocess.run([str(root / "scripts/neo4j-stop")], env=env, capture_output=True)


@needs_server
def test_neo4j_server_lost_mid_push_is_one_line_then_rerun_finishes(tmp_path, runner,
                                                                     monkeypatch):
    """The server dies after the push connected: bounded retries, one line (no traceback)
    that says to rerun; rerun once it is back, and the graph is that of a clean push."""
    import signal
    import subprocess

    import kgbuild.neo4j_store as ns
    from kgbuild.errors import Neo4jUnavailable
    from kgbuild.neo4j_store import Neo4jConfig, Neo4jStore

    root = Path(__file__).resolve().parent.parent
    home = tmp_path / "neo4j"
    env = dict(os.environ, KGBUILD_NEO4J_HOME=str(home), KGBUILD_NEO4J_BOLT_PORT="7692",
               KGBUILD_NEO4J_HTTP_PORT="7482", NEO4J_PASSWORD=PASSWORD)
    env.pop("KGBUILD_NEO4J_TEST", None)
    uri = "bolt://127.0.0.1:7692"
    db = tmp_path / "kg.db"
    assert runner.invoke(main, ["ingest", "-q", "--db", str(db), str(EXAMPLES)]).exit_code == 0
    monkeypatch.setattr(ns, "RETRY_WAIT", 0)
    monkeypatch.setattr(ns, "DRIVER_RETRY_TIME", 1.0)
    subprocess.run([str(root / "scripts/neo4j-start")], env=env, check=True,
                   capture_output=True)
    try:
        neo = Neo4jStore(Neo4jConfig(uri, "neo4j", PASSWORD))
        pidfile = home / "neo4j.pid"
        os.kill(int(pidfile.read_text()), signal.SIGKILL)
        pidfile.unlink()
        with Store(db) as store, pytest.raises(Neo4jUnavailable) as err:
            neo.load_store(store)
        neo.close()
        assert "stopped answering" in str(err.value) and "rerun" in str(err.value)
        assert "\n" not in str(err.value)
        subprocess.run([str(root / "scripts/neo4j-start")], env=env, check=True,
                       capture_output=True)
        r = runner.invoke(main, ["push", "--db", str(db), "--neo4j-uri", uri])
        assert r.exit_code == 0, r.output
        with Neo4jStore(Neo4jConfig(uri, "neo4j", PASSWORD)) as again:
            resumed = again.counts()
            again.driver.execute_query("MATCH (n) DETACH DELETE n")
            with Store(db) as store:
                again.load_store(store)
            assert again.counts() == resumed
    finally:
        subprocess.run([str(root / "scripts/neo4j-stop")], env=env, capture_output=True)


@needs_server
def test_neo4j_changed_article_leaves_the_graph_on_next_push(neo, runner, tmp_path):
    from conftest import write_pair

    f = tmp_path / "a.jsonl"

    def ingest_and_push(text: str) -> None:
        write_pair(f, text)
        assert runner.invoke(main, ["ingest", "-q", "--db", str(db), str(f)]).exit_code == 0
        r = runner.invoke(main, ["push", "--db", str(db), "--neo4j-uri", URI])
        assert r.exit_code == 0, r.output

    def graph() -> tuple[set[str], set[str]]:
        recs, _, _ = neo.driver.execute_query("MATCH (e:Event) RETURN e.relation AS r")
        rels, _, _ = neo.driver.execute_query(
            "MATCH (:Actor)-[p]->(:Actor) WHERE p.events IS NOT NULL RETURN type(p) AS t")
        return {r["r"] for r in recs}, {r["t"] for r in rels}

    db = tmp_path / "kg.db"
    ingest_and_push("La Pologne a rappelé jeudi son ambassadeur en Biélorussie.")
    assert graph() == ({"RECALL_AMBASSADOR", "EXPEL_DIPLOMATS"},
                       {"RECALL_AMBASSADOR", "EXPEL_DIPLOMATS"})
    ingest_and_push("Le Japon a convoqué lundi l'ambassadeur de Chine à Tokyo.")
    assert graph() == ({"SUMMON_AMBASSADOR", "EXPEL_DIPLOMATS"},
                       {"SUMMON_AMBASSADOR", "EXPEL_DIPLOMATS"})
    recs, _, _ = neo.driver.execute_query(
        "MATCH (:Article {id: 'a'})<-[:REPORTED_IN]-(e:Event) RETURN e.relation AS r")
    assert [r["r"] for r in recs] == ["SUMMON_AMBASSADOR"]


@pytest.mark.parametrize("uri, says", [
    ("http://127.0.0.1:7474", "is not a Bolt URI"),
    ("blot://127.0.0.1:7687", "is not a Bolt URI"),
    ("127.0.0.1:7687", "is not a Bolt URI"),
    ("bolt://nosuchhost.invalid:7687", "does not resolve"),
    ("bolt://127.0.0.1:1", "not reachable"),
])
def test_neo4j_bad_address_is_one_line_before_any_work(runner, tmp_path, uri, says):
    db = tmp_path / "kg.db"
    r = runner.invoke(main, ["ingest", "-q", "--db", str(db), str(EXAMPLES), "--neo4j",
                             "--neo4j-uri", uri])
    assert r.exit_code == 1 and says in r.output, r.output
    lines = [x for x in r.output.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in r.output
    assert not db.exists()  # checked before a single article was read


def test_neo4j_relation_outside_whitelist_rejected_before_cypher():
    from kgbuild.errors import UnknownRelation
    from kgbuild.relations import load_ontology

    with pytest.raises(UnknownRelation):
        load_ontology().rel_type("FOO`]->() DETACH DELETE n //")


@needs_server
def test_neo4j_query_from_stdin(loaded, runner):
    r = runner.invoke(main, ["query", "-", "--format", "csv", "--neo4j-uri", URI],
                      input="MATCH (a:Actor {code: $c}) RETURN a.code AS code",
                      env={"NEO4J_PASSWORD": PASSWORD})
    assert "Error" in r.output or r.exit_code == 1  # $c missing: a clear error, exit 1
    r = runner.invoke(main, ["query", "-", "-p", "c", "RUS", "--format", "csv",
                             "--neo4j-uri", URI], input="MATCH (a:Actor {code: $c}) "
                             "RETURN a.code AS code")
    assert r.exit_code == 0 and r.output.splitlines() == ["code", "RUS"]


@needs_server
def test_neo4j_people_represent_actors_with_dated_terms(neo, loaded):
    recs, _, _ = neo.driver.execute_query(
        "MATCH (p:Person)-[r:REPRESENTS]->(a:Actor) "
        "RETURN p.name AS name, r.role AS role, toString(r.from) AS start, "
        "toString(r.to) AS end, a.code AS code ORDER BY name, start")
    rows = [(r["name"], r["role"], r["start"], r["end"], r["code"]) for r in recs]
    # Shoigu speaks for Russia in an example article: both of his offices are loaded, dated.
    assert ("Sergei Shoigu", "defence minister", "2012-11-06", "2024-05-12", "RUS") in rows
    assert ("Sergei Shoigu", "security council secretary", "2024-05-12", None, "RUS") in rows
    before = neo.counts()
    with Store(loaded) as store:
        neo.load_store(store)
    assert neo.counts() == before


@needs_server
def test_neo4j_summit_is_one_event_with_its_parties(neo, runner, tmp_path):
    """Three leaders meeting: one Event, PARTICIPATES_IN each, a projected relation per
    pair; the export from Neo4j equals the store's; gone with its article's next text."""
    from conftest import write_pair

    db, f = tmp_path / "kg.db", tmp_path / "a.jsonl"

    def ingest_and_push(text: str) -> None:
        write_pair(f, text)
        assert runner.invoke(main, ["ingest", "-q", "--db", str(db), str(f)]).exit_code == 0
        r = runner.invoke(main, ["push", "--db", str(db), "--neo4j-uri", URI])
        assert r.exit_code == 0, r.output

    ingest_and_push("Les dirigeants de la Chine, de la Russie et de l'Inde se sont réunis "
                    "mardi à Kazan, en marge du sommet des Brics.")
    recs, _, _ = neo.driver.execute_query(
        "MATCH (a:Actor)-[p:PARTICIPATES_IN]->(e:Event {relation: 'CONSULT'}) "
        "RETURN e.id AS id, a.code AS code, p.role AS role ORDER BY code")
    assert [(r["code"], r["role"]) for r in recs] == [("CHN", "participant"),
                                                      ("IND", "participant"),
                                                      ("RUS", "participant")]
    assert len({r["id"] for r in recs}) == 1
    recs, _, _ = neo.driver.execute_query(
        "MATCH (s:Actor)-[p:CONSULT]->(t:Actor) RETURN s.code + t.code AS pair, p.events AS n")
    assert sorted((r["pair"], r["n"]) for r in recs) == [("CHNIND", 1), ("CHNRUS", 1),
                                                         ("RUSIND", 1)]
    out = tmp_path / "n.jsonl"
    r = runner.invoke(main, ["export", "--from", "neo4j", "--neo4j-uri", URI, "--format",
                             "jsonl", "--relation", "CONSULT", "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 1 and rows[0]["source"] is None
    assert [p["code"] for p in rows[0]["participants"]] == ["CHN", "RUS", "IND"]
    mine = tmp_path / "s.jsonl"
    assert runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "--relation",
                                "CONSULT", "-o", str(mine)]).exit_code == 0
    assert json.loads(mine.read_text())["participants"] == rows[0]["participants"]
    ingest_and_push("Le Japon a convoqué lundi l'ambassadeur de Chine à Tokyo.")
    recs, _, _ = neo.driver.execute_query(
        "MATCH (e:Event {relation: 'CONSULT'}) RETURN count(e) AS n "
        "UNION ALL MATCH ()-[p:CONSULT]->() RETURN count(p) AS n "
        "UNION ALL MATCH ()-[p:PARTICIPATES_IN]->() RETURN count(p) AS n")
    assert [r["n"] for r in recs] == [0, 0, 0]


# -- the loader of issue 14: what it finds in the graph, it keeps or repairs ----------------

def _stored(db: Path, articles: list[tuple[str, list[tuple[str, str, str, str | None]]]],
            sentence: str = "", confidence: float = 0.8) -> None:
    """Store articles with the events given as (source, relation, target, date), made here
    (no extraction): each event's sentence is `sentence` or names it."""
    from kgbuild.articles import Article
    from kgbuild.events import ActorRef, Event, Evidence
    from kgbuild.relations import load_ontology

    onto = load_ontology()
    items = []
    for aid, events in articles:
        text = f"{aid}: " + "; ".join("/".join(map(str, e)) for e in events)
        made = []
        for src, relation, tgt, date in events:
            rel = onto.get(relation)
            said = sentence or f"{src} {relation} {tgt} {date}"
            made.append(Event(article=aid, source=ActorRef(src, src, "state"),
                              target=ActorRef(tgt, tgt, "state"), relation=relation,
                              cameo=rel.cameo, symmetric=rel.symmetric, date=date,
                              date_text=date, date_precision="day" if date else None,
                              confidence=confidence,
                              evidence=Evidence(said, 0, len(said), "x", 0, 1)))
        items.append((Article(id=aid, text=text, lang="en", title=None), made))
    with Store(db) as store:
        store.add(items)


def _push(neo, db: Path) -> None:
    with Store(db) as store:
        neo.load_store(store)


def _graph(neo, skip: tuple[str, ...] = ()) -> list[str]:
    """Every node and relationship with its properties (but those in `skip`), as sorted
    text."""
    recs, _, _ = neo.driver.execute_query(
        "MATCH (n) WHERE NOT n:KgbuildTestServer "
        "RETURN labels(n) AS a, [k IN keys(n) WHERE NOT k IN $skip | [k, toString(n[k])]] "
        "AS b, '' AS c "
        "UNION ALL MATCH (x)-[r]->(y) RETURN type(r) AS a, "
        "[k IN keys(r) | [k, toString(r[k])]] AS b, "
        "coalesce(x.id, x.code, x.name) + '>' + coalesce(y.id, y.code, y.name) AS c",
        skip=list(skip))
    return sorted(repr((r["a"], sorted(r["b"]), r["c"])) for r in recs)


def _projected(neo) -> list[tuple[str, str, str, int, str, str]]:
    recs, _, _ = neo.driver.execute_query(
        "MATCH (s:Actor)-[p]->(t:Actor) WHERE p.events IS NOT NULL RETURN s.code AS s, "
        "type(p) AS r, t.code AS t, p.events AS n, p.first_date AS f, p.last_date AS l "
        "ORDER BY s, r, t")
    return [(r["s"], r["r"], r["t"], r["n"], r["f"], r["l"]) for r in recs]


@needs_server
def test_neo4j_article_now_reporting_nothing_loses_its_events(neo, tmp_path):
    """An article re-ingested with a text that yields no event: its reports go, the events
    only it reported go, and so do the projected relationships they alone made."""
    from kgbuild.articles import Article

    db = tmp_path / "kg.db"
    _stored(db, [("a", [("FRA", "CRITICIZE", "RUS", "2024-01-02")]),
                 ("k", [("DEU", "CONSULT", "POL", "2024-01-03")])])
    _push(neo, db)
    assert [p[:3] for p in _projected(neo)] == [("DEU", "CONSULT", "POL"),
                                                ("FRA", "CRITICIZE", "RUS")]
    with Store(db) as store:
        assert store.add([(Article(id="a", text="Nothing happened.", lang="en"), [])]) == ["a"]
    _push(neo, db)
    recs, _, _ = neo.driver.execute_query(
        "MATCH (e:Event) RETURN e.relation AS r UNION ALL "
        "MATCH (:Article {id: 'a'})<-[x:REPORTED_IN]-() RETURN type(x) AS r")
    assert [r["r"] for r in recs] == ["CONSULT"]
    assert [p[:3] for p in _projected(neo)] == [("DEU", "CONSULT", "POL")]


@needs_server
def test_neo4j_push_repairs_what_the_graph_lost_or_changed(neo, tmp_path):
    """A push stopped half-way, or a graph edited by hand: the next push of the store gives
    the graph a clean push gives (it compares, rather than trusting what is there)."""
    db = tmp_path / "kg.db"
    _stored(db, [("a", [("FRA", "CRITICIZE", "RUS", "2024-01-02"),
                        ("DEU", "CONSULT", "POL", "2024-01-03")]),
                 ("b", [("FRA", "CRITICIZE", "RUS", "2024-03-04"),
                        ("DEU", "CONSULT", "POL", "2024-01-03")])])
    _push(neo, db)
    clean = _graph(neo)
    for query in ["MATCH (:Actor {code: 'FRA'})-[p:CRITICIZE]->() DELETE p",
                  "MATCH ()-[p:CONSULT]->() SET p.events = 7, p.last_date = '1999-01-01'",
                  "MATCH (e:Event {date_text: '2024-03-04'})-[r:REPORTED_IN]->() DELETE r",
                  "MATCH (e:Event {relation: 'CONSULT'}) SET e.confidence = 0.1, e.root = null",
                  "MATCH (:Actor {code: 'DEU'})-[r:SOURCE_OF]->() DELETE r",
                  "MATCH (a:Article {id: 'b'}) SET a.lang = 'xx'",
                  "MATCH (e:Event {date_text: '2024-01-02'})-[r:REPORTED_IN]->() "
                  "SET r.sentence = 'edited'"]:
        neo.driver.execute_query(query)
    assert _graph(neo) != clean
    _push(neo, db)
    assert _graph(neo) == clean


@needs_server
def test_neo4j_events_of_another_store_count_in_projections(neo, tmp_path):
    """Two stores pushed into one graph: an event of the other store counts in the
    projected relationship of its pair, and stays when this store drops its own."""
    from kgbuild.articles import Article

    one, two = tmp_path / "one.db", tmp_path / "two.db"
    _stored(one, [("a1", [("FRA", "CRITICIZE", "RUS", "2024-01-02")])])
    _stored(two, [("a2", [("FRA", "CRITICIZE", "RUS", "2024-05-06")])])
    _push(neo, one)
    _push(neo, two)
    assert _projected(neo) == [("FRA", "CRITICIZE", "RUS", 2, "2024-01-02", "2024-05-06")]
    with Store(two) as store:
        store.add([(Article(id="a2", text="Nothing happened.", lang="en"), [])])
    _push(neo, two)
    assert _projected(neo) == [("FRA", "CRITICIZE", "RUS", 1, "2024-01-02", "2024-01-02")]


@needs_server
def test_neo4j_push_keeps_any_character_of_a_sentence(neo, tmp_path):
    """Rows go to the server as strings joined by a character none of them holds: a
    sentence holding the usual separators (and the key's "|") arrives unchanged."""
    db = tmp_path / "kg.db"
    said = "Odd \x1f unit \x1e record \x1d group \x1c file | bar \t tab \u00e9t\u00e9 \U0001F600."
    _stored(db, [("a", [("FRA", "CRITICIZE", "RUS", None)])], sentence=said)
    _push(neo, db)
    recs, _, _ = neo.driver.execute_query(
        "MATCH (e:Event)-[r:REPORTED_IN]->(:Article {id: 'a'}) "
        "RETURN r.sentence AS s, r.start AS start, r.end AS end, e.date AS d, "
        "e.date_text AS t, e.year AS y, e.triple AS k")
    assert [tuple(r.values()) for r in recs] == [
        (said, 0, len(said), None, None, None, "FRA|CRITICIZE|RUS")]


@needs_server
@pytest.mark.parametrize("confidence", [0.85, 0.1 + 0.2, 1 / 3, 0.8499999999999999])
def test_neo4j_push_keeps_the_exact_confidence(neo, tmp_path, confidence):
    db = tmp_path / "kg.db"
    _stored(db, [("a", [("FRA", "CRITICIZE", "RUS", "2024-01-02")])], confidence=confidence)
    _push(neo, db)
    recs, _, _ = neo.driver.execute_query("MATCH (e:Event) RETURN e.confidence AS c")
    assert [r["c"] for r in recs] == [confidence]


def test_neo4j_separator_is_a_character_no_text_holds(tmp_path):
    from kgbuild.neo4j_store import SEPARATORS, _separator

    plain, crowded = tmp_path / "plain.db", tmp_path / "crowded.db"
    _stored(plain, [("a", [("FRA", "CRITICIZE", "RUS", None)])])
    _stored(crowded, [("a", [("FRA", "CRITICIZE", "RUS", None)])],
            sentence="a" + SEPARATORS + "\ue000")
    with Store(plain) as store:
        assert _separator(store.conn) == SEPARATORS[0]
    with Store(crowded) as store:
        assert _separator(store.conn) == "\ue001"


# -- ingest straight into Neo4j (store.GraphSink): the graph a push of a store would make ----

def _wipe(neo) -> None:
    neo.driver.execute_query("MATCH (n) WHERE NOT n:KgbuildTestServer DETACH DELETE n")


@needs_server
def test_neo4j_ingest_to_neo4j_makes_the_graph_of_a_push(neo, runner, db_path):
    """`ingest --to-neo4j` (no SQLite store, batches of two articles) gives the graph that
    `ingest` then `push` gives, property by property (but the text hash only it keeps), and
    a second run changes nothing."""
    r = runner.invoke(main, ["ingest", "-q", "--db", str(db_path), str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    _push(neo, db_path)
    pushed = _graph(neo)
    assert any("REPRESENTS" in line for line in pushed)  # people who spoke for an actor
    _wipe(neo)
    r = runner.invoke(main, ["ingest", "--to-neo4j", "--batch-size", "2", str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    assert "neo4j: wrote 6 articles" in r.output
    assert _graph(neo, skip=("text_sha1",)) == pushed
    written = _graph(neo)
    r = runner.invoke(main, ["ingest", "--to-neo4j", str(EXAMPLES)])
    assert r.exit_code == 0 and "6 already in the store" in r.output, r.output
    assert _graph(neo) == written


@needs_server
def test_neo4j_ingest_to_neo4j_replaces_a_changed_article(neo, runner, tmp_path):
    """An article ingested again with another text loses the events it no longer reports
    and their projected relationships, as `push` of a store ingested the same way does."""
    from conftest import write_pair

    f = tmp_path / "a.jsonl"
    first = "La Pologne a rappelé jeudi son ambassadeur en Biélorussie."
    then = "Le Japon a convoqué lundi l'ambassadeur de Chine à Tokyo."
    db = tmp_path / "kg.db"
    for text in (first, then):
        write_pair(f, text)
        assert runner.invoke(main, ["ingest", "-q", "--db", str(db), str(f)]).exit_code == 0
        _push(neo, db)
    pushed = _graph(neo)
    assert not any("RECALL_AMBASSADOR" in line for line in pushed)
    _wipe(neo)
    for text in (first, then):
        write_pair(f, text)
        r = runner.invoke(main, ["ingest", "-q", "--to-neo4j", str(f)])
        assert r.exit_code == 0, r.output
    assert _graph(neo, skip=("text_sha1",)) == pushed


def test_neo4j_ingest_to_neo4j_takes_no_store_options(runner, tmp_path):
    r = runner.invoke(main, ["ingest", "--to-neo4j", "--events-out", str(tmp_path / "s"),
                             str(EXAMPLES)])
    assert r.exit_code != 0 and "--to-neo4j writes into Neo4j only" in r.output
