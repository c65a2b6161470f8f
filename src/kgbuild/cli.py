"""The kgbuild command line: parses options, calls one library function, prints."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import KgbuildError

DEFAULT_DB = "kgbuild.db"


def _db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", type=click.Path(dir_okay=False), envvar="KGBUILD_DB",
                        default=DEFAULT_DB, show_default=True,
                        help="The embedded store (env KGBUILD_DB).")(f)


def neo4j_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--neo4j-uri/--neo4j-user/--neo4j-database; the password only from NEO4J_PASSWORD."""
    f = click.option("--neo4j-database", envvar="NEO4J_DATABASE", default=None,
                     help="Database name (env NEO4J_DATABASE; default: the server's).")(f)
    f = click.option("--neo4j-user", envvar=["NEO4J_USERNAME", "NEO4J_USER"], default="neo4j",
                     show_default=True, help="User (env NEO4J_USERNAME or NEO4J_USER).")(f)
    f = click.option("--neo4j-uri", envvar="NEO4J_URI", default=None,
                     help="Bolt URI, e.g. bolt://127.0.0.1:7687 (env NEO4J_URI).")(f)
    return f


def _input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True,
                     dir_okay=False), help="Extra actors/aliases/office holders (CSV or YAML).")(f)
    f = click.option("--include-future", is_flag=True,
                     help="Keep announced future acts (modality: future).")(f)
    f = click.option("--workers", default=1, show_default=True, type=click.IntRange(0),
                     help="Processes that parse and extract (0: one per CPU); the output "
                          "is the same whatever the number.")(f)
    f = click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1),
                     help="Articles parsed per nlp.pipe batch.")(f)
    f = click.option("--lang", type=click.Choice(["fr", "en", "auto"]), default="auto",
                     show_default=True, help="Language of every article (auto: detected).")(f)
    f = click.option("--published", default=None, metavar="YYYY-MM-DD",
                     help="Publication date for every article (overrides metadata).")(f)
    f = click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary.")(f)
    f = click.argument("paths", nargs=-1, required=True)(f)
    return f


def _check_paths(paths: tuple[str, ...]) -> None:
    for p in paths:
        if p != "-" and not os.path.exists(p):
            raise click.BadParameter(f"{p!r} does not exist", param_hint="PATHS")


def _neo4j_config(uri: str | None, user: str, database: str | None) -> Any:
    from .neo4j_store import Neo4jConfig

    return Neo4jConfig(uri or "bolt://127.0.0.1:7687", user,
                       os.environ.get("NEO4J_PASSWORD", ""), database)


def _fail(exc: KgbuildError) -> None:
    click.echo(f"Error: {exc}", err=True)
    sys.exit(1)


def _run(paths: tuple[str, ...], quiet: bool, published: str | None, lang: str,
         batch_size: int, include_future: bool, actor_files: tuple[str, ...],
         store: Any, on_batch: Callable[..., None], workers: int = 1) -> Any:
    from .extract import Resources
    from .ingest import run
    from .nlp import Pipelines

    _check_paths(paths)
    res = Resources.load(actor_files)
    show = not quiet and sys.stderr.isatty()
    bar = click.progressbar(length=0, label="articles", file=sys.stderr) if show else None

    def batch_done(results: list[Any]) -> None:
        if bar is not None:
            bar.update(len(results))
        on_batch(results)

    summary = run(list(paths), res, Pipelines(), store=store, published=published,
                  lang=lang, batch_size=batch_size, include_future=include_future,
                  stdin=click.get_text_stream("stdin"),
                  on_problem=lambda p: click.echo(f"skipped {p}", err=True),
                  on_batch=batch_done, workers=workers, actor_files=actor_files)
    if bar is not None:
        bar.render_finish()
    return summary


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgbuild")
def main() -> None:
    """Dated, CAMEO-coded diplomatic triples from French and English news.

    \b
    Example:
      kgbuild ingest examples/articles && kgbuild stats
    """


@main.command()
@_input_options
@_db_option
@click.option("--neo4j", "use_neo4j", is_flag=True,
              help="Also load into Neo4j (implied when NEO4J_URI is set).")
