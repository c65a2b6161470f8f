"""The offline HTML graph view: a real store's events and synthetic ones; the page in a
real Chromium when it is installed (required under CI)."""

from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from kgbuild.errors import OutputUnwritable
from kgbuild.events import ActorRef
from kgbuild.view import activity, build_payload, day_number, render, script_json

ROOT = Path(__file__).resolve().parent.parent
ATTACK = "</script><script>window.PWNED=1</script><!--"
ACTORS = [ActorRef(c, n, "state") for c, n in
          (("AAA", "Aland"), ("BBB", "Bland"), ("CCC", "Cland"), ("DDD", "Dland"))]


def row(id_: str, source: str | None, target: str | None, when: str | None,
        sentence: str = "A met B.", participants: list[dict[str, str]] | None = None,
        **extra: Any) -> dict[str, Any]:
    return {"id": id_, "source": source, "relation": "CONSULT", "target": target,
            "cameo": "040", "symmetric": False, "date": when,
            "date_precision": None if when is None else {4: "year", 7: "month"}.get(
                len(when), "day"),
            "confidence": 0.8, "modality": "asserted", "plover": "CONSULT",
            "quad_class": 1, "goldstein": 1.0, "participants": participants or [],
            "evidence": [{"article": f"art-{id_}", "sentence": sentence, "start": 0,
                          "end": len(sentence), "url": f"https://news.example/{id_}",
                          "title": f"Title {id_}", "published": when, "data": {}}],
            **extra}


THREE = row("e3", None, None, "2021-06",
            participants=[{"code": c, "role": "participant"} for c in ("AAA", "BBB", "CCC")])
EVENTS = [row("e1", "AAA", "BBB", "2020-01-10"), THREE,
          row("e4", "CCC", "DDD", "2022-03-05", sentence=ATTACK)]


class Tags(HTMLParser):
    """Every tag with its attributes, and the text of each <script> by its id."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: dict[str, str] = {}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = dict(attrs).get("id") or f"anon{len(self.tags)}"
            self.scripts[self._in] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.scripts[self._in] += data


def parse(path: Path) -> Tags:
    tags = Tags()
    tags.feed(path.read_text(encoding="utf-8"))
    return tags


@pytest.fixture(scope="module")
def store_rows(tmp_path_factory: pytest.TempPathFactory) -> tuple[list, list]:
    from click.testing import CliRunner

    from kgbuild.cli import main
    from kgbuild.store import Store

    db = str(tmp_path_factory.mktemp("view") / "v.db")
    res = CliRunner().invoke(main, ["ingest", "-q", "--db", db,
                                    str(ROOT / "examples" / "articles")])
    assert res.exit_code == 0, res.output
    with Store(db) as store:
        return list(store.event_rows(None)), store.actors()


def test_real_store_page_is_self_contained(store_rows, tmp_path: Path) -> None:
    rows, actors = store_rows
    assert rows
    out = tmp_path / "graph.html"
    assert render(rows, actors, out, title="examples") == len(rows)
    tags = parse(out)
    for tag, attrs in tags.tags:  # nothing loaded from elsewhere: all JS and CSS inline
        for attr in ("src", "href"):
            value = attrs.get(attr) or ""
            assert not re.match(r"\s*(https?:)?//", value), (tag, attrs)
        assert not (tag == "script" and attrs.get("src")), attrs
        assert not (tag == "link" and attrs.get("rel") == "stylesheet"), attrs
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?https?:""", text)
    # the evidence of a real event is in the lazy blob, escaped, and reads back whole
    event = next(r for r in rows if r["evidence"])
    sentence = event["evidence"][0]["sentence"]
    assert script_json(sentence) in text
    detail = json.loads(tags.scripts["kg-detail-data"])
    shown = next(d for d in detail if d["id"] == event["id"])
    assert shown["evidence"][0]["sentence"] == sentence
    assert shown["relation"] == event["relation"]
    # the controls: date slider, play toggle, window, actor search, root, confidence
    for name in ("kg-slider", "kg-play", "kg-window", "kg-actor", "kg-root", "kg-conf"):
        assert f'"name":"{name}"' in text, name
    assert "DateSlider" in text and "Toggle" in text and "Play" in text


