import pytest

import kgbuild

pd = pytest.importorskip("pandas")


@pytest.fixture()
def kg(tmp_path, runner):
    from conftest import EXAMPLES

    from kgbuild.cli import main

    db = tmp_path / "kg.db"
    r = runner.invoke(main, ["ingest", "-q", "--db", str(db), str(EXAMPLES)])
    assert r.exit_code == 0, r.output
    with kgbuild.open(db) as graph:
        yield graph


def test_api_events_frame_keeps_codes_and_dates(kg):
    df = kg.events()
    assert str(df["cameo"].dtype) == "string" and set(df["cameo"].str.len()) == {3}
    assert "040" in set(df["cameo"])  # not 40
    assert str(df["date_start"].dtype).startswith("datetime64")
    assert set(df["date_precision"].dropna()) <= {"day", "month", "year"}
    assert df["quad_class"].between(1, 4).all() and df["goldstein"].notna().all()


def test_api_filters_are_the_cli_filters(kg):
    every = kg.events()
    rus = kg.events(actor="RUS", since="2024-11", until="2024-11-30")
    assert 0 < len(rus) < len(every)
    assert ((rus["source"] == "RUS") | (rus["target"] == "RUS")).all()
    assert set(kg.events(root="04")["root"]) == {"04"}
    assert len(kg.events(actor=["PRK", "RUS"])) == len(kg.rows(actor=["RUS", "PRK"]))


def test_api_graph_is_a_multidigraph_of_the_events(kg):
    import networkx as nx

    g = kg.graph()
    assert isinstance(g, nx.MultiDiGraph)
    assert g.has_edge("PRK", "RUS")
    assert g.number_of_edges() >= len(kg.rows())


def test_api_extract_text_needs_no_store():
    events = kgbuild.extract_text(
        "Les dirigeants de la Chine, de la Russie et de l'Inde se sont réunis mardi à Kazan.",
        lang="fr", published="2024-10-22")
    (summit,) = events
    assert summit.relation == "CONSULT" and summit.date == "2024-10-22"
    assert [p.actor.code for p in summit.participants] == ["CHN", "RUS", "IND"]
    assert len(summit.pairs()) == 3


def test_api_open_missing_store_is_a_named_error(tmp_path):
    from kgbuild.errors import StoreError

    with pytest.raises(StoreError, match="no store there"):
        kgbuild.open(tmp_path / "none.db")


def test_api_notebook_session_end_to_end(kg):
    """What a notebook does: a filtered frame, a monthly balance, a filtered graph."""
    df = kg.events(since="2024", root=["04", "05", "06"])
    assert len(df) and set(df["root"]) <= {"04", "05", "06"}
    monthly = df.groupby(df["date_start"].dt.to_period("M"))["goldstein"].sum()
    assert (monthly > 0).all()  # cooperation only
    g = kg.graph(actor="RUS", min_confidence=0.5)
    assert g.number_of_edges() > 0
    assert all("RUS" in (u, v) for u, v in g.edges())
    assert all(d["confidence"] >= 0.5 for _, _, d in g.edges(data=True))