@neo4j_options
def ingest(paths: tuple[str, ...], quiet: bool, published: str | None, lang: str,
           batch_size: int, workers: int, include_future: bool, actor_files: tuple[str, ...],
           db: str, use_neo4j: bool, neo4j_uri: str | None, neo4j_user: str,
           neo4j_database: str | None) -> None:
    """Read articles, extract their events and store them (files, folders or - for stdin).

    Re-ingesting an article already stored changes nothing; each batch of articles is
    written in one transaction. Prints the triples found and a summary.

    \b
    Example:
      kgbuild ingest examples/articles
      kgbuild ingest --published 2024-11-12 --lang fr article.txt
      kgbuild ingest --workers 2 corpus.jsonl
      NEO4J_URI=bolt://127.0.0.1:7687 kgbuild ingest corpus/
    """
    from .store import Store

    try:
        with Store(db) as store:
            def show(results: list[Any]) -> None:
                if quiet:
                    return
                for x in results:
                    for e in x.events:
                        click.echo(_triple_line(e))

            summary = _run(paths, quiet, published, lang, batch_size, include_future,
                           actor_files, store, show, workers)
            if not quiet:
                for line in summary.lines(stored=True):
                    click.echo(line, err=True)
            if use_neo4j or neo4j_uri:
                _push(store, neo4j_uri, neo4j_user, neo4j_database, quiet)
    except KgbuildError as exc:
        _fail(exc)
    if summary.failed:
        sys.exit(1)


def _triple_line(e: Any) -> str:
    arrow = "<->" if e.symmetric else "->"
    return (f"{e.source.code} {arrow} {e.target.code}  {e.relation} ({e.cameo})  "
            f"{e.date or '-'}  [{e.article}]")


@main.command()
@_input_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE instead of stdout.")
def extract(paths: tuple[str, ...], quiet: bool, published: str | None, lang: str,
            batch_size: int, workers: int, include_future: bool, actor_files: tuple[str, ...],
            fmt: str, output: str | None) -> None:
    """Print the events of articles without storing anything.

    \b
    Example:
      kgbuild extract ../shared/eval/dev/articles.jsonl --format jsonl -o pred.jsonl
      kgbuild extract --format table --published 2024-11-12 seed_fr.txt
    """
    collected: list[Any] = []
    try:
        summary = _run(paths, quiet, published, lang, batch_size, include_future,
                       actor_files, None, lambda results: collected.extend(
                           e for x in results for e in x.events), workers)
    except KgbuildError as exc:
        _fail(exc)
    text = _format_events(collected, fmt)
    if output:
        from .export import write_text

        write_text(Path(output), text, sys.stdout)
    else:
        click.echo(text, nl=False)
    if not quiet:
        for line in summary.lines(stored=False):
            click.echo(line, err=True)
    if summary.failed:
        sys.exit(1)


def _format_events(events: list[Any], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events)
    rows = [[e.article, e.source.code, e.relation, e.cameo, e.target.code, e.date or "",
             f"{e.confidence:.2f}", e.evidence.sentence[:80]] for e in events]
    head = ["article", "source", "relation", "cameo", "target", "date", "conf", "sentence"]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(head)
        w.writerows(rows)
        return buf.getvalue()
    return _table([head, *rows])


def _table(rows: list[list[Any]]) -> str:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "".join("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                   + "\n" for r in rows)


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "jsonl", "csv"]),
              default="graphml", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Output file (required for graphml and gexf).")
@click.option("--from", "origin", type=click.Choice(["store", "neo4j"]), default="store",
              show_default=True, help="Export what the embedded store or Neo4j holds.")
