"""Named errors: the library raises them, the CLI turns them into one-line messages."""


class KgbuildError(Exception):
    """Base of every error kgbuild reports to its user."""


class ArticleUnreadable(KgbuildError):
    """An input file, or one line of it, cannot be read as an article."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ModelMissing(KgbuildError):
    """A spaCy pipeline that kgbuild needs is not installed."""


class DataFileInvalid(KgbuildError):
    """A packaged or user-supplied data file (actors, ontology) is malformed."""


class UnknownRelation(KgbuildError):
    """A relation type that is not in the ontology's whitelist."""


class StoreError(KgbuildError):
    """The embedded store cannot be opened or written."""


class Neo4jUnavailable(KgbuildError):
    """The Neo4j server cannot be reached or refuses the credentials or database."""


class QueryNotFound(KgbuildError):
    """No saved query has that name."""


class QueryFailed(KgbuildError):
    """A query ran and the server reported an error."""


class GoldInvalid(KgbuildError):
    """A gold file for `kgbuild eval` is malformed."""


class FilterInvalid(KgbuildError):
    """A filter option (--since, --root, --min-confidence...) has a value it cannot take."""


class OutputUnwritable(KgbuildError):
    """An output file cannot be written (missing folder, no permission)."""


class ExtraMissing(KgbuildError):
    """An optional extra (pandas, matplotlib, pyarrow...) that a command needs is missing."""


class EngineUnavailable(KgbuildError):
    """The Dask scheduler cannot be reached."""
