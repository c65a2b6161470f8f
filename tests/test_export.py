import csv
import io
import os
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kgbuild.articles import Article
from kgbuild.errors import OutputUnwritable
from kgbuild.events import ActorRef, Event, Evidence, Participant
from kgbuild.export import date_interval, export
from kgbuild.relations import load_ontology
from kgbuild.store import Store


def _ev(src, tgt, rel, cameo, date, precision="day", sym=False):
    return Event("a1", ActorRef(src, src, "state"), ActorRef(tgt, tgt, "state"), rel, cameo,
                 sym, date, None, precision, 0.8, Evidence("Une phrase.", 0, 11, "x", 0, 1))


@pytest.fixture()
def store(tmp_path):
    actors = [ActorRef(c, c, "state") for c in ("CHN", "RUS", "IND")]
    summit = Event("a1", actors[0], actors[1], "CONSULT", "040", True, "2024-10-22", None,
                   "day", 0.8, Evidence("Une phrase.", 0, 11, "x", 0, 1),
                   participants=tuple(Participant(a) for a in actors))
    events = [summit,
              _ev("RUS", "UKR", "CRITICIZE", "111", "2024-02", "month"),
              _ev("RUS", "UKR", "FIGHT", "190", "2024-02-03"),
              _ev("FRA", "DEU", "SIGN_AGREEMENT", "057", "2024", "year", sym=True)]
    with Store(tmp_path / "k.db") as s:
        s.add([(Article("a1", "Une phrase.", url="https://example.org/a1"), events)])
        yield s


def _write(store, fmt, path):
    return export(fmt, store.actors(), list(store.event_rows()), load_ontology(), path, None)


def test_export_gexf_keeps_parallel_edges_apart_by_kind(store, tmp_path):
    out = tmp_path / "g.gexf"
    assert _write(store, "gexf", out) == 4
    root = ET.parse(out).getroot()
    ns = root.tag.split("}")[0] + "}"
    edges = [(e.get("source"), e.get("target"), e.get("kind"), e.get("start"), e.get("end"))
             for e in root.iter(f"{ns}edge")]
    assert ("RUS", "UKR", "CRITICIZE", "2024-02-01", "2024-02-29") in edges
    assert ("RUS", "UKR", "FIGHT", "2024-02-03", "2024-02-03") in edges
    assert ("DEU", "FRA", "SIGN_AGREEMENT", "2024-01-01", "2024-12-31") in edges
    assert len(edges) == 3 + 3  # the summit: one edge per pair it stands for


def test_export_graph_edges_of_a_summit_carry_the_event_and_its_parties(store, tmp_path):
    out = tmp_path / "g.graphml"
    _write(store, "graphml", out)
    g = nx.read_graphml(out)
    summit = [d for _, _, d in g.edges(data=True) if d["relation"] == "CONSULT"]
    assert len(summit) == 3 and len({d["event"] for d in summit}) == 1
    assert summit[0]["participants"] == "CHN:participant; RUS:participant; IND:participant"
    assert summit[0]["goldstein"] == 1.0 and summit[0]["quad_class"] == 1


def test_export_csv_rows_carry_codes_as_written(store, tmp_path):
    out = tmp_path / "e.csv"
    assert _write(store, "csv", out) == 4
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    summit = next(r for r in rows if r["relation"] == "CONSULT")
    assert summit["cameo"] == "040" and summit["plover"] == "CONSULT"
    assert summit["source"] == "" and summit["participants"].startswith("CHN:participant")
    fight = next(r for r in rows if r["relation"] == "FIGHT")
    assert (fight["quad_class"], fight["goldstein"], fight["modality"]) == ("4", "-10.0",
                                                                            "asserted")
    assert fight["url"] == "https://example.org/a1"


def test_export_parquet_keeps_types(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "e.parquet"
    _write(store, "parquet", out)
    table = pq.read_table(out).to_pylist()
    assert {r["cameo"] for r in table} == {"040", "111", "190", "057"}
    assert next(r for r in table if r["date"] == "2024-02")["date_end"] == "2024-02-29"


def test_export_file_mode_follows_the_umask(store, tmp_path):
    out = tmp_path / "e.csv"
    old = os.umask(0o022)
    try:
        _write(store, "csv", out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_export_into_a_missing_folder_is_one_line(store, tmp_path):
    with pytest.raises(OutputUnwritable, match="the folder .*missing does not exist"):
        _write(store, "graphml", tmp_path / "missing" / "g.graphml")


def test_export_date_interval():
    assert date_interval("2024") == ("2024-01-01", "2024-12-31")
    assert date_interval("2023-02") == ("2023-02-01", "2023-02-28")
    assert date_interval("2024-11-12") == ("2024-11-12", "2024-11-12")
    assert date_interval(None) == (None, None)