@neo4j_options
def export(db: str, fmt: str, output: str | None, origin: str, neo4j_uri: str | None,
           neo4j_user: str, neo4j_database: str | None) -> None:
    """Export the graph: GraphML/GEXF for Gephi and networkx, JSONL or CSV events.

    \b
    Example:
      kgbuild export --format graphml -o graph.graphml
      kgbuild export --format gexf -o graph.gexf      # Gephi timeline
      kgbuild export --from neo4j --format graphml -o neo4j.graphml
    """
    from .export import export as run_export
    from .relations import load_ontology
    from .store import Store

    if fmt in ("graphml", "gexf") and not output:
        raise click.UsageError(f"--format {fmt} needs -o FILE")
    try:
        if origin == "neo4j":
            from .neo4j_store import Neo4jStore

            with Neo4jStore(_neo4j_config(neo4j_uri, neo4j_user, neo4j_database)) as neo:
                actors, events = neo.read_graph()
            jsonl: list[Any] = []
        else:
            _require_db(db)
            with Store(db) as store:
                actors, events = store.actors(), list(store.event_rows())
                jsonl = list(store.events())
        n = run_export(fmt, actors, events, jsonl, load_ontology(),
                       Path(output) if output else None, sys.stdout)
    except KgbuildError as exc:
        _fail(exc)
    if output:
        click.echo(f"wrote {n} events, {len(actors)} actors to {output}", err=True)


def _require_db(db: str) -> None:
    if not os.path.exists(db):
        raise click.UsageError(f"no store at {db}: run 'kgbuild ingest PATH' first, "
                               "or point --db / KGBUILD_DB at one")


@main.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: str, as_json: bool) -> None:
    """Counts of articles, events and actors, by relation, actor and month.

    \b
    Example:
      kgbuild stats --db kgbuild.db
    """
    from .store import Store

    _require_db(db)
    try:
        with Store(db) as store:
            s = store.stats()
    except KgbuildError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False))
        return
    click.echo(f"articles: {s['articles']}  events: {s['events']}  "
               f"evidence: {s['evidence']}  actors: {s['actors']}")
    for title, key in (("by relation", "by_relation"), ("by actor", "by_actor"),
                       ("by month", "by_month")):
        click.echo(f"{title}:")
        for name, n in s[key][:20]:
            click.echo(f"  {name:<28} {n}")


@main.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), required=True,
              help="Gold triples (JSONL, as in ../shared/eval/dev/gold.jsonl).")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Score this prediction file instead of extracting from ARTICLES.")
@click.option("--details", is_flag=True, help="Each article's misses and false positives.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True))
@click.option("--published", default=None, metavar="YYYY-MM-DD")
@click.option("--lang", type=click.Choice(["fr", "en", "auto"]), default="auto")
@click.argument("articles", nargs=-1)
def eval_(gold: str, predictions: str | None, details: bool, as_json: bool,
          actor_files: tuple[str, ...], published: str | None, lang: str,
          articles: tuple[str, ...]) -> None:
    """Score extraction against gold triples (pair, triple and dated P/R/F1).

    \b
    Example:
      kgbuild eval --gold ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl
      kgbuild eval --gold gold.jsonl --predictions pred.jsonl --details
    """
    from .evaluate import load_gold, preds_from_events, score

    if not articles and not predictions:
        raise click.UsageError("give ARTICLES to extract from, or --predictions FILE")
    try:
        golds = load_gold(Path(gold))
        if predictions:
            events: list[Any] = [json.loads(line) for line in
                                 Path(predictions).read_text("utf-8").splitlines() if line.strip()]
            ids = None
        else:
            events = []
            summary = _run(articles, True, published, lang, 32, False, actor_files, None,
                           lambda results: events.extend(e for x in results for e in x.events))
            ids = sorted({e.article for e in events} | {g.article for g in golds})
        report = score(preds_from_events(events), golds, ids)
    except KgbuildError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps(report.as_dict()))
    else:
        click.echo(f"{'level':<8}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}")
        for lvl, s in report.levels.items():
            click.echo(f"{lvl:<8}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
                       f"{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    if details:
        for rep in report.articles:
            if not rep.misses and not rep.false_positives:
                continue
            click.echo(f"\n## {rep.article}")
            for g in rep.misses:
                click.echo(f"  miss {g.source} -> {g.target} {'/'.join(sorted(g.roots))} "
                           f"{g.date or '-'} | {g.evidence}")
            for p in rep.false_positives:
                click.echo(f"  fp   {p.source} -> {p.target} {p.root} {p.date or '-'} | "
                           f"{p.sentence}")
    if not predictions and summary.failed:
        sys.exit(1)


@main.group()
def actors() -> None:
    """Look up how names resolve to actors, and list the actor table.

    \b
    Example:
      kgbuild actors lookup Choïgu --date 2025-01-10
      kgbuild actors list --kind organisation
    """


@actors.command("lookup")
@click.argument("name")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD",
              help="Resolve office holders on this date (default: today's office).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Only informative: names are looked up in both languages.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True))
def actors_lookup(name: str, day: str | None, lang: str | None,
                  actor_files: tuple[str, ...]) -> None:
    """Print how NAME resolves, and from which data entry.

    \b
    Example:
      kgbuild actors lookup "la Maison Blanche"
      kgbuild actors lookup Stoltenberg --date 2023-06-01
    """
    from .actors import load_actors

    try:
        rows = load_actors(actor_files).describe(name, day)
    except KgbuildError as exc:
        _fail(exc)
    if not rows:
        click.echo(f"{name!r}: no actor (add it with --actors FILE; see README)", err=True)
        sys.exit(1)
    for r in rows:
        who = f" ({r['person']}, {r['role']} {r['term']})" if r.get("person") else ""
        code = r["code"] or "unresolved on that date"
        click.echo(f"{name} -> {code} {r['name'] or ''} [{r['kind'] or '-'}]{who}  "
                   f"form={r['form']} from {r['source']}")


@actors.command("list")
@click.option("--kind", type=click.Choice(["state", "organisation", "bloc", "group"]))
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True))
def actors_list(kind: str | None, actor_files: tuple[str, ...]) -> None:
    """List every actor code with its name and kind.

    \b
    Example:
      kgbuild actors list --kind group
    """
    from .actors import load_actors

    try:
        table = load_actors(actor_files)
    except KgbuildError as exc:
        _fail(exc)
    for a in sorted(table.actors.values(), key=lambda a: a.code):
        if kind is None or a.kind == kind:
            click.echo(f"{a.code}\t{a.kind}\t{a.name}")


