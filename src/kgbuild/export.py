"""Exports: GraphML and GEXF (Gephi, networkx), JSONL, CSV and Parquet, written atomically
with the user's umask.

Graph formats are pairwise: an event of three or more parties gives one edge per pair it
stands for, each carrying the event's id and its participants so that it can be filtered
back to one. Tables (CSV, JSONL, Parquet) have one row per event.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ExtraMissing, OutputUnwritable
from .events import row_pairs
from .relations import Ontology

if TYPE_CHECKING:
    import networkx as nx

CSV_FIELDS = ["id", "source", "relation", "target", "participants", "cameo", "root",
              "plover", "quad_class", "goldstein", "symmetric", "date", "date_precision",
              "date_start", "date_end", "confidence", "modality", "articles", "url",
              "sentence"]
FORMATS = ("graphml", "gexf", "jsonl", "csv", "parquet", "neo4j-import")
FILE_ONLY = ("graphml", "gexf", "parquet", "neo4j-import")


def date_interval(value: str | None) -> tuple[str | None, str | None]:
    """The first and last day an ISO date of any precision covers ("2024-02": the 1st to
    the 29th)."""
    if not value:
        return None, None
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        return f"{value}-01", f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    return value, value


def participants_text(row: dict[str, Any]) -> str:
    return "; ".join(f"{p['code']}:{p['role']}" for p in row.get("participants") or [])


def _codes(row: dict[str, Any], rel: Any) -> dict[str, Any]:
    """PLOVER, QuadClass and Goldstein: from the row (as stored), else from the ontology."""
    return {"plover": row.get("plover") or (rel.plover if rel else None),
            "quad_class": row.get("quad_class") or (rel.quad_class if rel else None),
            "goldstein": row.get("goldstein") if row.get("goldstein") is not None
            else (rel.goldstein if rel else None)}


def table_row(ev: dict[str, Any], ontology: Ontology) -> dict[str, Any]:
    """One event as a flat record: codes as strings, the date with its precision and the
    interval it covers, its parties, first sentence and URL."""
    rel = ontology.relations.get(ev["relation"])
    start, end = date_interval(ev.get("date"))
    evidence = ev.get("evidence") or []
    return {
        "id": ev["id"], "source": ev.get("source"), "relation": ev["relation"],
        "target": ev.get("target"), "participants": participants_text(ev),
        "cameo": str(ev["cameo"]), "root": str(ev["cameo"])[:2], **_codes(ev, rel),
        "symmetric": bool(ev["symmetric"]), "date": ev.get("date"),
        "date_precision": ev.get("date_precision"), "date_start": start, "date_end": end,
        "confidence": float(ev["confidence"]), "modality": ev.get("modality") or "asserted",
        "articles": " | ".join(x["article"] for x in evidence),
        "url": next((x["url"] for x in evidence if x.get("url")), None),
        "sentence": evidence[0]["sentence"] if evidence else "",
    }


def build_graph(actors: Iterable[Any], events: Iterable[dict[str, Any]],
                ontology: Ontology, dynamic: bool = False) -> nx.MultiDiGraph:
    """Actors as nodes (label, code, kind); one edge per event and pair, keyed by the event
    id (with the pair, for events of three or more parties)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for a in actors:
        g.add_node(a.code, label=a.name, code=a.code, kind=a.kind)
    for ev in events:
        rel = ontology.relations.get(ev["relation"])
        base: dict[str, Any] = {
            "event": ev["id"], "relation": ev["relation"], "label": ev["relation"],
            "kind": ev["relation"], "cameo": str(ev["cameo"]), "root": str(ev["cameo"])[:2],
            "symmetric": bool(ev["symmetric"]), "confidence": float(ev["confidence"]),
            "participants": participants_text(ev),
            "sources": " | ".join(sorted({x["article"] for x in ev["evidence"]})),
            "urls": " | ".join(sorted({x["url"] for x in ev["evidence"] if x.get("url")})),
            "sentence": ev["evidence"][0]["sentence"] if ev["evidence"] else "",
            **_codes(ev, rel),
        }
        if ev.get("date"):
            base["date"] = ev["date"]
            base["date_precision"] = ev.get("date_precision") or ""
            if dynamic:
                base["start"], base["end"] = date_interval(ev["date"])
        base = {k: v for k, v in base.items() if v is not None}
        pairs = row_pairs(ev)
        for a, b in pairs:
            key = ev["id"] if len(pairs) == 1 and not ev.get("participants") else \
                f"{ev['id']}:{a}:{b}"
            for code in (a, b):
                if code not in g:
                    g.add_node(code, label=code, code=code, kind="")
            g.add_edge(a, b, key=key, id=key, **base)
    return g


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, write: Callable[[str], Any]) -> None:
    """Write through a temporary file in the same folder, then rename: never a torn file.
    The file gets the mode a plain open() would give it (0666 less the umask)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputUnwritable(f"{path}: the folder {folder} does not exist; create it "
                               "or write elsewhere with -o")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(folder))
    except OSError as exc:
        raise OutputUnwritable(f"{path}: cannot write in {folder} ({exc.strerror}); "
                               "choose another -o") from exc
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    import networkx as nx

    atomic_write(path, lambda tmp: nx.write_graphml(
        g, tmp, infer_numeric_types=True, edge_id_from_attribute="id"))


def gexf_text(g: nx.MultiDiGraph) -> str:
    """GEXF with each edge's relation as its `kind`: Gephi keeps parallel edges of other
    kinds apart instead of merging them."""
    import networkx as nx

    g = g.copy()
    g.graph["mode"] = "dynamic"
    kinds = {str(d.get("id")): d.get("kind") for _, _, d in g.edges(data=True)}
    root = ET.fromstring("\n".join(nx.generate_gexf(g)))
    ns = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
    ET.register_namespace("", ns.strip("{}"))
    for edge in root.iter(f"{ns}edge"):
        kind = kinds.get(edge.get("id", ""))
        if kind:
            edge.set("kind", kind)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    text = gexf_text(g)
    atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def events_csv(events: Iterable[dict[str, Any]], ontology: Ontology) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
    w.writeheader()
    for ev in events:
        w.writerow(table_row(ev, ontology))
    return buf.getvalue()


def events_jsonl(events: Iterable[dict[str, Any]], ontology: Ontology) -> str:
    """One event per line: the flat record plus every piece of evidence."""
    lines = []
    for ev in events:
        row = table_row(ev, ontology)
        row["participants"] = [dict(p) for p in ev.get("participants") or []]
        row["evidence"] = [{k: x.get(k) for k in ("article", "sentence", "start", "end",
                                                   "url", "title", "published")}
                           for x in ev.get("evidence") or []]
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
    return "".join(lines)


def write_parquet(events: Iterable[dict[str, Any]], ontology: Ontology, path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExtraMissing("--format parquet needs pyarrow: pip install 'kgbuild[analysis]'"
                           ) from exc
    rows = [table_row(ev, ontology) for ev in events]
    schema = pa.schema([(f, pa.string()) for f in CSV_FIELDS if f not in (
        "quad_class", "goldstein", "symmetric", "confidence")] + [
        ("quad_class", pa.int8()), ("goldstein", pa.float64()), ("symmetric", pa.bool_()),
        ("confidence", pa.float64())])
    table = pa.Table.from_pylist(rows, schema=schema)
    atomic_write(path, lambda tmp: pq.write_table(table, tmp))
    return len(rows)


def write_text(path: Path | None, text: str, out: Any) -> None:
    if path is None:
        out.write(text)
    else:
        atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def export(fmt: str, actors: list[Any], events: list[dict[str, Any]], ontology: Ontology,
           path: Path | None, out: Any) -> int:
    """Write the graph in `fmt`; returns the number of events written."""
    if fmt in FILE_ONLY and path is None:
        raise OutputUnwritable(f"--format {fmt} needs -o FILE")
    if fmt in ("graphml", "gexf"):
        assert path is not None
        g = build_graph(actors, events, ontology, dynamic=(fmt == "gexf"))
        (write_graphml if fmt == "graphml" else write_gexf)(g, path)
        return len(events)
    if fmt == "parquet":
        assert path is not None
        return write_parquet(events, ontology, path)
    text = events_csv(events, ontology) if fmt == "csv" else events_jsonl(events, ontology)
    write_text(path, text, out)
    return len(events)
