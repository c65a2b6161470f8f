"""kgbuild: dated diplomatic triples from French and English news.

    import kgbuild
    kg = kgbuild.open("kgbuild.db")          # a stored graph: kg.events(), kg.graph()
    kgbuild.extract_text(text, lang="fr", published="2024-11-12")   # one text, no store
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
EXTRACTOR_VERSION = f"kgbuild-{__version__}"

if TYPE_CHECKING:
    from .api import Graph
    from .events import Event

__all__ = ["EXTRACTOR_VERSION", "__version__", "extract_text", "open"]


def open(path: Any = "kgbuild.db") -> Graph:  # noqa: A001 - kgbuild.open, as documented
    """Open a kgbuild store for reading: `.events()` (a pandas DataFrame), `.graph()` (a
    networkx MultiDiGraph), `.participants()`, `.rows()`, `.stats()`."""
    from .api import open_graph

    return open_graph(path)


def extract_text(text: str, lang: str | None = None, published: str | None = None,
                 **options: Any) -> list[Event]:
    """The events of one text, without a store (see kgbuild.api.extract_text)."""
    from .api import extract_text as run

    return run(text, lang=lang, published=published, **options)