def _push(store: Any, uri: str | None, user: str, database: str | None, quiet: bool) -> None:
    from .neo4j_store import Neo4jStore

    with Neo4jStore(_neo4j_config(uri, user, database)) as neo:
        counts = neo.load_store(store)
    if not quiet:
        click.echo(f"neo4j: loaded {counts['events']} events, {counts['articles']} articles "
                   f"into {neo.config.uri}", err=True)


@main.command()
@_db_option
@neo4j_options
@click.option("--batch-size", default=2000, show_default=True, type=click.IntRange(1))
def push(db: str, neo4j_uri: str | None, neo4j_user: str, neo4j_database: str | None,
         batch_size: int) -> None:
    """Load what the embedded store holds into Neo4j (idempotent: safe to repeat).

    \b
    Example:
      scripts/neo4j-start && NEO4J_PASSWORD=kgbuild-dev kgbuild push
    """
    from .neo4j_store import Neo4jStore
    from .store import Store

    _require_db(db)
    try:
        with Store(db) as store, Neo4jStore(_neo4j_config(neo4j_uri, neo4j_user,
                                                          neo4j_database)) as neo:
            counts = neo.load_store(store, batch_size=batch_size)
    except KgbuildError as exc:
        _fail(exc)
    click.echo(f"neo4j: loaded {counts['events']} events, {counts['actors']} actors, "
               f"{counts['people']} people, {counts['articles']} articles")


@main.command()
def queries() -> None:
    """List the saved Cypher queries (queries/*.cypher) with their parameters.

    \b
    Example:
      kgbuild queries
    """
    from .queries import list_queries

    for q in list_queries():
        params = ", ".join(q.params) or "-"
        click.echo(f"{q.name:<28} {q.title}  (params: {params})")


@main.command()
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
    from .neo4j_store import Neo4jStore
    from .queries import get_query, parse_params

    try:
        cypher = sys.stdin.read() if name == "-" else get_query(name).cypher
        values = parse_params(params)
        with Neo4jStore(_neo4j_config(neo4j_uri, neo4j_user, neo4j_database)) as neo:
            keys, rows = neo.run_query(cypher, values)
    except KgbuildError as exc:
        _fail(exc)
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


if __name__ == "__main__":
    main()
