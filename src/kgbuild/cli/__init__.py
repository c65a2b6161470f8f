"""The kgbuild command line: each command parses options, calls one library function,
prints. One module per group of commands; shared options in `common`."""

from __future__ import annotations

import click

from .. import __version__
from .actors import actors
from .graph import export, push, queries, query, stats
from .run import eval_, extract, ingest


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgbuild")
def main() -> None:
    """Dated, CAMEO-coded diplomatic triples from French and English news.

    \b
    Example:
      kgbuild ingest examples/articles && kgbuild stats
    """


for _command in (ingest, extract, export, stats, eval_, actors, push, queries, query):
    main.add_command(_command)
