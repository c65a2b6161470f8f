from pathlib import Path

import pytest

from kgbuild.articles import Article, Problem, content_id, detect_language, read_articles


def _read(*paths: str | Path):
    items = list(read_articles([str(p) for p in paths]))
    return ([a for a in items if isinstance(a, Article)],
            [p for p in items if isinstance(p, Problem)])


def test_articles_front_matter(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\nid: x1\ntitle: T\npublished: 2024-11-12\nlang: fr\nurl: http://e/1\n---\n"
                 "La Russie a signé un accord.\n", encoding="utf-8")
    arts, problems = _read(f)
    assert problems == []
    assert arts[0].id == "x1" and arts[0].published == "2024-11-12" and arts[0].lang == "fr"
    assert arts[0].url == "http://e/1" and arts[0].text == "La Russie a signé un accord."


def test_articles_txt_without_id_gets_stable_hash(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Russia and China held talks on Tuesday.", encoding="utf-8")
    arts, _ = _read(f)
    assert arts[0].id == content_id("Russia and China held talks on Tuesday.")
    assert arts[0].id == _read(f)[0][0].id
    assert arts[0].lang == "en"


def test_articles_jsonl_broken_line_reported_rest_read(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "a", "text": "La France a rappelé son ambassadeur."}\n'
                 '{"id": "b", "text": \n'
                 '{"id": "c", "text": "Japan met Korea."}\n'
                 '{"id": "d"}\n', encoding="utf-8")
    arts, problems = _read(f)
    assert [a.id for a in arts] == ["a", "c"]
    assert [(p.line, "JSON" in p.reason or "text" in p.reason) for p in problems] == \
        [(2, True), (4, True)]
    assert str(problems[0]).startswith(f"{f}:2: ")


def test_articles_jsonl_bad_encoding_costs_its_line_only(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Japan met Korea."}\n'
                  b'{"id": "b", "text": "caf\xe9"}\n'
                  b'{"id": "c", "text": "La France a rappel\xc3\xa9 son ambassadeur."}\n')
    arts, problems = _read(f)
    assert [a.id for a in arts] == ["a", "c"] and arts[1].text.endswith("ambassadeur.")
    assert [(p.line, "not UTF-8" in p.reason) for p in problems] == [(2, True)]


def test_articles_jsonl_streams_line_by_line(tmp_path):
    import tracemalloc

    f = tmp_path / "big.jsonl"
    line = '{"text": "%s"}\n' % ("La Russie et la Chine ont tenu des pourparlers. " * 80)
    with f.open("w", encoding="utf-8") as out:
        for i in range(6000):
            out.write(line.replace('{"text"', f'{{"id": "{i}", "text"', 1))
    size = f.stat().st_size
    assert size > 20_000_000
    tracemalloc.start()
    n = sum(1 for a in read_articles([str(f)], lang="fr") if isinstance(a, Article))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 6000 and peak < size / 20  # one line at a time, not the file


def test_articles_stdin_jsonl_streams_too():
    import io

    stream = io.StringIO('\n{"id": "a", "text": "Japan met Korea."}\nnot json\n')
    items = list(read_articles(["-"], stdin=stream))
    assert [a.id for a in items if isinstance(a, Article)] == ["a"]
    assert [p.line for p in items if isinstance(p, Problem)] == [3]


@pytest.mark.parametrize("name, content, reason", [
    ("bad.txt", b"\x00\x01\x02binary", "binary"),
    ("bad.txt", b"", "empty"),
    ("bad.txt", b"caf\xe9 au lait", "not UTF-8"),
    ("bad.jsonl", b"\x00\x01\x02binary", "binary"),
    ("bad.jsonl", b"", "empty"),
    ("bad.jsonl", b"\n\n", "empty"),
])
def test_articles_bad_files_are_problems(tmp_path, name, content, reason):
    f = tmp_path / name
    f.write_bytes(content)
    arts, problems = _read(f)
    assert arts == [] and len(problems) == 1
    assert reason in problems[0].reason and problems[0].path == str(f)


