"""A figure for a paper: events by month, stacked by QuadClass, over the Goldstein balance.

Drawn with matplotlib's object API on the Agg canvas (no display, no pyplot state), as PNG
or SVG by the file's suffix; an SVG is byte-for-byte the same for the same events. Each row
is one event: an event of three or more parties counts once. Events dated to a month count
in it; those dated to a year only, or not at all, are left out and counted in the caption.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .errors import ExtraMissing, OutputUnwritable
from .export import atomic_write

FORMATS = {".png": "png", ".svg": "svg"}
TICK_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # months between two labels
QUADS = {1: ("verbal cooperation", "#92c5de"), 2: ("material cooperation", "#2166ac"),
         3: ("verbal conflict", "#f4a582"), 4: ("material conflict", "#b2182b")}


def _codes(row: dict[str, Any]) -> tuple[int | None, float | None]:
    """QuadClass and Goldstein: from the row, else from the ontology by its relation."""
    quad, gold = row.get("quad_class"), row.get("goldstein")
    if quad in QUADS and gold is not None:
        return quad, float(gold)
    from .relations import load_ontology
    rel = load_ontology().relations.get(str(row.get("relation")))
    return (quad if quad in QUADS else getattr(rel, "quad_class", None),
            float(gold) if gold is not None else getattr(rel, "goldstein", None))


def monthly(events: list[dict[str, Any]]) -> tuple[dict[str, Counter[int]],
                                                   dict[str, float], Counter[str]]:
    """Per month ("YYYY-MM"): events by QuadClass and the Goldstein sum; and the events
    left out, by reason ("year only", "undated"). An event id counts once."""
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    balance: dict[str, float] = defaultdict(float)
    left_out: Counter[str] = Counter()
    seen: set[Any] = set()
    for row in events:
        key = row.get("id") or id(row)
        if key in seen:
            continue
        seen.add(key)
        when = row.get("date") or ""
        if len(when) < 7:
            left_out["dated to a year only" if when else "undated"] += 1
            continue
        quad, gold = _codes(row)
        if quad is None:
            left_out["with no QuadClass"] += 1
            continue
        counts[when[:7]][quad] += 1
        balance[when[:7]] += gold or 0.0
    return counts, balance, left_out


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _title(actors: tuple[str, ...], months: list[str]) -> str:
    who = ("All actors" if not actors else " – ".join(actors) if len(actors) == 2
           else ", ".join(actors))
    span = (f"{months[0]} to {months[-1]}" if len(months) > 1 else months[0] if months
            else "no dated events")
    return f"{who}: {span}"


def plot(events: list[dict[str, Any]], path: Path, actors: tuple[str, ...] = (),
         title: str | None = None) -> int:
    """Write the figure of these event rows to `path` (.png or .svg); return the number
    of events it plots."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise OutputUnwritable(f"{path}: a plot is written as .png or .svg, not "
                               f"{path.suffix or 'a file with no suffix'!r}")
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ExtraMissing("plots need matplotlib: pip install 'kgbuild[analysis]'") from exc
    counts, balance, left_out = monthly(events)
    months = _months(min(counts), max(counts)) if counts else []
    x = list(range(len(months)))
    fig = Figure(figsize=(8, 5.5), layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[3, 2])
    base = [0] * len(months)
    for quad, (label, colour) in QUADS.items():
        values = [counts[m][quad] for m in months]
        top.bar(x, values, width=0.8, bottom=base, color=colour, label=f"{quad} {label}")
        base = [b + v for b, v in zip(base, values, strict=True)]
    top.set_ylabel("events per month")
    top.legend(title="QuadClass", fontsize="small", title_fontsize="small", frameon=False)
    sums = [balance[m] for m in months]
    bottom.bar(x, sums, width=0.8, color=["#2166ac" if s >= 0 else "#b2182b" for s in sums])
    bottom.axhline(0, color="black", linewidth=0.8)
    step = next((k for k in TICK_STEPS if len(months) <= 12 * k), TICK_STEPS[-1])
    ticks = [i for i, m in enumerate(months) if (int(m[:4]) * 12 + int(m[5:7]) - 1) % step == 0]
    bottom.set_xticks(ticks, [months[i] for i in ticks])
    pad = max(0, 6 - len(months)) / 2  # a month or two: narrow bars in the middle
    bottom.set_xlim(-0.6 - pad, len(months) - 0.4 + pad)
    bottom.set_ylabel("Goldstein balance\n(sum per month)")
    if not months:
        top.text(0.5, 0.5, "no event dated to a month or a day", ha="center",
                 transform=top.transAxes)
    fig.suptitle(title or _title(actors, months))
    plotted = sum(base)
    note = f"{plotted} events dated to a day or a month, by month."
    if left_out:
        note += " Not shown: " + ", ".join(f"{n} {why}" for why, n in left_out.items()) + "."
    fig.supxlabel(note, fontsize="small")
    with matplotlib.rc_context({"svg.hashsalt": "kgbuild", "svg.fonttype": "path"}):
        meta = {"Date": None} if fmt == "svg" else {}
        atomic_write(path, lambda tmp: fig.savefig(tmp, format=fmt, dpi=200, metadata=meta))
    return plotted
