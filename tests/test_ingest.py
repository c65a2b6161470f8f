"""A run over inputs: one article that cannot be parsed costs that article only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kgbuild.extract as extract_module
from kgbuild.articles import Article
from kgbuild.extract import extract_batch
from kgbuild.ingest import run
from kgbuild.store import Store

GOOD = [
    ("a1", "fr", "La Pologne a rappelé jeudi son ambassadeur en Biélorussie pour consultations."),
    ("a2", "fr", "Le Japon a convoqué lundi l'ambassadeur de Chine à Tokyo."),
    ("a3", "en", "Russia and China signed a strategic partnership agreement on Tuesday."),
]


@pytest.fixture()
def failing(monkeypatch):
    """Make extraction fail on the article whose text holds BOOM (a fault as a bug would
    raise it: the other articles of its batch go through the real extractor)."""
    real = extract_module._extract

    def fake(doc, article, res, include_future):
        if "BOOM" in article.text:
            raise ValueError("something broke\nover two lines")
        return real(doc, article, res, include_future)

    monkeypatch.setattr(extract_module, "_extract", fake)


def _articles() -> list[Article]:
    arts = [Article(id=i, text=t, published="2024-11-12", lang=lang) for i, lang, t in GOOD]
    arts.insert(1, Article(id="bad", text="La France a salué BOOM l'accord.",
                           published="2024-11-12", lang="fr"))
    return arts


def test_ingest_failure_costs_one_article_in_batch(failing, pipelines, resources):
    got = extract_batch(_articles(), pipelines, resources)
    assert [x.article.id for x in got] == ["a1", "bad", "a2", "a3"]
    assert got[1].events == [] and got[1].error == "ValueError: something broke over two lines"
    assert [x.error for x in (got[0], got[2], got[3])] == [None, None, None]
    alone = extract_batch([a for a in _articles() if a.id != "bad"], pipelines, resources)
    assert [x.events for x in (got[0], got[2], got[3])] == [x.events for x in alone]


def test_ingest_run_reports_it_stores_the_rest_and_goes_on(failing, pipelines, resources,
                                                          tmp_path: Path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": a.id, "text": a.text, "lang": a.lang,
                                        "published": a.published}) + "\n"
                            for a in _articles()), "utf-8")
    problems: list[str] = []
    with Store(tmp_path / "kg.db") as store:
        summary = run([str(path)], resources, pipelines, store=store,
                      on_problem=lambda p: problems.append(str(p)))
        stored = {row["id"] for row in store.articles()}
    assert summary.read == 4 and summary.stored == 3 and summary.failed
    assert problems == summary.skipped == [
        f"{path}: article bad: could not be parsed (ValueError: something broke over two "
        "lines)"]
    assert stored == {"a1", "a2", "a3"}
    assert summary.events >= 3