def test_articles_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Talks in Beijing</title>"
        '<meta property="article:published_time" content="2024-11-12"></head><body>'
        "<nav>Home | World</nav><article><h1>Talks in Beijing</h1>"
        "<p>Russian Security Council secretary Sergei Shoigu met Chinese Foreign Minister "
        "Wang Yi in Beijing on Tuesday, as both countries vowed to deepen cooperation.</p>"
        "<p>The two men discussed regional security and the war in Ukraine at length, "
        "according to statements released by both foreign ministries after the meeting.</p>"
        "</article><footer>Copyright</footer></body></html>", encoding="utf-8")
    arts, problems = _read(f)
    assert problems == []
    assert "Sergei Shoigu met" in arts[0].text and "Copyright" not in arts[0].text
    assert arts[0].title == "Talks in Beijing" and arts[0].published == "2024-11-12"


def test_articles_html_without_text_is_a_problem(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title></title></head><body></body></html>", encoding="utf-8")
    arts, problems = _read(f)
    assert arts == [] and "no article text" in problems[0].reason


def test_articles_folder_recursive_and_overrides(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Paris et Berlin ont signé un accord.", "utf-8")
    (tmp_path / "b.md").write_text("Hello there, the talks were held.", "utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    items = list(read_articles([str(tmp_path)], published="2024-01-02", lang="fr"))
    assert len(items) == 2 and all(a.published == "2024-01-02" and a.lang == "fr"
                                   for a in items if isinstance(a, Article))


def test_articles_dev_set_reads_whole(tmp_path):
    from conftest import DATA

    arts, problems = _read(DATA / "dev_articles.jsonl")
    assert len(arts) == 17 and problems == []
    assert {a.lang for a in arts} == {"fr", "en"}


@pytest.mark.parametrize("text, lang", [
    ("La Russie et la Chine ont renforcé leur coopération militaire depuis 2022.", "fr"),
    ("Russia and China have strengthened their military cooperation since 2022.", "en"),
])
def test_articles_detect_language(text, lang):
    assert detect_language(text) == lang


def test_articles_front_matter_is_yaml_with_lists_and_date(tmp_path):
    f = tmp_path / "a.md"
    f.write_text('---\ntitle: "Sommet: la Chine et la Russie"\ntags: [diplomatie, Russie]\n'
                 "authors:\n  - A. B.\n  - C. D.\ndate: January 6, 2025\nlang: fr\n---\n"
                 "La Russie a signé un accord.\n", encoding="utf-8")
    arts, problems = _read(f)
    assert problems == []
    assert arts[0].title == "Sommet: la Chine et la Russie"
    assert arts[0].published == "2025-01-06"


@pytest.mark.parametrize("written, iso", [
    ("6 janvier 2025", "2025-01-06"), ("Tue, 07 Jan 2025 10:00:00 GMT", "2025-01-07"),
    ("2025-01-06T23:10:00+01:00", "2025-01-06"), ("25/12/2024", "2024-12-25"),
])
def test_articles_metadata_dates_read_leniently(tmp_path, written, iso):
    f = tmp_path / "a.jsonl"
    f.write_text(f'{{"id": "a", "published": "{written}", "text": "Texte."}}\n', "utf-8")
    arts, problems = _read(f)
    assert problems == [] and arts[0].published == iso


@pytest.mark.parametrize("written, says", [
    ("03/04/2024", "could be day/month or month/day"),
    ("next tuesday-ish", "is not a date"),
])
def test_articles_unreadable_dates_say_what_to_write(tmp_path, written, says):
    f = tmp_path / "a.jsonl"
    f.write_text(f'{{"id": "a", "published": "{written}", "text": "Texte."}}\n', "utf-8")
    arts, problems = _read(f)
    assert arts == [] and says in problems[0].reason and "YYYY-MM-DD" in problems[0].reason


def test_articles_counted_before_reading_for_the_progress_bar(tmp_path):
    from kgbuild.articles import count_articles

    (tmp_path / "a.jsonl").write_text('{"text": "A."}\n\n{"text": "B."}\n{broken\n', "utf-8")
    (tmp_path / "b.txt").write_text("C.", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("D.", "utf-8")
    assert count_articles([str(tmp_path)]) == 5  # a broken line is counted: it is reported
    assert count_articles([str(tmp_path), "-"]) is None
