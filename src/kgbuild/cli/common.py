"""Options and helpers the commands share: stores, Neo4j settings, the run, tables."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import click

from ..lang import languages

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


def filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--since/--until/--actor/--relation/--root/--min-confidence, read into an
    EventFilter passed as `flt`."""
    def build(*args: Any, since: str | None, until: str | None, actor: tuple[str, ...],
              relation: tuple[str, ...], root: tuple[str, ...],
              min_confidence: float | None, **kwargs: Any) -> Any:
        from ..filters import EventFilter

        flt = EventFilter.of(since, until, actor, relation, root, min_confidence)
        return f(*args, flt=flt, **kwargs)

    build.__name__, build.__doc__ = f.__name__, f.__doc__
    # options declared below this decorator were attached to `f`: keep them
    build.__click_params__ = list(getattr(f, "__click_params__", []))  # type: ignore[attr-defined]
    opts = [
        click.option("--min-confidence", type=float, default=None,
                     help="Only events at least this confident (0-1)."),
        click.option("--root", multiple=True, metavar="NN",
                     help="Only this CAMEO root, e.g. 04 (repeatable: any of them)."),
        click.option("--relation", multiple=True, metavar="NAME",
                     help="Only this relation, e.g. CONSULT (repeatable: any of them)."),
        click.option("--actor", multiple=True, metavar="CODE",
                     help="Only events involving this actor, e.g. RUS (repeatable: events "
                          "involving all of them, so two give a pair)."),
        click.option("--until", default=None, metavar="DATE",
                     help="Only events up to this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--since", default=None, metavar="DATE",
                     help="Only events from this date on (YYYY, YYYY-MM or YYYY-MM-DD)."),
    ]
    out: Callable[..., Any] = build
    for opt in opts:
        out = opt(out)
    return out


def actors_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--actors FILE (repeatable): actors, aliases and office holders added or overriding."""
    return click.option("--actors", "actor_files", multiple=True,
                        type=click.Path(exists=True, dir_okay=False),
                        help="Extra actors/aliases/office holders (CSV or YAML).")(f)


def frames_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--frames FILE (repeatable): relations and triggers added or overriding."""
    return click.option("--frames", "frame_files", multiple=True,
                        type=click.Path(exists=True, dir_okay=False),
                        help="Extra relations and triggers (YAML, the shape of the packaged "
                             "ontology.yaml).")(f)


class _Workers(click.ParamType):
    """A number of processes, or "auto" (AUTO)."""

    name = "N|auto"

    def convert(self, value: Any, param: Any, ctx: Any) -> int:
        if isinstance(value, int):
            return value
        if str(value).strip().lower() == "auto":
            return AUTO
        try:
            n = int(value)
        except ValueError:
            self.fail(f"{value!r} is not a number of processes nor 'auto'", param, ctx)
        if n < 0:
            self.fail(f"{n} is below 0", param, ctx)
        return n


AUTO = -1
WORKERS = _Workers()


def _input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = frames_option(actors_option(f))
    f = click.option("--include-future", is_flag=True,
                     help="Keep announced future acts (modality: future).")(f)
    f = click.option("--scheduler", default=None, envvar="DASK_SCHEDULER_ADDRESS",
                     metavar="ADDRESS",
                     help="With --engine dask: the cluster's scheduler, e.g. "
                          "tcp://10.0.0.5:8786 (env DASK_SCHEDULER_ADDRESS; default: a "
                          "local cluster of --workers processes).")(f)
    f = click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
                     show_default=True,
                     help="local: this machine's processes; dask: a Dask cluster. The output "
                          "is the same.")(f)
    f = click.option("--workers", default="1", show_default=True, type=WORKERS,
                     help="Processes that parse and extract (0: one per CPU; auto: one "
                          "per CPU when the input is large enough to pay for starting "
                          "them, else 1); the output is the same whatever the number.")(f)
    f = click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1),
                     help="Articles parsed per nlp.pipe batch.")(f)
    f = click.option("--lang", type=click.Choice([*languages(), "auto"]), default="auto",
                     show_default=True, help="Language of every article (auto: detected).")(f)
    f = click.option("--published", default=None, metavar="YYYY-MM-DD",
                     help="Publication date for every article (overrides metadata).")(f)
    f = click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary.")(f)
    f = click.argument("paths", nargs=-1, required=False)(f)
    return f


