"""Exports: GraphML and GEXF (Gephi, networkx), JSONL and CSV, written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .relations import Ontology

CSV_FIELDS = ["id", "source", "relation", "target", "cameo", "root", "symmetric", "date",
              "date_precision", "confidence", "articles", "sentence"]


def build_graph(actors: Iterable[Any], events: Iterable[dict[str, Any]],
                ontology: Ontology, dynamic: bool = False) -> nx.MultiDiGraph:
    """Actors as nodes (label, code, kind); one edge per event, keyed by the event id."""
    g = nx.MultiDiGraph()
    for a in actors:
        g.add_node(a.code, label=a.name, code=a.code, kind=a.kind)
    for ev in events:
        rel = ontology.relations.get(ev["relation"])
        attrs: dict[str, Any] = {
            "id": ev["id"], "relation": ev["relation"], "label": ev["relation"],
            "cameo": ev["cameo"], "root": ev["cameo"][:2],
            "symmetric": bool(ev["symmetric"]), "confidence": float(ev["confidence"]),
            "sources": " | ".join(sorted({x["article"] for x in ev["evidence"]})),
            "urls": " | ".join(sorted({x["url"] for x in ev["evidence"] if x.get("url")})),
            "sentence": ev["evidence"][0]["sentence"] if ev["evidence"] else "",
        }
        if rel is not None:
            attrs["goldstein"] = float(rel.goldstein)
            attrs["quad_class"] = int(rel.quad_class)
        if ev.get("date"):
            attrs["date"] = ev["date"]
            attrs["date_precision"] = ev["date_precision"] or ""
            if dynamic:
                start = _full_date(ev["date"])
                attrs["start"] = start
                attrs["end"] = start
        attrs = {k: v for k, v in attrs.items() if v is not None}
        g.add_edge(ev["source"], ev["target"], key=ev["id"], **attrs)
    return g


def _full_date(value: str) -> str:
    return value + "-01-01"[len(value) - 4:] if len(value) < 10 else value


def atomic_write(path: Path, write: Any) -> None:
    """Write through a temporary file in the same folder, then rename: never a torn file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent or "."))
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    atomic_write(path, lambda tmp: nx.write_graphml(
        g, tmp, infer_numeric_types=True, edge_id_from_attribute="id"))


def write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    g = g.copy()
    g.graph["mode"] = "dynamic"
    atomic_write(path, lambda tmp: nx.write_gexf(g, tmp))


def events_csv(events: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
    w.writeheader()
    for ev in events:
        w.writerow({**{k: ev.get(k) for k in CSV_FIELDS if k in ev}, "root": ev["cameo"][:2],
                    "articles": " | ".join(x["article"] for x in ev["evidence"]),
                    "sentence": ev["evidence"][0]["sentence"] if ev["evidence"] else ""})
    return buf.getvalue()


def write_text(path: Path | None, text: str, out: Any) -> None:
    if path is None:
        out.write(text)
    else:
        atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def export(fmt: str, actors: list[Any], events: list[dict[str, Any]],
           jsonl_events: Iterable[Any], ontology: Ontology, path: Path | None, out: Any) -> int:
    """Write the graph in `fmt`; returns the number of events written."""
    if fmt in ("graphml", "gexf"):
        if path is None:
            raise ValueError(f"{fmt} export needs -o FILE")
        g = build_graph(actors, events, ontology, dynamic=(fmt == "gexf"))
        (write_graphml if fmt == "graphml" else write_gexf)(g, path)
        return g.number_of_edges()
    if fmt == "csv":
        write_text(path, events_csv(events), out)
        return len(events)
    lines = [json.dumps(e.to_json(), ensure_ascii=False) for e in jsonl_events]
    write_text(path, "".join(line + "\n" for line in lines), out)
    return len(lines)
