"""The actors command group: how names resolve, and what the tables hold."""

from __future__ import annotations

import sys

import click

from ..lang import languages


@click.group()
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
@click.option("--lang", type=click.Choice(list(languages())), default=None,
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
    from ..actors import load_actors
    from ..articles import normalise_date

    if day is not None:
        day = normalise_date(day, "--date", "date")
    rows = load_actors(actor_files).describe(name, day)
    if not rows:
        click.echo(f"{name!r}: no actor (add it with --actors FILE; see README)", err=True)
        sys.exit(1)
    for r in rows:
        if r.get("person") and r.get("role"):
            who = f" ({r['person']}, {r['role']} {r['term']})"
        elif r.get("person"):
            held = "; ".join(r.get("offices") or []) or "none known"
            who = f" ({r['person']}: no office on {day or 'that date'}; offices: {held})"
        else:
            who = ""
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
    from ..actors import load_actors

    table = load_actors(actor_files)
    for a in sorted(table.actors.values(), key=lambda a: a.code):
        if kind is None or a.kind == kind:
            click.echo(f"{a.code}\t{a.kind}\t{a.name}")
