"""Commands that draw the stored graph: view (an HTML page) and plot (a figure)."""

from __future__ import annotations

from pathlib import Path

import click

from ..filters import EventFilter
from .common import _db_option, _require_db, filter_options


@click.command()
@_db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="kgbuild.html",
              show_default=True, help="The HTML file to write.")
@click.option("--title", default=None, help="The page's title.")
@filter_options
def view(db: str, output: str, title: str | None, flt: EventFilter) -> None:
    """Write the actor graph as one HTML page that works offline: nodes sized by activity,
    edges coloured from cooperation to conflict, a time slider with playback, filters,
    and each edge's evidence sentences with links to their articles.

    \b
    Example:
      kgbuild view -o graph.html && xdg-open graph.html
      kgbuild view --actor RUS --since 2024-01 -o russia-2024.html
    """
    from ..store import Store
    from ..view import render

    _require_db(db)
    with Store(db) as store:
        actors, events = store.actors(), list(store.event_rows(flt))
    n = render(events, actors, Path(output), title=title or f"kgbuild: {Path(db).name}")
    click.echo(f"wrote {output}: {n} events, {len(actors)} actors", err=True)


@click.command()
@_db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="The figure: .png or .svg.")
@click.option("--title", default=None, help="The figure's title (default: says what it shows).")
@filter_options
def plot(db: str, output: str, title: str | None, flt: EventFilter) -> None:
    """Plot relations over time: monthly events by QuadClass, and the Goldstein balance,
    for an actor (--actor RUS), a pair (--actor RUS --actor CHN) or everything.

    \b
    Example:
      kgbuild plot --actor RUS --actor CHN -o rus-chn.png
      kgbuild plot --actor FRA --since 2022 --until 2024 -o france.svg
    """
    from ..plot import plot as draw
    from ..store import Store

    _require_db(db)
    with Store(db) as store:
        events = list(store.event_rows(flt, evidence=False))
    n = draw(events, Path(output), actors=flt.actors, title=title)
    click.echo(f"wrote {output}: {n} events", err=True)