def test_event_of_three_parties_shows_its_pairs_counted_once(tmp_path: Path) -> None:
    payload = build_payload(EVENTS, ACTORS)
    codes = payload["codes"]
    pairs = {tuple(sorted((codes[a], codes[b])))
             for a, b in zip(payload["a"], payload["b"], strict=True)}
    assert pairs == {("AAA", "BBB"), ("AAA", "CCC"), ("BBB", "CCC"), ("CCC", "DDD")}
    offs = payload["offsets"]
    assert [offs[i + 1] - offs[i] for i in range(3)] == [1, 3, 1]  # e3 stands for 3 pairs
    per_actor, per_pair = activity(payload)
    assert dict(zip(codes, per_actor, strict=True)) == {"AAA": 2, "BBB": 2, "CCC": 2,
                                                        "DDD": 1}
    ab = next(i for i, (a, b) in enumerate(zip(payload["a"], payload["b"], strict=True))
              if {codes[a], codes[b]} == {"AAA", "BBB"})
    assert per_pair[ab] == 2  # e1 and e3
    out = tmp_path / "three.html"
    assert render(EVENTS, ACTORS, out) == 3  # events, not pairs
    data = json.loads(parse(out).scripts["kg-data"])
    assert len(data["t0"]) == 3 and len(data["pairs"]) == 5


def test_dates_of_any_precision_become_day_intervals() -> None:
    data = build_payload(EVENTS + [row("e5", "AAA", "DDD", None),
                                   row("e6", "AAA", "DDD", "2023")], ACTORS)
    assert data["t0"][1] == day_number("2021-06-01")
    assert data["t1"][1] == day_number("2021-06-30")
    assert data["t0"][3] is None and data["t1"][3] is None
    assert (data["t0"][4], data["t1"][4]) == (day_number("2023-01-01"),
                                              day_number("2023-12-31"))
    assert day_number("2023-02-30") is None


def test_article_text_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    hostile = [ActorRef("AAA", "</script><b>Aland", "state"), *ACTORS[1:]]
    events = EVENTS + [row("e7", "AAA", "DDD", "2022-04-01", sentence="ok")]
    events[-1]["evidence"][0].update(title="<img src=x onerror=alert(1)>",
                                     url="javascript:alert(1)")
    out = tmp_path / "x.html"
    render(events, hostile, out, title="<b>T</b> & co")
    text = out.read_text(encoding="utf-8")
    assert ATTACK not in text and "<img src=x" not in text and "</script><b>" not in text
    assert "<b>T</b>" not in text and "&lt;b&gt;T&lt;/b&gt; &amp; co" in text
    assert "\\u003c/script\\u003e\\u003cscript\\u003ewindow.PWNED=1" in text
    tags = parse(out)
    clean = tmp_path / "clean.html"
    render([row("e1", "AAA", "BBB", "2020-01-10")], ACTORS, clean)
    assert len([t for t, _ in tags.tags if t == "script"]) == \
        len([t for t, _ in parse(clean).tags if t == "script"])
    detail = json.loads(tags.scripts["kg-detail-data"])
    assert detail[2]["evidence"][0]["sentence"] == ATTACK  # intact as data


def test_unwritable_output(tmp_path: Path) -> None:
    with pytest.raises(OutputUnwritable):
        render(EVENTS, ACTORS, tmp_path / "missing" / "x.html")


# ---- in a real browser --------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

EDGE_POINT = """(pairLabel) => {
    const doc = Bokeh.documents[0], fig = doc.get_model_by_name('kg-figure');
    const all = [], walk = v => { all.push(v); for (const c of v.children()) walk(c); };
    for (const r of Bokeh.index.roots) walk(r);
    const view = all.find(v => v.model === fig);
    const e = doc.get_model_by_name('kg-edges').data, i = e.label.indexOf(pairLabel);
    if (i < 0) return null;
    const box = view.canvas_view.el.getBoundingClientRect();
    return [box.left + view.frame.x_scale.compute((e.x0[i] + e.x1[i]) / 2),
            box.top + view.frame.y_scale.compute((e.y0[i] + e.y1[i]) / 2)];
}"""


