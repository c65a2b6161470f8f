"""kgbuild: dated diplomatic triples from French and English news."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = f"kgbuild-{__version__}"
