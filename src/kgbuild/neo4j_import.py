"""CSVs for `neo4j-admin database import full`: the graph `kgbuild push` builds, for an
empty database, in one offline pass.

`write_import(store, folder)` writes one CSV per label and relationship type (headers with
`:ID(space)`, `:LABEL`, `:START_ID(space)`, `:END_ID(space)`, `:TYPE` and typed
properties), `import.sh` (the command line) and `schema.cypher` (the constraints and
indexes, which the import does not create). The rows come from `Neo4jStore.event_row` and
`neo4j_store._people`; the projected actor-to-actor relationships are computed here as
`kgbuild push` makes them: one per (source, relation, target), an event of three or more
parties counting for each pair it stands for.

One thing the CSV format cannot say: an empty list. An event of three or more parties that
stands for no pair (none of them a plain participant) gets `triples = []` from push and no
`triples` from the import.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .actors import ActorTable
from .events import row_pairs
from .export import atomic_write
from .neo4j_store import Neo4jStore, _people, cypher, triple_key
from .relations import Ontology, load_ontology
from .store import Store

ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter

# (file stem, header); a header names a property with its type after a colon. Numbers are
# `long` and `double`, the types Cypher gives them: `float` would keep goldstein 2.8 as
# 2.799999952.
NODES: dict[str, list[str]] = {
    "actors": ["code:ID(Actor)", ":LABEL", "name", "kind"],
    "articles": ["id:ID(Article)", ":LABEL", "title", "url", "published", "lang"],
    "events": ["id:ID(Event)", ":LABEL", "relation", "cameo", "root", "quad_class:long",
               "goldstein:double", "symmetric:boolean", "plover", "date:date", "date_text",
               "year:long", "month:long", "date_precision", "confidence:double",
               "modality", "triple", "triples:string[]", "parties:long"],
    "people": ["name:ID(Person)", ":LABEL"],
}
RELATIONSHIPS: dict[str, list[str]] = {
    "source_of": [":START_ID(Actor)", ":END_ID(Event)", ":TYPE"],
    "targets": [":START_ID(Event)", ":END_ID(Actor)", ":TYPE"],
    "participates_in": [":START_ID(Actor)", ":END_ID(Event)", ":TYPE", "role",
                        "position:long"],
    "reported_in": [":START_ID(Event)", ":END_ID(Article)", ":TYPE", "sentence",
                    "start:long", "end:long"],
    "represents": [":START_ID(Person)", ":END_ID(Actor)", ":TYPE", "role", "from:date",
                   "to:date"],
    # the typed relationships (RATIFY_AGREEMENT, CONSULT...) between actors
    "projected": [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "first_date", "last_date",
                  "events:long", "quad_class:long"],
}

IMPORT_SH = """#!/bin/sh
# Loads this folder into a new, empty Neo4j 5 database (written by kgbuild export
# --format neo4j-import). Stop the server first; then, with a Neo4j install:
#   NEO4J_ADMIN=$NEO4J_HOME/bin/neo4j-admin sh import.sh
# or, for kgbuild's local server (a new KGBUILD_NEO4J_HOME):
#   scripts/neo4j-import THIS_FOLDER [NEO4J_HOME]
# Options given to this script pass on (e.g. --overwrite-destination=true).
# The import creates no constraints or indexes: once the server runs, run schema.cypher
# (Neo4j Browser, or cypher-shell -f schema.cypher), or `kgbuild push`, which adds them
# and finds every row already in place.
set -e
cd "$(dirname "$0")"
exec "${NEO4J_ADMIN:-neo4j-admin}" database import full \\
%s
  --multiline-fields=true "$@" neo4j
