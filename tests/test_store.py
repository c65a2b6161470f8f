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
