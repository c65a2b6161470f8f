"""The actor graph as one HTML file that works offline, opened from disk.

Drawn with Bokeh: its wheel ships BokehJS, and `bokeh.resources.INLINE` puts all of it in
the page (no CDN, no server), with the widgets (date slider, toggle, search box) and the
tap and hover tools needed here; pyvis in-line still links Bootstrap from a CDN, and
ipysigma and neo4j-viz are notebook widgets with no time slider or filters of their own.

Python does the heavy part: the layout, compact per-event columns and one drawn edge per
pair of actors (parallel events aggregated); a small glue script re-aggregates them in the
browser when a control moves. Evidence sits in a separate JSON blob parsed on the first
click and is shown with DOM text nodes: no markup is ever built from article text.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import ExtraMissing
from .events import row_pairs
from .export import atomic_write, date_interval

EPOCH = date(1970, 1, 1).toordinal()
LABELLED = 25  # actors whose code is written by their node: the most active ones
KIND_COLOURS = {"state": "#4c72b0", "organisation": "#8172b3", "bloc": "#937860",
                "group": "#da8bc3", "unknown": "#8c8c8c"}


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' left raw (so no
    '</script>' or '<!--' can end or bend it), still valid JSON for JSON.parse."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def day_number(value: str | None) -> int | None:
    """Days since 1970-01-01 of an ISO day; None for no date or an impossible one."""
    try:
        return date.fromisoformat(value).toordinal() - EPOCH if value else None
    except ValueError:
        return None


def _detail(row: dict[str, Any]) -> dict[str, Any]:
    """What a click shows of one event."""
    keys = ("id", "date", "relation", "cameo", "source", "target", "modality",
            "confidence", "goldstein")
    return {**{k: row.get(k) for k in keys},
            "participants": [{"code": p.get("code"), "role": p.get("role")}
                             for p in row.get("participants") or []],
            "evidence": [{k: e.get(k) for k in ("sentence", "title", "url", "published",
                                                  "article")}
                         for e in row.get("evidence") or []]}


def build_payload(events: list[dict[str, Any]], actors: list[Any]) -> dict[str, Any]:
    """The page's data: actors with positions, undirected pairs, per-event columns (first
    and last day, CAMEO root, confidence, Goldstein, the pairs it stands for, flattened)
    and per-event detail. Events with no pair of two known actors are left out."""
    known = {a.code: a for a in actors}
    codes: dict[str, int] = {}
    pairs: dict[tuple[int, int], int] = {}
    cols: dict[str, list[Any]] = {k: [] for k in ("t0", "t1", "root", "conf", "g")}
    flat: list[int] = []
    offsets = [0]
    roots: dict[str, set[str]] = {}
    detail = []
    for row in events:
        ids = []
        for a, b in row_pairs(row):
            if a and b and a != b:
                ia, ib = codes.setdefault(a, len(codes)), codes.setdefault(b, len(codes))
                ids.append(pairs.setdefault((min(ia, ib), max(ia, ib)), len(pairs)))
        if not ids:
            continue
        first, last = date_interval(row.get("date"))
        root = str(row.get("cameo") or "")[:2]
        roots.setdefault(root, set()).add(str(row.get("relation") or ""))
        cols["t0"].append(day_number(first))
        cols["t1"].append(day_number(last))
        cols["root"].append(root)
        cols["conf"].append(round(float(row.get("confidence") or 0.0), 3))
        cols["g"].append(float(row.get("goldstein") or 0.0))
        flat.extend(dict.fromkeys(ids))  # a pair once per event
        offsets.append(len(flat))
        detail.append(_detail(row))
    order = list(codes)
    x, y = _layout(len(order), list(pairs), flat)
    payload = {"codes": order, "names": [getattr(known.get(c), "name", c) for c in order],
               "kinds": [getattr(known.get(c), "kind", "unknown") for c in order],
               "x": x, "y": y, "a": [a for a, _ in pairs], "b": [b for _, b in pairs],
               **cols, "pairs": flat, "offsets": offsets,
               "roots": {r: sorted(rels) for r, rels in sorted(roots.items())},
               "detail": detail}
    per_actor, _ = activity(payload)
    top = set(sorted(range(len(order)), key=lambda i: -per_actor[i])[:LABELLED])
    payload["label"] = [c if i in top else "" for i, c in enumerate(order)]
    return payload


def _layout(n: int, pairs: list[tuple[int, int]],
            flat: list[int]) -> tuple[list[float], list[float]]:
    """Node positions: a seeded spring layout, pairs weighted by their event counts."""
    g = nx.Graph()
    g.add_nodes_from(range(n))
    counts = Counter(flat)
    for i, (a, b) in enumerate(pairs):
        g.add_edge(a, b, weight=1.0 + math.log(counts[i]))
    pos = (nx.spring_layout(g, k=2 / math.sqrt(n), seed=7, weight="weight") if n > 1
           else {0: (0.0, 0.0)})
    return ([round(float(pos[i][0]), 4) for i in range(n)],
            [round(float(pos[i][1]), 4) for i in range(n)])


def activity(payload: dict[str, Any]) -> tuple[list[int], list[int]]:
    """Events per actor (an event once for each actor in it) and per pair, over all."""
    per_actor = [0] * len(payload["codes"])
    per_pair = [0] * len(payload["a"])
    offs, flat = payload["offsets"], payload["pairs"]
    for i in range(len(offs) - 1):
        seen: set[int] = set()
        for p in flat[offs[i]:offs[i + 1]]:
            per_pair[p] += 1
            seen.update((payload["a"][p], payload["b"][p]))
        for actor in seen:
            per_actor[actor] += 1
    return per_actor, per_pair


def render(events: list[dict[str, Any]], actors: list[Any], path: Path,
           title: str = "kgbuild") -> int:
    """Write the actor graph of these event rows to one offline HTML file; return the
    number of events it shows (those with at least one pair of two actors)."""
    try:
        from bokeh.embed import file_html
        from bokeh.resources import INLINE
        from markupsafe import escape
    except ImportError as exc:
        raise ExtraMissing("the graph view needs bokeh: pip install 'kgbuild[analysis]'"
                           ) from exc
    payload = build_payload(events, actors)
    detail = payload.pop("detail")
    undated = sum(t is None for t in payload["t0"])
    note = (f"{len(detail)} events between {len(payload['codes'])} actors"
            + (f", {undated} of them undated" if undated else ""))
    page = file_html(_document(payload, undated), INLINE, title, template=TEMPLATE,
                     template_variables={"heading": escape(title), "note": escape(note),
                                         "css": CSS, "glue": GLUE,
                                         "data": script_json(payload),
                                         "detail": script_json(detail)})
    atomic_write(Path(path), lambda tmp: Path(tmp).write_text(page, encoding="utf-8"))
    return len(detail)


def _document(payload: dict[str, Any], undated: int) -> Any:
    """The Bokeh document: the graph and its controls, wired to the glue script."""
    from bokeh.document import Document
    from bokeh.layouts import column, row
    from bokeh.models import ColumnDataSource, CustomJS, HoverTool, TapTool
    from bokeh.models.annotations import ColorBar, LabelSet
    from bokeh.models.widgets import (
        AutocompleteInput,
        CheckboxGroup,
        DateSlider,
        Div,
        Select,
        Slider,
        Toggle,
    )
    from bokeh.palettes import RdYlGn11
    from bokeh.plotting import figure
    from bokeh.transform import factor_cmap, linear_cmap

    edges = ColumnDataSource({k: [] for k in ("x0", "y0", "x1", "y1", "pair", "label",
                                              "n", "g", "w")}, name="kg-edges")
    nodes = ColumnDataSource({"x": payload["x"], "y": payload["y"],
                              "code": payload["codes"], "name": payload["names"],
                              "kind": payload["kinds"], "label": payload["label"],
                              "n": [0] * len(payload["codes"]),
                              "size": [6] * len(payload["codes"]),
                              "alpha": [0.9] * len(payload["codes"])}, name="kg-nodes")
    days = [t for t in payload["t0"] + payload["t1"] if t is not None]
    first = date.fromordinal(min(days, default=0) + EPOCH)
    last = date.fromordinal(max(max(days, default=0), min(days, default=0) + 1) + EPOCH)
    slider = DateSlider(title="Date", start=first, end=last, value=last, step=1,
                        format="%Y-%m-%d", width=420, name="kg-slider", visible=bool(days))
    play = Toggle(label="▶ Play", width=90, name="kg-play", visible=slider.visible)
    windows: list[str | tuple[Any, str]] = [
        ("0", "up to the date"), ("30", "in the 30 days to it"),
        ("91", "in the 3 months to it"), ("365", "in the year to it")]
    span = Select(title="Show events", value="0", width=200, name="kg-window",
                  options=windows)
    actor = AutocompleteInput(title="Actor (name or code)", name="kg-actor", width=230,
                              completions=[f"{n} ({c})" for n, c in
                                           zip(payload["names"], payload["codes"],
                                               strict=True)],
                              case_sensitive=False, search_strategy="includes",
                              restrict=False, min_characters=1, placeholder="all actors")
    roots: list[str | tuple[Any, str]] = [("", "all roots")]
    roots += [(r, f"{r} {', '.join(rels)}"[:60]) for r, rels in payload["roots"].items()]
    root = Select(title="Relation root (CAMEO)", value="", width=230, name="kg-root",
                  options=roots)
    conf = Slider(title="Minimum confidence", start=0, end=1, step=0.05, value=0,
                  width=200, name="kg-conf")
    keep_undated = CheckboxGroup(labels=[f"include the {undated} undated events"],
                                 active=[0], visible=undated > 0, name="kg-undated")
    status = Div(text="", render_as_text=True, name="kg-status")

    fig = figure(height=640, sizing_mode="stretch_width", match_aspect=True,
                 tools="pan,wheel_zoom,box_zoom,reset,save", toolbar_location="above",
                 name="kg-figure")
    fig.axis.visible = False
    fig.grid.visible = False
    palette = tuple(reversed(RdYlGn11))  # red: conflict (Goldstein -10), green: cooperation
    colours = linear_cmap("g", palette, -10, 10)
    lines = fig.segment("x0", "y0", "x1", "y1", source=edges, line_width="w",
                        line_alpha=0.75, line_color=colours)
    dots = fig.scatter("x", "y", source=nodes, size="size", fill_alpha="alpha",
                       line_color="white",
                       fill_color=factor_cmap("kind", list(KIND_COLOURS.values()),
                                              list(KIND_COLOURS)))
    for kind in sorted(set(payload["kinds"])):  # the legend, from points of no size
        at = payload["kinds"].index(kind)
        fig.scatter([payload["x"][at]], [payload["y"][at]], size=0, line_color="white",
                    fill_color=KIND_COLOURS.get(kind, "#8c8c8c"), legend_label=kind)
    fig.add_layout(LabelSet(x="x", y="y", text="label", source=nodes, x_offset=5,
                            y_offset=3, text_font_size="10px"))
    fig.add_layout(ColorBar(color_mapper=colours["transform"], width=10,
                            title="mean Goldstein: conflict (-10) to cooperation (+10)"),
                   "right")
    fig.legend.location = "top_left"
    fig.add_tools(HoverTool(renderers=[lines], tooltips=[
        ("pair", "@label"), ("events", "@n"), ("mean Goldstein", "@g{0.0}")]),
        HoverTool(renderers=[dots], tooltips=[("actor", "@name (@code)"), ("kind", "@kind"),
                                              ("events", "@n")]),
        TapTool(renderers=[lines, dots]))

    ui = {"slider": slider, "win": span, "actor": actor, "root": root, "conf": conf,
          "undated": keep_undated, "edges": edges, "nodes": nodes, "status": status}
    update = CustomJS(args=ui, code="window.kgView.update({" + ", ".join(ui) + "})")
    for widget, prop in ((slider, "value"), (span, "value"), (actor, "value"),
                         (root, "value"), (conf, "value"), (keep_undated, "active")):
        widget.js_on_change(prop, update)
    play.js_on_change("active", CustomJS(args={"play": play, "slider": slider},
                                         code="window.kgView.play(play, slider)"))
    edges.selected.js_on_change("indices", CustomJS(
        args=ui, code="window.kgView.detail({" + ", ".join(ui) + "})"))
    nodes.selected.js_on_change("indices", CustomJS(
        args={"nodes": nodes, "actor": actor}, code="window.kgView.pick(nodes, actor)"))

    doc = Document()
    doc.add_root(column(row(play, slider, span), row(actor, root, conf),
                        row(keep_undated, status), fig, sizing_mode="stretch_width"))
    doc.js_on_event("document_ready", update)
    return doc


TEMPLATE = """\
{% block postamble %}<style>{{ css }}</style>
<script>{{ glue }}</script>{% endblock %}
{% block contents %}<header><h1>{{ heading }}</h1><p>{{ note }}. Click an edge for its
events and evidence, a node to follow that actor.</p></header>
<main id="kg-main"><div id="kg-graph">{{ super() }}</div>
<aside id="kg-detail"><p>No edge selected.</p></aside></main>
<script type="application/json" id="kg-data">{{ data }}</script>
<script type="application/json" id="kg-detail-data">{{ detail }}</script>
{% endblock %}
"""

CSS = """
body { font-family: system-ui, sans-serif; margin: 0 1em; }
header h1 { font-size: 1.3em; margin: .5em 0 0; } header p { margin: .2em 0 .6em; }
#kg-main { display: flex; gap: 1em; align-items: flex-start; }
#kg-graph { flex: 3; min-width: 0; }
#kg-detail { flex: 2; max-height: 92vh; overflow: auto; font-size: .9em; }
#kg-detail article { border-top: 1px solid #ccc; padding: .3em 0; }
#kg-detail h3 { font-size: 1em; margin: .2em 0; }
#kg-detail blockquote { margin: .3em 1em; font-style: italic; }
#kg-detail .meta, #kg-detail .src { color: #555; margin: .1em 0; }
"""

# The glue: filters and re-aggregates the event columns (kg-data) when a control moves,
# plays the slider, and shows a pair's events. Text goes in with textContent only.
GLUE = r"""
window.kgView = (function () {
  "use strict";
  const DAY = 86400000, MAX_SHOWN = 200, blobs = {};
  const view = {drawn: null, shown: null};
  let timer = null, current = null;  // the playback's interval, the pair shown
  function blob(id) {
    if (!(id in blobs)) blobs[id] = JSON.parse(document.getElementById(id).textContent);
    return blobs[id];
  }
  function label(d, i) { return d.names[i] + " (" + d.codes[i] + ")"; }
  function actorIndex(d, text) {
    const t = (text || "").trim().toLowerCase();
    if (!t) return -1;
    for (let i = 0; i < d.codes.length; i++) {
      if ([d.codes[i], d.names[i], label(d, i)].some(s => s.toLowerCase() === t)) return i;
    }
    return -2;
  }
  // calls onPair(event, pair) for each drawn pair of each event the controls keep
  function select(ui, onPair) {
    const d = blob("kg-data"), day = Math.floor(ui.slider.value / DAY);
    const span = Number(ui.win.value), root = ui.root.value, minConf = ui.conf.value;
    const undated = ui.undated.active.length > 0, who = actorIndex(d, ui.actor.value);
    let shown = 0;
    for (let e = 0; e < d.t0.length; e++) {
      if (d.conf[e] < minConf || (root && d.root[e] !== root)) continue;
      if (d.t0[e] === null ? !undated : d.t0[e] > day || (span > 0 && d.t1[e] <= day - span))
        continue;
      let kept = false;
      for (let k = d.offsets[e]; k < d.offsets[e + 1]; k++) {
        const p = d.pairs[k];
        if (who !== -1 && d.a[p] !== who && d.b[p] !== who) continue;
        kept = true;
        onPair(e, p);
      }
      if (kept) shown++;
    }
    return {shown: shown, unknownActor: who === -2};
  }
  view.update = function (ui) {
    const d = blob("kg-data"), nA = d.codes.length, nP = d.a.length;
    const pn = new Float64Array(nP), pg = new Float64Array(nP);
    const an = new Float64Array(nA), stamp = new Int32Array(nA).fill(-1);
    const res = select(ui, function (e, p) {
      pn[p] += 1; pg[p] += d.g[e];
      for (const x of [d.a[p], d.b[p]]) if (stamp[x] !== e) { stamp[x] = e; an[x] += 1; }
    });
    const maxP = pn.reduce((m, v) => Math.max(m, v), 1);
    const maxA = an.reduce((m, v) => Math.max(m, v), 1);
    const ed = {x0: [], y0: [], x1: [], y1: [], pair: [], label: [], n: [], g: [], w: []};
    for (let p = 0; p < nP; p++) {
      if (!pn[p]) continue;
      const a = d.a[p], b = d.b[p];
      ed.x0.push(d.x[a]); ed.y0.push(d.y[a]); ed.x1.push(d.x[b]); ed.y1.push(d.y[b]);
      ed.pair.push(p); ed.label.push(d.names[a] + " – " + d.names[b]); ed.n.push(pn[p]);
      ed.g.push(pg[p] / pn[p]); ed.w.push(1 + 7 * Math.sqrt(pn[p] / maxP));
    }
    const kept = current === null ? -1 : ed.pair.indexOf(current);
    if (current !== null && kept < 0) {
      current = null;
      note("No events of the selected pair under the current controls.");
    }
    ui.edges.selected.indices = [];
    ui.edges.data = ed;
    if (kept >= 0) ui.edges.selected.indices = [kept];  // refreshes its events
    ui.nodes.data = {x: d.x, y: d.y, code: d.codes, name: d.names, kind: d.kinds,
      label: d.label.map((text, i) => an[i] ? text : ""), n: Array.from(an),
      size: Array.from(an, n => n ? 5 + 15 * Math.sqrt(n / maxA) : 4),
      alpha: Array.from(an, n => n ? 0.9 : 0.2)};
    view.drawn = ed.pair.length; view.shown = res.shown;
    ui.status.text = res.shown + " events, " + view.drawn + " pairs drawn" +
      (res.unknownActor ? " (no actor by that name)" : "");
  };
  function add(parent, tag, text, cls) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }
  function card(ev, nm) {
    const box = document.createElement("article");
    add(box, "h3", (ev.date || "undated") + " · " + ev.relation + " (CAMEO " + ev.cameo + ")");
    add(box, "p", ev.participants.length
      ? ev.participants.map(p => nm(p.code) + " (" + p.role + ")").join(", ")
      : nm(ev.source) + " → " + nm(ev.target), "meta");
    add(box, "p", "confidence " + ev.confidence + " · Goldstein " + ev.goldstein +
      " · " + ev.modality, "meta");
    for (const ref of ev.evidence) {
      add(box, "blockquote", ref.sentence || "");
      const src = add(box, "p", undefined, "src");
      const title = ref.title || ref.article || "article";
      if (ref.url && /^https?:\/\//i.test(ref.url)) {
        const a = add(src, "a", title);
        a.href = ref.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      } else add(src, "span", title);
      if (ref.published) add(src, "span", " · published " + ref.published);
    }
    return box;
  }
  function note(text) {
    const panel = document.getElementById("kg-detail");
    panel.replaceChildren();
    add(panel, "p", text);
  }
  view.detail = function (ui) {
    const sel = ui.edges.selected.indices;
    if (!sel.length) return;
    const d = blob("kg-data"), info = blob("kg-detail-data");
    const pair = ui.edges.data.pair[sel[0]], found = [];
    current = pair;
    select(ui, function (e, p) { if (p === pair) found.push(e); });
    const day = e => d.t0[e] === null ? Infinity : d.t0[e];
    found.sort((i, j) => day(i) - day(j));
    const panel = document.getElementById("kg-detail");
    panel.replaceChildren();
    add(panel, "h2", d.names[d.a[pair]] + " – " + d.names[d.b[pair]]);
    add(panel, "p", found.length + " events" +
      (found.length > MAX_SHOWN ? ", the first " + MAX_SHOWN + " shown" : ""));
    const names = {};
    d.codes.forEach((c, i) => { names[c] = d.names[i]; });
    const nm = c => names[c] || c || "?";
    for (const e of found.slice(0, MAX_SHOWN)) panel.appendChild(card(info[e], nm));
  };
  view.pick = function (nodes, actor) {
    const sel = nodes.selected.indices;
    if (!sel.length) return;
    const d = blob("kg-data");
    nodes.selected.indices = [];
    actor.value = label(d, sel[0]);
  };
  view.play = function (btn, slider) {
    if (timer !== null) { clearInterval(timer); timer = null; }
    if (!btn.active) { btn.label = "▶ Play"; return; }
    btn.label = "❚❚ Pause";
    const step = Math.max(DAY, Math.round((slider.end - slider.start) / 150 / DAY) * DAY);
    if (slider.value >= slider.end) slider.value = slider.start;
    timer = setInterval(function () {
      slider.value = Math.min(slider.end, slider.value + step);
      if (slider.value >= slider.end) btn.active = false;
    }, 120);
  };
  return view;
})();
"""
assert "</" not in GLUE and "</" not in CSS  # they go into the page as they are
