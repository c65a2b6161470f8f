"""Commands over the stored graph: export, stats, push, queries, query."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import click

from ..export import FILE_ONLY, FORMATS
from ..filters import EventFilter
from .common import (
    _db_option,
    _neo4j_config,
    _require_db,
    _table,
    actors_option,
    filter_options,
    neo4j_options,
)


@click.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="graphml",
              show_default=True, help="graphml/gexf: one edge per pair an event stands for; "
                                      "jsonl/csv/parquet: one row per event.")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Output file (required for graphml, gexf and parquet); for "
                   "neo4j-import, a folder.")
@click.option("--from", "origin", type=click.Choice(["store", "neo4j"]), default="store",
              show_default=True, help="Export what the embedded store or Neo4j holds.")
@filter_options
@neo4j_options
def export(db: str, fmt: str, output: str | None, origin: str, flt: EventFilter,
           neo4j_uri: str | None, neo4j_user: str, neo4j_database: str | None) -> None:
    """Export the graph: GraphML/GEXF for Gephi and networkx, JSONL, CSV or Parquet events.

    \b
    Example:
      kgbuild export --format graphml -o graph.graphml
      kgbuild export --format gexf -o graph.gexf      # Gephi timeline
      kgbuild export --format csv --actor RUS --since 2024-01 -o rus.csv
      kgbuild export --from neo4j --format graphml -o neo4j.graphml
      kgbuild export --format neo4j-import -o out/neo4j && scripts/neo4j-import out/neo4j
    """
    from ..export import export as run_export
    from ..relations import load_ontology

    if fmt in FILE_ONLY and not output:
        raise click.UsageError(f"--format {fmt} needs -o {'DIR' if '-' in fmt else 'FILE'}")
    if fmt == "neo4j-import":
        _neo4j_import(db, origin, flt, Path(str(output)))
        return
    actors, events = _read_graph(db, origin, flt, neo4j_uri, neo4j_user, neo4j_database)
    n = run_export(fmt, actors, events, load_ontology(), Path(output) if output else None,
                   sys.stdout)
    click.echo(f"wrote {n} events, {len(actors)} actors"
               f"{' to ' + output if output else ''}", err=True)


def _neo4j_import(db: str, origin: str, flt: EventFilter, folder: Path) -> None:
    """The whole store as CSVs for neo4j-admin (a bulk load is of everything)."""
    from ..neo4j_import import write_import
    from ..store import Store

    if origin != "store" or not flt.empty:
        raise click.UsageError("--format neo4j-import writes the whole embedded store: "
                               "no --from neo4j, no filters")
    _require_db(db)
    with Store(db) as store:
        counts = write_import(store, folder)
    click.echo(f"wrote {counts['events']} events, {counts['actors']} actors, "
               f"{counts['projected']} projected relationships to {folder} "
               f"(then: scripts/neo4j-import {folder} NEO4J_HOME, or sh {folder}/import.sh)",
               err=True)


def _read_graph(db: str, origin: str, flt: EventFilter, neo4j_uri: str | None,
                neo4j_user: str, neo4j_database: str | None) -> tuple[list[Any], list[Any]]:
    """The actors and the event rows that pass `flt`, from the store or from Neo4j."""
    if origin == "neo4j":
        from ..neo4j_store import Neo4jStore

        with Neo4jStore(_neo4j_config(neo4j_uri, neo4j_user, neo4j_database)) as neo:
            return neo.read_graph(flt)
    from ..store import Store

    _require_db(db)
    with Store(db) as store:
        return store.actors(), list(store.event_rows(flt))


@click.command()
@_db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: str, flt: EventFilter, as_json: bool) -> None:
    """Counts of articles, events and actors, by relation, actor and month.

    An event of three or more parties (a summit) counts once, and once for each party in
    the counts by actor.

    \b
    Example:
      kgbuild stats --db kgbuild.db
      kgbuild stats --actor RUS --since 2024 --root 04
    """
    from ..store import Store

    _require_db(db)
    with Store(db) as store:
        s = store.stats(flt)
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False))
        return
    click.echo(f"articles: {s['articles']}  events: {s['events']} "
               f"(of three or more parties: {s['multilateral']})  "
               f"evidence: {s['evidence']}  actors: {s['actors']}  "
               f"Goldstein sum: {s['goldstein']}")
    for title, key in (("by relation", "by_relation"), ("by actor", "by_actor"),
                       ("by month", "by_month")):
        click.echo(f"{title}:")
        for name, n in s[key][:20]:
            click.echo(f"  {name:<28} {n}")


@click.command()
@_db_option
@neo4j_options
@click.option("--batch-size", default=2000, show_default=True, type=click.IntRange(1))
@click.option("--from-events", type=click.Path(exists=True, file_okay=False), default=None,
              metavar="DIR", help="Load the Parquet event shards in DIR (written by ingest "
                                  "--events-out) instead of the embedded store.")
@actors_option
def push(db: str, neo4j_uri: str | None, neo4j_user: str, neo4j_database: str | None,
         batch_size: int, from_events: str | None, actor_files: tuple[str, ...]) -> None:
    """Load what the embedded store holds into Neo4j (idempotent: safe to repeat).

    \b
    Example:
      scripts/neo4j-start && NEO4J_PASSWORD=kgbuild-dev kgbuild push
      kgbuild push --from-events shards/
      kgbuild push --actors my_people.yaml   # the tables the run used, for people's offices
    """
    from ..actors import load_actors
    from ..neo4j_store import Neo4jStore
    from ..store import Store

    if from_events:
        from ..ingest import load_shards

        store = Store(":memory:")  # the shards, gathered as the store would hold them
        load_shards(from_events, store)
    else:
        _require_db(db)
        store = Store(db)
    with store, Neo4jStore(_neo4j_config(neo4j_uri, neo4j_user, neo4j_database)) as neo:
        counts = neo.load_store(store, batch_size=batch_size,
                                table=load_actors(actor_files))
    click.echo(f"neo4j: loaded {counts['events']} events, {counts['actors']} actors, "
               f"{counts['people']} people, {counts['articles']} articles")


@click.command()
def queries() -> None:
    """List the saved Cypher queries (queries/*.cypher) with their parameters.

    \b
    Example:
      kgbuild queries
    """
    from ..queries import list_queries

    for q in list_queries():
        params = ", ".join(q.params) or "-"
        click.echo(f"{q.name:<28} {q.title}  (params: {params})")


@click.command()
@click.argument("name")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="KEY VALUE",
              help="A query parameter (repeatable); numbers and dates are converted.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@neo4j_options
def query(name: str, params: tuple[tuple[str, str], ...], fmt: str, neo4j_uri: str | None,
          neo4j_user: str, neo4j_database: str | None) -> None:
    """Run a saved query by NAME (or '-' to read Cypher from stdin) against Neo4j.

    \b
    Example:
      kgbuild query partners_by_relation -p actor RUS -p from 2024-01-01 -p to 2024-12-31
      echo 'MATCH (a:Actor) RETURN a.code LIMIT 5' | kgbuild query -
    """
    from ..neo4j_store import Neo4jStore
    from ..queries import get_query, parse_params

    cypher = sys.stdin.read() if name == "-" else get_query(name).cypher
    values = parse_params(params)
    with Neo4jStore(_neo4j_config(neo4j_uri, neo4j_user, neo4j_database)) as neo:
        keys, rows = neo.run_query(cypher, values)
    if fmt == "json":
        click.echo(json.dumps([dict(zip(keys, r, strict=True)) for r in rows],
                              ensure_ascii=False, default=str))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(keys)
        w.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(_table([keys, *[[str(c) for c in r] for r in rows]]) if keys else "",
                   nl=False)
        click.echo(f"({len(rows)} rows)", err=True)
