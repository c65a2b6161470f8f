"""Pipelines: texts over spaCy's max_length are parsed in chunks with their offsets kept."""

from __future__ import annotations

import pytest

from kgbuild.nlp import Pipelines, chunks

PARAGRAPH = ("Le ministre des Affaires étrangères a rappelé mardi le rôle des Nations unies "
             "dans la région, lors d'une conférence de presse à Paris.")


def test_nlp_chunks_join_back_and_cut_after_paragraphs():
    text = "\n\n".join(f"{PARAGRAPH} ({i})" for i in range(40))
    parts = chunks(text, 1000)
    assert "".join(parts) == text
    assert len(parts) > 1 and all(len(p) <= 1000 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])  # cut after a blank line


def test_nlp_chunks_without_breaks_cut_at_sentences_then_spaces():
    text = " ".join([PARAGRAPH] * 30)
    parts = chunks(text, 500)
    assert "".join(parts) == text and all(len(p) <= 500 for p in parts)
    assert all(p.endswith(". ") for p in parts[:-1])
    word = "x" * 1200
    assert chunks(word, 500) == [word[:500], word[500:1000], word[1000:]]
    assert chunks("court", 500) == ["court"]


@pytest.fixture()
def small_pipelines():
    pipes = Pipelines()
    pipes.get("fr").max_length = 2000  # a few paragraphs: the real limit is 1,000,000
    return pipes


def test_nlp_long_text_parses_whole_with_offsets(small_pipelines):
    filler = "\n\n".join(f"{PARAGRAPH} ({i})" for i in range(30))
    act = "La Pologne a rappelé jeudi son ambassadeur en Biélorussie pour consultations."
    text = f"{filler}\n\n{act}\n\n{filler}"
    assert len(text) > 4 * 2000
    doc = next(small_pipelines.pipe([text, "Court."], "fr"))
    assert doc.text == text
    start = text.index(act)
    span = doc.char_span(start, start + len(act))
    assert span is not None and span.text == act
    assert any(t.dep_ == "nsubj" and t.text == "Pologne" for t in span)


def test_nlp_long_article_gives_its_events(small_pipelines, resources):
    from kgbuild.articles import Article
    from kgbuild.extract import extract_batch

    filler = "\n\n".join(f"{PARAGRAPH} ({i})" for i in range(30))
    act = "La Pologne a rappelé jeudi son ambassadeur en Biélorussie pour consultations."
    text = f"{filler}\n\n{act}"
    long = Article(id="long", text=text, published="2024-11-12", lang="fr")
    short = Article(id="short", text=act, published="2024-11-12", lang="fr")
    got = extract_batch([long, short], small_pipelines, resources)
    assert [x.error for x in got] == [None, None]
    (ev,) = [e for e in got[0].events if e.relation == "RECALL_AMBASSADOR"]
    assert (ev.source.code, ev.target.code) == ("POL", "BLR")
    assert text[ev.evidence.start:ev.evidence.end] == act
    assert {(e.source.code, e.target.code, e.cameo) for e in got[1].events} == \
        {(e.source.code, e.target.code, e.cameo) for e in got[0].events}


@pytest.mark.parametrize("lang, text, sentences", [
    ("fr", "Pékin a noué des liens avec Managua, marquant un succès face à l'île.Cette annonce "
           "a été faite lundi. Avant lui, le Panama avait rompu en 2017.Depuis, rien.",
     ["Pékin a noué des liens avec Managua, marquant un succès face à l'île.",
      "Cette annonce a été faite lundi.", "Avant lui, le Panama avait rompu en 2017.",
      "Depuis, rien."]),
    # abbreviations, initials, decimals and acronyms keep their dots
    ("en", "The U.S. envoy met Mr.Wang in Geneva on 3.5 percent growth.",
     ["The U.S. envoy met Mr.Wang in Geneva on 3.5 percent growth."]),
])
def test_nlp_full_stop_glued_to_the_next_sentence_ends_it(pipelines, lang, text, sentences):
    doc = next(pipelines.pipe([text], lang))
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents] == sentences