def _check_paths(paths: tuple[str, ...]) -> None:
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...': files, folders or - for stdin")
    for p in paths:
        if p != "-" and not os.path.exists(p):
            raise click.BadParameter(f"{p!r} does not exist", param_hint="PATHS")


def _neo4j_config(uri: str | None, user: str, database: str | None) -> Any:
    from ..neo4j_store import Neo4jConfig

    return Neo4jConfig(uri or "bolt://127.0.0.1:7687", user,
                       os.environ.get("NEO4J_PASSWORD", ""), database)


def _interactive() -> bool:
    """Whether progress bars are wanted: stderr is a terminal."""
    return sys.stderr.isatty()


def _run(paths: tuple[str, ...], quiet: bool, published: str | None, lang: str,
         batch_size: int, include_future: bool, files: tuple[tuple[str, ...], tuple[str, ...]],
         store: Any, on_batch: Callable[..., None], workers: int = 1,
         on_unchanged: Callable[[Any], None] = lambda a: None, engine: str = "local",
         scheduler: str | None = None) -> Any:
    from ..articles import count_articles
    from ..extract import Resources
    from ..ingest import run
    from ..nlp import Pipelines

    _check_paths(paths)
    res = Resources.load(*files)
    show = not quiet and _interactive()
    # counted first (a line count, no parsing) so that the bar moves with the articles
    total = count_articles(paths) if show or workers == AUTO else None
    if workers == AUTO:
        from ..ingest import auto_workers

        workers = auto_workers(total)
    bar: Any = click.progressbar(length=total, label="articles", file=sys.stderr,
                                 show_pos=True) if show else None

    def advance(n: int) -> None:
        if bar is not None:
            bar.update(n)

    def batch_done(results: list[Any]) -> None:
        advance(len(results))
        on_batch(results)

    def problem(p: Any) -> None:
        advance(1)
        click.echo(f"skipped {p}", err=True)

    def unchanged(article: Any) -> None:
        advance(1)
        on_unchanged(article)

    summary = run(list(paths), res, Pipelines(), store=store, published=published,
                  lang=lang, batch_size=batch_size, include_future=include_future,
                  stdin=click.open_file("-"), on_problem=problem, on_batch=batch_done,
                  workers=workers, on_unchanged=unchanged, engine=engine,
                  scheduler=scheduler)
    if bar is not None:
        bar.render_finish()
    return summary


def _table(rows: list[list[Any]]) -> str:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "".join("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                   + "\n" for r in rows)


def _check_neo4j(uri: str | None, user: str, database: str | None) -> None:
    """Connect once and close: a wrong address or password stops a run before its work."""
    from ..neo4j_store import Neo4jStore

    Neo4jStore(_neo4j_config(uri, user, database)).close()


def _push(store: Any, uri: str | None, user: str, database: str | None, quiet: bool,
          actor_files: tuple[str, ...] = ()) -> None:
    from ..actors import load_actors
    from ..neo4j_store import Neo4jStore

    with Neo4jStore(_neo4j_config(uri, user, database)) as neo:
        # the people who spoke for actors get the offices of the tables the run used
        counts = neo.load_store(store, table=load_actors(actor_files))
    if not quiet:
        click.echo(f"neo4j: loaded {counts['events']} events, {counts['articles']} articles "
                   f"into {neo.config.uri}", err=True)


def _require_db(db: str) -> None:
    if not os.path.exists(db):
        raise click.UsageError(f"no store at {db}: run 'kgbuild ingest PATH' first, "
                               "or point --db / KGBUILD_DB at one")