"""


class _Missing(int):
    """A property with no value: an empty, unquoted field, which neo4j-admin reads as no
    property (csv.QUOTE_NONNUMERIC writes None as "", which it reads as an empty string)."""

    def __str__(self) -> str:
        return ""


MISSING = _Missing()


def _cell(value: Any) -> Any:
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if any(ARRAY_DELIMITER in str(v) for v in value):
            raise ValueError(f"an array element contains {ARRAY_DELIMITER!r}: {value!r}")
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return value


def _write_csv(path: Path, header: list[str], rows: Iterable[Sequence[Any]]) -> int:
    """Strings quoted (sentences hold quotes, commas and newlines), numbers bare."""
    count = 0

    def write(tmp: str) -> None:
        nonlocal count
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerow(header)
            out = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
            for row in rows:
                out.writerow([_cell(v) for v in row])
                count += 1

    atomic_write(path, write)
    return count


def projections(keys: Iterable[tuple[str, str, str]], rows: list[dict[str, Any]],
                codes: set[str], ontology: Ontology) -> list[list[Any]]:
    """One row (source, target, type, first_date, last_date, events, quad_class) per key
    (source, relation, target) some event stands for, as `kgbuild push` makes them."""
    pairwise: dict[str, list[dict[str, Any]]] = {}
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["triple"] is not None:
            pairwise.setdefault(row["triple"], []).append(row)
        parties = {p["code"] for p in row["participants"] if p["code"] in codes}
        for key in set(row["triples"] or []):
            src, _, tgt = key.split("|")
            if src != tgt and {src, tgt} <= parties:
                grouped.setdefault(key, []).append(row)
    out = []
    for src, relation, tgt in sorted(keys):
        if src not in codes or tgt not in codes:
            continue
        rel_type = ontology.rel_type(relation)
        key = triple_key(src, relation, tgt)
        hits = pairwise.get(key, []) + grouped.get(key, [])
        if not hits:
            continue
        dates = [h["date"] for h in hits if h["date"] is not None]
        # quad_class: coalesce(pairwise minimum, grouped minimum), as the Cypher has it
        quad = min(h["quad_class"] for h in (pairwise.get(key) or hits))
        out.append([src, tgt, rel_type, min(dates, default=None), max(dates, default=None),
                    len(hits), quad])
    return out


def write_import(store: Store, folder: Path, table: ActorTable | None = None,
                 ontology: Ontology | None = None) -> dict[str, int]:
    """Write the CSVs, `import.sh` and `schema.cypher` into `folder` (made if missing);
    returns the rows written per file stem (actors, events, ..., projected)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    loader = Neo4jStore.__new__(Neo4jStore)  # its row logic only: no connection
    loader.ontology = ontology or load_ontology()
    actors = store.actors()
    codes = {a.code for a in actors}
    articles = list(store.articles())
    known = {a["id"] for a in articles}
    events = list(store.event_rows())
    # push drops the events no article reports (prune_events.cypher)
    rows = [loader.event_row(ev) for ev in events
            if any(x["article"] in known for x in ev["evidence"])]
    people = _people(events, codes, table)

    pairwise = [r for r in rows if r["source"] is not None
                and r["source"] in codes and r["target"] in codes]
    # MERGE keeps one relationship per key, with the last row's properties
    parties = {(p["code"], r["id"]): [p["role"], p["position"]]
               for r in rows for p in r["participants"] if p["code"] in codes}
    reports = {(r["id"], x["article"]): [x["sentence"], x["start"], x["end"]]
               for r in rows for x in r["evidence"] if x["article"] in known}
    offices = {(p["name"], p["code"], p["role"], p["start"]): p["end"] for p in people}
    keys = {(a, ev["relation"], b) for ev in events for a, b in row_pairs(ev)}

    tables: dict[str, Iterable[Sequence[Any]]] = {
        "actors": ([a.code, "Actor", a.name, a.kind] for a in actors),
        "articles": ([a["id"], "Article", a["title"], a["url"], a["published"], a["lang"]]
                     for a in articles),
        "events": ([r["id"], "Event", r["relation"], r["cameo"], r["root"], r["quad_class"],
                    r["goldstein"], r["symmetric"], r["plover"],
                    r["date"] if r["date_precision"] == "day" else None, r["date"],
                    r["year"], r["month"], r["date_precision"], r["confidence"],
                    r["modality"], r["triple"], r["triples"], len(r["participants"])]
                   for r in rows),
        "people": ([name, "Person"] for name in sorted({p["name"] for p in people})),
        "source_of": ([r["source"], r["id"], "SOURCE_OF"] for r in pairwise),
        "targets": ([r["id"], r["target"], "TARGETS"] for r in pairwise),
        "participates_in": ([code, eid, "PARTICIPATES_IN", *props]
                            for (code, eid), props in parties.items()),
        "reported_in": ([eid, art, "REPORTED_IN", *props]
                        for (eid, art), props in reports.items()),
        "represents": ([name, code, "REPRESENTS", role, start, end]
                       for (name, code, role, start), end in offices.items()),
        "projected": ([s, t, typ, *props] for s, t, typ, *props in
                      projections(keys, rows, codes, loader.ontology)),
    }
    headers = {**NODES, **RELATIONSHIPS}
    counts = {stem: _write_csv(folder / f"{stem}.csv", headers[stem], data)
              for stem, data in tables.items()}
    args = [f"  --nodes={stem}.csv \\" for stem in NODES] + \
        [f"  --relationships={stem}.csv \\" for stem in RELATIONSHIPS]
    script = IMPORT_SH % "\n".join(args)
    atomic_write(folder / "import.sh", lambda tmp: Path(tmp).write_text(script, "utf-8"))
    mode = (folder / "import.sh").stat().st_mode
    (folder / "import.sh").chmod(mode | (mode & 0o444) >> 2)  # executable where readable
    schema = cypher("constraints").strip() + ";\n"
    atomic_write(folder / "schema.cypher", lambda tmp: Path(tmp).write_text(schema, "utf-8"))
    return counts
