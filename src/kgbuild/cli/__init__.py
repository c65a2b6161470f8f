"""The kgbuild command line: each command parses options, calls one library function,
prints. One module per group of commands; shared options in `common`. Errors are turned
into one-line messages in one place, `Main.invoke`."""

from __future__ import annotations

import os
from typing import Any

import click

from .. import __version__
from ..errors import KgbuildError
from .actors import actors
from .graph import export, push, queries, query, stats
from .look import plot, view
from .run import eval_, extract, ingest


class Main(click.Group):
    """The command group: a library error, or any failure, is one line on stderr and exit
    status 1, never a traceback (KGBUILD_DEBUG=1 shows it)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KgbuildError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; what was stored stays stored, "
                                       "re-run to complete") from None
        except Exception as exc:
            if os.environ.get("KGBUILD_DEBUG"):
                raise
            raise click.ClickException(
                f"unexpected {type(exc).__name__}: {exc} (re-run with KGBUILD_DEBUG=1 for "
                "the traceback, and please report it)") from exc


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgbuild")
def main() -> None:
    """Dated, CAMEO-coded diplomatic triples from French and English news.

    \b
    Example:
      kgbuild ingest examples/articles && kgbuild stats
    """


for _command in (ingest, extract, export, stats, eval_, actors, push, queries, query, view,
                 plot):
    main.add_command(_command)
