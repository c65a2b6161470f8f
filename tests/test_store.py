import re
from dataclasses import replace

import pytest

from kgbuild.articles import Article
from kgbuild.errors import StoreError
from kgbuild.events import ActorRef, Event, Evidence
from kgbuild.store import Store, count_rows


def _event(article="a1", date="2024-11-12"):
    return Event(article, ActorRef("PRK", "North Korea", "state"),
                 ActorRef("RUS", "Russia", "state"), "RATIFY_AGREEMENT", "057", False, date,
                 "mardi", "day", 0.8, Evidence("S.", 0, 2, "S", 0, 1))


def test_store_reingest_changes_nothing(db_path):
    art = Article("a1", "S.", published="2024-11-12", lang="fr")
    with Store(db_path) as s:
        assert s.add([(art, [_event()])]) == ["a1"]
    before = count_rows(db_path)
    with Store(db_path) as s:
        assert s.add([(art, [_event()])]) == []
    assert count_rows(db_path) == before == {"articles": 1, "actors": 2, "events": 1,
                                             "evidence": 1}


def test_store_same_event_two_articles_is_one_event(db_path):
    with Store(db_path) as s:
        s.add([(Article("a1", "S."), [_event("a1")]), (Article("a2", "S."), [_event("a2")])])
        rows = list(s.event_rows())
    assert len(rows) == 1 and [e["article"] for e in rows[0]["evidence"]] == ["a1", "a2"]


def test_store_failed_batch_keeps_what_was_stored(db_path):
    with Store(db_path) as s:
        s.add([(Article("a1", "S."), [_event("a1")])])
        # a row SQLite refuses (events.confidence is NOT NULL) fails the whole batch
        bad = replace(_event("a2", "2024-11-13"), confidence=None)
        message = (f"{db_path}: write failed (NOT NULL constraint failed: events.confidence); "
                   "nothing of this batch was stored, re-run to complete")
        with pytest.raises(StoreError, match=re.escape(message)):
            s.add([(Article("a2", "T."), [_event("a2")]), (Article("a3", "U."), [bad])])
        assert not s.has_article("a2") and not s.has_article("a3")
    assert count_rows(db_path) == {"articles": 1, "actors": 2, "events": 1, "evidence": 1}


def test_store_changed_article_replaces_its_events(tmp_path, pipelines, resources):
    """Re-ingesting an article whose text changed re-extracts it: its old evidence and the
    events only it reported go, in one transaction; an unchanged one is left alone."""
    from conftest import write_pair

    from kgbuild.ingest import run

    f = tmp_path / "a.jsonl"
    old = ("La Pologne a rappelé jeudi son ambassadeur en Biélorussie pour consultations.")
    new = "Le Japon a convoqué lundi l'ambassadeur de Chine à Tokyo."
    db = tmp_path / "kg.db"
    write_pair(f, old)
    with Store(db) as store:
        first = run([str(f)], resources, pipelines, store=store)
        rels = {r for (r,) in store.conn.execute("SELECT relation FROM events")}
    assert (first.stored, first.replaced) == (2, 0)
    assert rels == {"RECALL_AMBASSADOR", "EXPEL_DIPLOMATS"}
    write_pair(f, new)
    with Store(db) as store:
        second = run([str(f)], resources, pipelines, store=store)
        rels = {r for (r,) in store.conn.execute("SELECT relation FROM events")}
        texts = dict(store.conn.execute("SELECT id, text FROM articles"))
        orphans = store.conn.execute(
            "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM evidence)"
        ).fetchone()[0]
    assert (second.read, second.stored, second.already, second.replaced) == (2, 1, 1, 1)
    assert "1 replaced: their text changed" in "\n".join(second.lines(stored=True))
    assert rels == {"SUMMON_AMBASSADOR", "EXPEL_DIPLOMATS"} and orphans == 0
    assert texts["a"] == new


def _summit(article="a1"):
    from kgbuild.events import Participant

    actors = [ActorRef(c, c, "state") for c in ("CHN", "RUS", "IND")]
    return Event(article, actors[0], actors[1], "CONSULT", "040", True, "2024-10-22", "mardi",
                 "day", 0.8, Evidence("S.", 0, 2, "met", 0, 1),
                 participants=tuple(Participant(a) for a in actors))


def test_store_summit_is_one_event_with_its_parties(db_path):
    with Store(db_path) as s:
        s.add([(Article("a1", "S."), [_summit(), _event()])])
        rows = list(s.event_rows())
        st = s.stats()
        view = s.conn.execute("SELECT participants, goldstein, quad_class, plover, url"
                              " FROM events_view WHERE source IS NULL").fetchall()
    summit = next(r for r in rows if r["participants"])
    assert summit["source"] is None and summit["target"] is None
    assert [p["code"] for p in summit["participants"]] == ["CHN", "RUS", "IND"]
    assert st["events"] == 2 and st["multilateral"] == 1
    assert dict(st["by_actor"]) == {"CHN": 1, "IND": 1, "RUS": 2, "PRK": 1}
    assert view == [("CHN:participant; RUS:participant; IND:participant", 1.0, 1, "CONSULT",
                     None)]


def test_store_replaced_article_takes_its_summit_parties_along(db_path):
    with Store(db_path) as s:
        s.add([(Article("a1", "S."), [_summit()])])
        s.add([(Article("a1", "T."), [_event()])])
        left = s.conn.execute("SELECT count(*) FROM participants").fetchone()[0]
    assert left == 0 and count_rows(db_path)["events"] == 1


def test_store_made_before_summits_is_migrated_in_place(db_path):
    """A store whose events table required a source and a target keeps its rows and
    takes events of three or more parties."""
    import sqlite3

    old = sqlite3.connect(db_path)
    old.executescript("""
    CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, url TEXT, published TEXT,
      lang TEXT, source TEXT, path TEXT, text TEXT NOT NULL, events INTEGER NOT NULL DEFAULT 0,
      ingested_at TEXT NOT NULL DEFAULT (datetime('now')));
    CREATE TABLE actors (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
    CREATE TABLE events (id TEXT PRIMARY KEY, source TEXT NOT NULL REFERENCES actors(code),
      relation TEXT NOT NULL, target TEXT NOT NULL REFERENCES actors(code), cameo TEXT NOT NULL,
      symmetric INTEGER NOT NULL, date TEXT, date_precision TEXT, confidence REAL NOT NULL,
      modality TEXT NOT NULL);
    INSERT INTO actors VALUES ('PRK', 'North Korea', 'state'), ('RUS', 'Russia', 'state');
    INSERT INTO events VALUES ('e1', 'PRK', 'RATIFY_AGREEMENT', 'RUS', '057', 0, '2024-11-12',
      'day', 0.8, 'asserted');
    """)
    old.commit()
    old.close()
    with Store(db_path) as s:
        s.add([(Article("a2", "S."), [_summit("a2")])])
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        ids = [r[0] for r in s.conn.execute("SELECT id FROM events ORDER BY source IS NULL")]
    assert ids[0] == "e1" and len(ids) == 2
