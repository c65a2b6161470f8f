"""Shared fixtures: real spaCy pipelines (loaded once), a fresh store, the example corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="session")
def pipelines():
    from kgbuild.nlp import Pipelines

    return Pipelines()


@pytest.fixture(scope="session")
def resources():
    from kgbuild.extract import Resources

    return Resources.load()


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture()
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture()
def extract_text(pipelines, resources):
    """Extract events from one text with the real models."""
    from kgbuild.articles import Article
    from kgbuild.extract import extract_doc, parser_input

    def run(text: str, lang: str, published: str | None = "2024-11-12", future: bool = False):
        art = Article(id="t", text=text, published=published, lang=lang)
        doc = pipelines.get(lang)(parser_input(text))
        return extract_doc(doc, art, resources, include_future=future)

    return run


KEPT = {"id": "k", "lang": "fr", "published": "2024-11-12",
        "text": "La France a expulsé mardi deux diplomates russes."}


def write_pair(path: Path, text: str) -> None:
    """A JSONL of two articles: "a" with `text`, and KEPT, which never changes (for the
    tests of articles re-ingested with another text)."""
    import json

    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in (
        {"id": "a", "lang": "fr", "published": "2024-11-12", "text": text}, KEPT)) + "\n",
        "utf-8")


def triples(events) -> set[tuple[str, str, str]]:
    """(source, target, root) of each pair the events stand for (the guidelines' view)."""
    return {(p.source.code, p.target.code, p.cameo[:2]) for e in events for p in e.pairs()}


def neo4j_required() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
