"""The graph view at scale: 5,000 synthetic events (200 actors, 10 years) against 500.

Reports, for each size, the time `kgbuild.view.render` takes and the file's size; when
Chromium and playwright are there, the page's load-to-interactive time (the graph drawn)
and the time one slider step takes to filter, re-aggregate and redraw. The last line gives
each as a ratio of the large run to the small one. No assertion on timing.

    python benchmarks/bench_view.py [--events 5000 --baseline 500]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kgbuild.events import ActorRef
from kgbuild.view import render

RELATIONS = [("CONSULT", "040", 1, 1.0), ("COOPERATE", "060", 2, 6.0),
             ("ACCUSE", "112", 3, -2.0), ("SANCTION", "163", 4, -8.0),
             ("MEDIATE", "046", 1, 7.0), ("ATTACK", "190", 4, -10.0)]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
STEPS = 40


def synthetic(n: int, n_actors: int = 200, years: int = 10,
              seed: int = 7) -> tuple[list[dict[str, Any]], list[ActorRef]]:
    """Event rows as the store gives them: skewed activity, some month- and year-dated,
    some undated, one in twenty with three participants."""
    rng = random.Random(seed)
    actors = [ActorRef(f"A{i:03d}", f"Actor {i}", "state" if i % 5 else "organisation")
              for i in range(n_actors)]
    weights = [1 / (i + 1) ** 0.8 for i in range(n_actors)]
    start = date(2015, 1, 1)
    rows: list[dict[str, Any]] = []
    for i in range(n):
        rel, cameo, quad, gold = rng.choice(RELATIONS)
        day = start + timedelta(days=rng.randrange(365 * years))
        precision = rng.choices(["day", "month", "year", None], [85, 8, 4, 3])[0]
        when = {"day": day.isoformat(), "month": day.isoformat()[:7],
                "year": day.isoformat()[:4], None: None}[precision]
        a, b, c = distinct(rng, actors, weights, 3)
        many = i % 20 == 0
        rows.append({
            "id": f"e{i}", "source": None if many else a, "relation": rel,
            "target": None if many else b, "cameo": cameo, "symmetric": False,
            "date": when, "date_precision": precision,
            "confidence": round(rng.uniform(0.3, 1.0), 2), "modality": "asserted",
            "plover": "", "quad_class": quad, "goldstein": gold,
            "participants": [{"code": x, "role": "participant"} for x in (a, b, c)]
            if many else [],
            "evidence": [{"article": f"art{i // 3}", "sentence": f"Sentence {i}: {a} and {b} "
                          "held talks on their cooperation, the ministry said.",
                          "start": 0, "end": 80, "url": f"https://example.org/{i // 3}",
                          "title": f"Article {i // 3}", "published": when, "data": {}}]})
    return rows, actors


def distinct(rng: random.Random, actors: list[ActorRef], weights: list[float],
             k: int) -> list[str]:
    """k different actor codes, drawn by weight."""
    codes: list[str] = []
    while len(codes) < k:
        code = rng.choices(actors, weights)[0].code
        if code not in codes:
            codes.append(code)
    return codes


def browse(path: Path) -> tuple[float, float, float]:
    """Seconds from opening the file to the graph drawn; milliseconds per slider step:
    the glue's re-aggregation alone, and through to the next painted frame."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        t = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kgView && kgView.drawn !== null && "
                               "Bokeh.documents[0].is_idle", polling=10)
        load = time.perf_counter() - t
        update_ms, paint_ms = page.evaluate("""async (steps) => {
            const s = Bokeh.documents[0].get_model_by_name('kg-slider');
            const frame = () => new Promise(r => requestAnimationFrame(() => r()));
            const glue = kgView.update;
            let calls = 0, spent = 0, paint = 0;
            kgView.update = function (ui) {  // the glue's own time, per call
                const t = performance.now();
                glue(ui);
                spent += performance.now() - t; calls++;
            };
            for (let i = 1; i <= steps; i++) {
                await frame();
                const before = calls, t = performance.now();
                s.value = s.start + (s.end - s.start) * i / steps;
                while (calls === before) await new Promise(r => setTimeout(r, 0));
                await frame(); await frame();  // drawn, then painted
                paint += performance.now() - t;
            }
            kgView.update = glue;
            return [spent / calls, paint / steps];
        }""", STEPS)
        browser.close()
    return load, float(update_ms), float(paint_ms)


def measure(n: int, folder: Path, browser: bool) -> dict[str, float]:
    rows, actors = synthetic(n)
    path = folder / f"view_{n}.html"
    t = time.perf_counter()
    shown = render(rows, actors, path, title=f"{n} synthetic events")
    out = {"events": shown, "render_s": time.perf_counter() - t,
           "size_mb": path.stat().st_size / 1e6}
    if browser:
        out["load_s"], out["update_ms"], out["paint_ms"] = browse(path)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--baseline", type=int, default=500)
    args = ap.parse_args()
    try:
        import playwright  # noqa: F401
        browser = Path(CHROMIUM).exists()
    except ImportError:
        browser = False
    with tempfile.TemporaryDirectory() as tmp:
        render(*synthetic(20), Path(tmp) / "warm.html")  # imports, first-call costs
        small, large = (measure(n, Path(tmp), browser) for n in (args.baseline, args.events))
    print(f"== view: {args.events} vs {args.baseline} events, 200 actors, 10 years"
          + ("" if browser else " (no chromium/playwright: no browser timings)"))
    for res in (small, large):
        line = (f"{res['events']:>6.0f} events: render {res['render_s']:.2f} s, "
                f"file {res['size_mb']:.2f} MB")
        if browser:
            line += (f", load-to-interactive {res['load_s']:.2f} s, slider step: "
                     f"update {res['update_ms']:.1f} ms, to paint {res['paint_ms']:.1f} ms")
        print(line)
    ratios = ", ".join(f"{k} x{large[k] / small[k]:.2f}" for k in small
                       if k != "events" and small[k])
    print(f"ratios {args.events}/{args.baseline}: {ratios}")


if __name__ == "__main__":
    main()