@pytest.fixture(scope="module")
def browser():
    """Chromium from Debian, driven by playwright; required under CI, else skipped."""
    why = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        why = "playwright is not installed (pip install playwright)"
    if why is None and not Path(CHROMIUM).exists():
        why = "chromium is not installed (apt-get install chromium)"
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the browser test: {why}")
        pytest.skip(why)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def test_page_in_chromium(browser, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    render(EVENTS, ACTORS, out, title="browser")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    fetched: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def outside(route: Any) -> None:
        fetched.append(route.request.url)
        route.abort()

    page.route(re.compile(r"^(?!file:).*"), outside)  # no request may leave the file
    page.goto(out.as_uri())
    page.wait_for_function("window.kgView && kgView.drawn !== null")
    model = "Bokeh.documents[0].get_model_by_name"
    assert page.evaluate("[kgView.drawn, kgView.shown]") == [4, 3]
    assert page.evaluate(f"{model}('kg-edges').data.x0.length") == 4

    # drag the slider's handle to its start: only the first event's pair is left
    handle = page.locator(".noUi-handle").first
    track = page.locator(".noUi-base").first.bounding_box()
    grip = handle.bounding_box()
    assert track and grip
    page.mouse.move(grip["x"] + grip["width"] / 2, grip["y"] + grip["height"] / 2)
    page.mouse.down()
    page.mouse.move(track["x"] - 20, grip["y"] + grip["height"] / 2, steps=8)
    page.mouse.up()
    page.wait_for_function("kgView.drawn === 1")
    assert page.evaluate(f"{model}('kg-edges').data.label") == ["Aland – Bland"]

    # playback moves the slider on and pause stops it; at the end all pairs are back
    start = page.evaluate(f"{model}('kg-slider').value")
    page.get_by_text("Play").click()
    page.wait_for_function(f"{model}('kg-slider').value > {start}")
    page.get_by_text("Pause").click()
    paused = page.evaluate(f"{model}('kg-slider').value")
    assert paused > start
    page.wait_for_timeout(500)
    assert page.evaluate(f"{model}('kg-slider').value") == paused
    page.evaluate(f"{model}('kg-slider').value = {model}('kg-slider').end")
    page.wait_for_function("kgView.drawn === 4")

    # a click on the C–D edge shows its event: the hostile sentence as plain text
    point = page.evaluate(EDGE_POINT, "Cland – Dland")
    assert point
    page.mouse.click(*point)
    panel = page.locator("#kg-detail")
    panel.get_by_text("Title e4").wait_for()
    assert ATTACK in panel.inner_text()
    assert panel.locator("a").first.get_attribute("href") == "https://news.example/e4"
    assert page.evaluate("window.PWNED") is None
    assert errors == [] and fetched == []


@pytest.mark.parametrize("corpus", ["examples", "generated-5000"])
def test_page_of_a_store_in_chromium(browser, store_rows, corpus: str, tmp_path: Path) -> None:
    """The example articles' store and a 5,000-event generated one: no console error, no
    request out of the file, the slider moved back halves what is drawn, a screenshot."""
    import sys

    if corpus == "examples":
        rows, actors = store_rows
    else:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_view import synthetic

        rows, actors = synthetic(5000)
    out = tmp_path / "graph.html"
    render(rows, actors, out, title=corpus)
    text = out.read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?https?:""", text)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    fetched: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route(re.compile(r"^(?!file:).*"),
               lambda route: (fetched.append(route.request.url), route.abort()))
    page.goto(out.as_uri())
    page.wait_for_function("window.kgView && kgView.drawn !== null")
    model = "Bokeh.documents[0].get_model_by_name"
    every = page.evaluate("kgView.drawn")
    assert every > 0
    page.evaluate(f"{model}('kg-slider').value = ({model}('kg-slider').start + "
                  f"{model}('kg-slider').end) / 2")
    page.wait_for_function(f"kgView.drawn < {every}")
    half = page.evaluate("kgView.drawn")
    page.evaluate(f"{model}('kg-slider').value = {model}('kg-slider').end")
    page.wait_for_function(f"kgView.drawn === {every}")
    shot = tmp_path / f"{corpus}.png"
    page.screenshot(path=str(shot))
    assert 0 < half < every and shot.stat().st_size > 10_000
    assert errors == [] and fetched == []
