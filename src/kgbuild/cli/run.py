"""Commands that read articles: ingest, extract, eval."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import click

from ..lang import languages
from .common import (
    _check_neo4j,
    _db_option,
    _input_options,
    _neo4j_config,
    _push,
    _run,
    _table,
    actors_option,
    frames_option,
    neo4j_options,
)


@click.command()
@_input_options
@_db_option
@click.option("--events-out", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Write what is extracted as Parquet event shards in DIR instead of the "
                   "store (load them later with --from-events).")
@click.option("--from-events", type=click.Path(exists=True, file_okay=False), default=None,
              metavar="DIR", help="Store the event shards in DIR (no extraction; give no "
                                  "PATHS).")
@click.option("--neo4j", "use_neo4j", is_flag=True,
              help="Also load into Neo4j (implied when NEO4J_URI is set).")
@click.option("--to-neo4j", "to_neo4j", is_flag=True,
              help="Write straight into Neo4j, batch by batch, instead of the store.")
@neo4j_options
def ingest(paths: tuple[str, ...], quiet: bool, published: str | None, lang: str,
           batch_size: int, workers: int, engine: str, scheduler: str | None,
           include_future: bool, actor_files: tuple[str, ...], frame_files: tuple[str, ...],
           db: str, events_out: str | None, from_events: str | None, use_neo4j: bool,
           to_neo4j: bool, neo4j_uri: str | None, neo4j_user: str,
           neo4j_database: str | None) -> None:
    """Read articles, extract their events and store them (files, folders or - for stdin).

    An article is keyed by its id, else its URL, else its text. Re-ingesting it with the
    same text changes nothing; with another text it is re-extracted and replaces its
    earlier events (the next push removes them from Neo4j too). Each batch of articles is
    written in one transaction. Prints the triples found and a summary.

    \b
    Example:
      kgbuild ingest examples/articles
      kgbuild ingest --published 2024-11-12 --lang fr article.txt
      kgbuild ingest --workers 2 corpus.jsonl
      kgbuild ingest --engine dask --scheduler tcp://10.0.0.5:8786 corpus/
      NEO4J_URI=bolt://127.0.0.1:7687 kgbuild ingest corpus/
      kgbuild ingest --engine dask --events-out shards/ corpus/ && \
        kgbuild ingest --from-events shards/
      NEO4J_URI=bolt://127.0.0.1:7687 kgbuild ingest --to-neo4j --engine dask corpus/
    """
    from ..store import Store

    if bool(paths) == bool(from_events):
        raise click.UsageError("give PATHS to read, or --from-events DIR (not both)")
    if to_neo4j and (events_out or from_events or use_neo4j):
        raise click.UsageError("--to-neo4j writes into Neo4j only: give PATHS, without "
                               "--events-out, --from-events or --neo4j")
    if events_out and (from_events or use_neo4j or neo4j_uri):
        raise click.UsageError("--events-out writes shards only: load them later with "
                               "--from-events")
    if events_out:
        _ingest_to_shards(paths, quiet, published, lang, batch_size, workers, engine,
                          scheduler, include_future, (actor_files, frame_files), events_out)
        return
    if to_neo4j:
        _ingest_to_neo4j(paths, quiet, published, lang, batch_size, workers, engine,
                         scheduler, include_future, (actor_files, frame_files),
                         (neo4j_uri, neo4j_user, neo4j_database))
        return
    if use_neo4j or neo4j_uri:
        # the server is checked (address, password) before any article is read
        _check_neo4j(neo4j_uri, neo4j_user, neo4j_database)
    with Store(db) as store:
        def show(results: list[Any]) -> None:
            if quiet:
                return
            for x in results:
                for e in x.events:
                    click.echo(_triple_line(e))

        def again(article: Any) -> None:  # stored before with this text: its triples
            if not quiet:
                for e in store.article_events(article.id):
                    click.echo(_triple_line(e) + "  (already stored)")

        if from_events:
            from ..ingest import load_shards

            summary = load_shards(from_events, store)
        else:
            summary = _run(paths, quiet, published, lang, batch_size, include_future,
                           (actor_files, frame_files), store, show, workers, again, engine,
                           scheduler)
        if not quiet:
            for line in summary.lines(stored=True):
                click.echo(line, err=True)
        if use_neo4j or neo4j_uri:
            _push(store, neo4j_uri, neo4j_user, neo4j_database, quiet, actor_files)
    if summary.failed:
        sys.exit(1)


def _ingest_to_shards(paths: tuple[str, ...], quiet: bool, published: str | None, lang: str,
                      batch_size: int, workers: int, engine: str, scheduler: str | None,
                      include_future: bool, files: tuple[tuple[str, ...], tuple[str, ...]],
                      folder: str) -> None:
    from ..shards import ShardWriter

    sink = ShardWriter(folder)
    summary = _run(paths, quiet, published, lang, batch_size, include_future, files, sink,
                   lambda results: None, workers, engine=engine, scheduler=scheduler)
    if not quiet:
        for line in summary.lines(stored=True):
            click.echo(line, err=True)
        click.echo(f"shards: {sink.articles} articles, {sink.events} events in {folder}",
                   err=True)
    if summary.failed:
        sys.exit(1)


def _ingest_to_neo4j(paths: tuple[str, ...], quiet: bool, published: str | None, lang: str,
                     batch_size: int, workers: int, engine: str, scheduler: str | None,
                     include_future: bool, files: tuple[tuple[str, ...], tuple[str, ...]],
                     server: tuple[str | None, str, str | None]) -> None:
    from ..actors import load_actors
    from ..neo4j_store import Neo4jSink, Neo4jStore

    def show(results: list[Any]) -> None:
        if not quiet:
            for x in results:
                for e in x.events:
                    click.echo(_triple_line(e))

    # the server is checked (address, password) before any article is read
    with Neo4jStore(_neo4j_config(*server)) as neo:
        sink = Neo4jSink(neo, load_actors(files[0]))
        summary = _run(paths, quiet, published, lang, batch_size, include_future, files, sink,
                       show, workers, engine=engine, scheduler=scheduler)
    if not quiet:
        for line in summary.lines(stored=True):
            click.echo(line, err=True)
        click.echo(f"neo4j: wrote {summary.stored} articles, {sink.events} events into "
                   f"{neo.config.uri}", err=True)
    if summary.failed:
        sys.exit(1)


def _triple_line(e: Any) -> str:
    if e.participants:
        parties = ", ".join(p.actor.code + ("" if p.role == "participant" else f" ({p.role})")
                            for p in e.participants)
        return f"{parties}  {e.relation} ({e.cameo})  {e.date or '-'}  [{e.article}]"
    arrow = "<->" if e.symmetric else "->"
    return (f"{e.source.code} {arrow} {e.target.code}  {e.relation} ({e.cameo})  "
            f"{e.date or '-'}  [{e.article}]")


@click.command()
@_input_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE instead of stdout.")
def extract(paths: tuple[str, ...], quiet: bool, published: str | None, lang: str,
            batch_size: int, workers: int, engine: str, scheduler: str | None,
            include_future: bool, actor_files: tuple[str, ...], frame_files: tuple[str, ...],
            fmt: str, output: str | None) -> None:
    """Print the events of articles without storing anything.

    \b
    Example:
      kgbuild extract ../shared/eval/dev/articles.jsonl --format jsonl -o pred.jsonl
      kgbuild extract --format table --published 2024-11-12 seed_fr.txt
    """
    collected: list[Any] = []
    summary = _run(paths, quiet, published, lang, batch_size, include_future,
                   (actor_files, frame_files), None, lambda results: collected.extend(
                       e for x in results for e in x.events), workers, engine=engine,
                   scheduler=scheduler)
    text = _format_events(collected, fmt)
    if output:
        from ..export import write_text

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
    rows = [[e.article, "" if e.participants else e.source.code, e.relation, e.cameo,
             "" if e.participants else e.target.code,
             "; ".join(f"{p.actor.code}:{p.role}" for p in e.participants), e.date or "",
             f"{e.confidence:.2f}", e.evidence.sentence[:80]] for e in events]
    head = ["article", "source", "relation", "cameo", "target", "participants", "date", "conf",
            "sentence"]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(head)
        w.writerows(rows)
        return buf.getvalue()
    return _table([head, *rows])


@click.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), required=True,
              help="Gold triples (JSONL, as in ../shared/eval/dev/gold.jsonl).")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Score this prediction file instead of extracting from ARTICLES.")
@click.option("--details", is_flag=True, help="Each article's misses and false positives.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@actors_option
@frames_option
@click.option("--published", default=None, metavar="YYYY-MM-DD")
@click.option("--lang", type=click.Choice([*languages(), "auto"]), default="auto")
@click.argument("articles", nargs=-1)
def eval_(gold: str, predictions: str | None, details: bool, as_json: bool,
          actor_files: tuple[str, ...], frame_files: tuple[str, ...], published: str | None,
          lang: str, articles: tuple[str, ...]) -> None:
    """Score extraction against gold triples (pair, triple and dated P/R/F1).

    \b
    Example:
      kgbuild eval --gold ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl
      kgbuild eval --gold gold.jsonl --predictions pred.jsonl --details
    """
    from ..evaluate import load_gold, preds_from_events, score

    if not articles and not predictions:
        raise click.UsageError("give ARTICLES to extract from, or --predictions FILE")
    golds = load_gold(Path(gold))
    if predictions:
        events: list[Any] = [json.loads(line) for line in
                             Path(predictions).read_text("utf-8").splitlines() if line.strip()]
        ids = None
    else:
        events = []
        summary = _run(articles, True, published, lang, 32, False,
                       (actor_files, frame_files), None,
                       lambda results: events.extend(e for x in results for e in x.events))
        ids = sorted({e.article for e in events} | {g.article for g in golds})
    report = score(preds_from_events(events), golds, ids)
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
