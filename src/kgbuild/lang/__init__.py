"""Languages, one home each (as spaCy's `spacy/lang/<code>/`): `lang/<code>/lexicon.yaml`
holds a language's model names, closed-class words, lexical lists and date patterns, and
`lang/<code>/__init__.py` its morphology quirks. Shared code reads them through `Language`
and never names a language: adding one is adding a folder and its data.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

import yaml

from ..errors import DataFileInvalid
from ..folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The language of an article that says none and is too short to tell.
DEFAULT = "fr"


@dataclass
class Lexicon:
    """A language's word lists, folded (case and accents removed) once at load."""

    state_heads: set[str] = field(default_factory=set)
    pair_heads: set[str] = field(default_factory=set)
    pair_words: set[str] = field(default_factory=set)
    group_sizes: dict[str, int] = field(default_factory=dict)
    speech_verbs: set[str] = field(default_factory=set)
    agent_titles: set[str] = field(default_factory=set)
    title_prefixes: set[str] = field(default_factory=set)
    threat_verbs: set[str] = field(default_factory=set)
    reciprocal_words: set[str] = field(default_factory=set)
    light_verbs: set[str] = field(default_factory=set)
    light_unless_reflexive: set[str] = field(default_factory=set)
    oblique_light_verbs: set[str] = field(default_factory=set)
    unasserting_verbs: set[str] = field(default_factory=set)
    presupposing_verbs: set[str] = field(default_factory=set)
    place_nouns: set[str] = field(default_factory=set)
    go_between_nouns: set[str] = field(default_factory=set)
    negated_affirmers: set[str] = field(default_factory=set)
    agreeing_verbs: set[str] = field(default_factory=set)
    readiness_words: set[str] = field(default_factory=set)
    readiness_adjectives: set[str] = field(default_factory=set)
    coordinators: set[tuple[str, ...]] = field(default_factory=set)
    institution_nouns: set[str] = field(default_factory=set)
    future_heads: set[str] = field(default_factory=set)
    future_words: set[str] = field(default_factory=set)
    quantity_heads: set[str] = field(default_factory=set)
    floating_quantifiers: set[str] = field(default_factory=set)
    hyphen_modifiers: set[str] = field(default_factory=set)
    inviting_verbs: set[str] = field(default_factory=set)
    negations: set[str] = field(default_factory=set)
    without: set[str] = field(default_factory=set)
    misread_prepositions: set[str] = field(default_factory=set)
    condition_marks: set[str] = field(default_factory=set)
    future_aux: set[str] = field(default_factory=set)
    pronouns: set[str] = field(default_factory=set)
    first_person_possessives: set[str] = field(default_factory=set)
    third_person_possessives: set[str] = field(default_factory=set)
    plural_possessives: set[str] = field(default_factory=set)
    copulas: set[str] = field(default_factory=set)
    member_nouns: set[str] = field(default_factory=set)
    stance_heads: set[str] = field(default_factory=set)
    stance_preps: set[str] = field(default_factory=set)
    document_nouns: set[str] = field(default_factory=set)
    issuing_verbs: set[str] = field(default_factory=set)
    deciding_verbs: set[str] = field(default_factory=set)
    concluding_verbs: set[str] = field(default_factory=set)
    works_nouns: set[str] = field(default_factory=set)
    short_spans: set[str] = field(default_factory=set)
    first_words: set[str] = field(default_factory=set)
    restraint_words: set[str] = field(default_factory=set)
    state_anaphors: set[str] = field(default_factory=set)
    will_nouns: set[str] = field(default_factory=set)
    first_person_subjects: set[str] = field(default_factory=set)
    counterpart: set[str] = field(default_factory=set)
    person_objects: set[str] = field(default_factory=set)
    object_pronouns: set[str] = field(default_factory=set)
    free_relatives: set[str] = field(default_factory=set)
    adverbial_preps: set[str] = field(default_factory=set)
    territory_nouns: set[str] = field(default_factory=set)
    unasserting_nouns: set[str] = field(default_factory=set)
    naming_preps: set[str] = field(default_factory=set)
    relative: set[str] = field(default_factory=set)
    habitual: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    locative: set[str] = field(default_factory=set)
    of: set[str] = field(default_factory=set)
    agent: set[str] = field(default_factory=set)
    origin_preps: set[str] = field(default_factory=set)
    import_verbs: set[str] = field(default_factory=set)
    destination_preps: set[str] = field(default_factory=set)
    partitive_articles: set[str] = field(default_factory=set)
    when: set[str] = field(default_factory=set)
    between: set[str] = field(default_factory=set)
    background: set[str] = field(default_factory=set)
    act_nouns: set[str] = field(default_factory=set)
    complex_preps: set[str] = field(default_factory=set)
    reproach_nouns: set[str] = field(default_factory=set)
    definite: set[str] = field(default_factory=set)
    during: set[str] = field(default_factory=set)
    time_nouns: set[str] = field(default_factory=set)
    along: set[str] = field(default_factory=set)
    etre_verbs: set[str] = field(default_factory=set)
    honorifics: set[str] = field(default_factory=set)
    cause_preps: set[str] = field(default_factory=set)
    deontic_words: set[str] = field(default_factory=set)
    state_nouns: set[str] = field(default_factory=set)
    owned_places: set[str] = field(default_factory=set)
    name_titles: set[str] = field(default_factory=set)
    also_words: set[str] = field(default_factory=set)
    membership_words: set[str] = field(default_factory=set)
    conditional_aux: set[str] = field(default_factory=set)
    causative_verbs: set[str] = field(default_factory=set)
    leading_verbs: set[str] = field(default_factory=set)
    condemning_predicates: set[str] = field(default_factory=set)
    patronymic_particles: set[str] = field(default_factory=set)
    former_words: set[str] = field(default_factory=set)
    party_nouns: set[str] = field(default_factory=set)
    for_preps: set[str] = field(default_factory=set)
    purpose_marks: set[str] = field(default_factory=set)
    counsel_nouns: set[str] = field(default_factory=set)
    request_nouns: set[str] = field(default_factory=set)
    separate_words: set[str] = field(default_factory=set)
    summit_heads: set[str] = field(default_factory=set)
    speech_nouns: set[str] = field(default_factory=set)
    topic_preps: set[str] = field(default_factory=set)
    same_act_verbs: set[str] = field(default_factory=set)
    same_act_words: set[str] = field(default_factory=set)
    reason_preps: set[str] = field(default_factory=set)
    reason_nouns: set[str] = field(default_factory=set)
    prompt_words: set[str] = field(default_factory=set)
    one_words: set[str] = field(default_factory=set)
    pair_articles: set[str] = field(default_factory=set)
    striving_words: set[str] = field(default_factory=set)
    permitting_verbs: set[str] = field(default_factory=set)
    deal_nouns: set[str] = field(default_factory=set)
    receiving_verbs: set[str] = field(default_factory=set)
    facing_verbs: set[str] = field(default_factory=set)
    along_nouns: set[str] = field(default_factory=set)
    state_owned_words: set[str] = field(default_factory=set)
    denying_verbs: set[str] = field(default_factory=set)
    manner_nouns: set[str] = field(default_factory=set)
    manner_preps: set[str] = field(default_factory=set)
    failing_words: set[str] = field(default_factory=set)
    admitting_verbs: set[str] = field(default_factory=set)
    exchanging_verbs: set[str] = field(default_factory=set)
    exchanging_preps: set[str] = field(default_factory=set)
    stating_verbs: set[str] = field(default_factory=set)
    invitation_nouns: set[str] = field(default_factory=set)
    invitation_preps: set[str] = field(default_factory=set)
    other_words: set[str] = field(default_factory=set)
    against_preps: set[str] = field(default_factory=set)
    cancel_verbs: set[str] = field(default_factory=set)


class Morphology(Protocol):
    """A language's morphology quirks the tagger misses (its `lang/<code>` module)."""

    def verb_guess(self, text: str) -> str | None:
        """The lemma of a verb form the lemmatizer left as it is, if it can tell."""

    def conditional(self, tok: Token) -> bool:
        """Whether a form is conditional when the tagger did not say so."""

    def future(self, tok: Token) -> bool:
        """Whether a form is future when the tagger did not say so."""

    def adjective_forms(self, adj: str) -> list[str]:
        """The inflected forms of a nationality adjective from its table form."""


@dataclass(frozen=True)
class DateWords:
    """What a language's time expressions are made of (kgbuild.dates reads it)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    periods: dict[str, str]
    since_words: tuple[str, ...]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    bare_month_words: frozenset[str]
    month_markers: tuple[str, ...]
    # counts and units of a span told from the date before ("neuf jours plus tard", "two
    # weeks later": the `later` patterns), and the fixed ones ("le lendemain": 1 day)
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    next_days: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Language:
    """One language: its models, word lists, time expressions and morphology."""

    code: str
    models: tuple[str, ...]
    lexicon: Lexicon
    dates: DateWords
    function_words: frozenset[str]
    morphology: Morphology


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The codes of the languages kgbuild has a home for (a folder with a lexicon)."""
    root = resources.files("kgbuild").joinpath("lang")
    return tuple(sorted(p.name for p in root.iterdir()
                        if p.is_dir() and p.joinpath("lexicon.yaml").is_file()))


def _alt(words: Any) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                            for w in words), key=len, reverse=True))


def _date_words(data: dict[str, Any], where: str) -> DateWords:
    months = {str(k).lower(): int(v) for k, v in data["months"].items()}
    ambiguous = {str(w).lower() for w in data.get("ambiguous_months") or []}
    slots = {"month": _alt(months), "month_plain": _alt(set(months) - ambiguous),
             "month_ambiguous": _alt(ambiguous) or "(?!x)x",
             "weekday": _alt(data["weekdays"]), "relative": _alt(data["relative_days"]),
             "period": _alt(data["periods"]), "year": r"(?P<year>(?:19|20)\d{2})",
             "number": _alt(data.get("numbers") or {}) or "(?!x)x",
             "unit": _alt(data.get("units") or {}) or "(?!x)x",
             "next_day": _alt(data.get("next_days") or {}) or "(?!x)x"}
    patterns = []
    for kind, pattern in data["date_patterns"]:
        try:
            patterns.append((str(kind), re.compile(pattern.format(**slots), re.IGNORECASE)))
        except (KeyError, re.error, IndexError) as exc:
            raise DataFileInvalid(f"{where}: date pattern {pattern!r}: {exc}") from exc
    return DateWords(months, {str(k).lower(): int(v) for k, v in data["weekdays"].items()},
                     {fold(str(k)): int(v) for k, v in data["relative_days"].items()},
                     {fold(str(k)): str(v) for k, v in data["periods"].items()},
                     tuple(str(w) for w in data.get("since_words") or []), tuple(patterns),
                     frozenset(str(w) for w in data.get("bare_month_words") or []),
                     tuple(str(w) for w in data.get("month_markers") or []),
                     {fold(str(k)): int(v) for k, v in (data.get("numbers") or {}).items()},
                     {fold(str(k)): int(v) for k, v in (data.get("units") or {}).items()},
                     {fold(str(k)): int(v) for k, v in (data.get("next_days") or {}).items()})


def _lexicon(data: dict[str, Any], where: str) -> Lexicon:
    lex = Lexicon()
    for key in (f.name for f in fields(Lexicon)):
        if key not in data:
            raise DataFileInvalid(f"{where}: no {key} (an empty list [] if the language has "
                                  "none)")
        values = data[key] or []
        if key == "group_sizes":
            try:
                lex.group_sizes = {fold(str(k)): int(v) for k, v in dict(values).items()}
            except (TypeError, ValueError) as exc:
                raise DataFileInvalid(f"{where}: group_sizes: word: number ({exc})") from exc
            continue
        setattr(lex, key, {tuple(fold(str(v)).split()) if key == "coordinators" else
                           fold(str(v)) for v in values})
    # "vice-ministre", "sous-secrétaire": a prefixed title is a title, and a state's head
    prefixed = {f"{p}-{t}" for p in lex.title_prefixes for t in lex.agent_titles}
    lex.agent_titles |= prefixed
    lex.state_heads |= prefixed
    return lex


@lru_cache(maxsize=8)
def load_language(code: str) -> Language:
    """The language of `code`, from its folder (read once per process)."""
    if code not in languages():
        raise DataFileInvalid(f"no language {code!r} (known: {', '.join(languages())}); "
                              f"add src/kgbuild/lang/{code}/ with its lexicon.yaml")
    where = f"lang/{code}/lexicon.yaml"
    text = resources.files("kgbuild").joinpath("lang", code, "lexicon.yaml").read_text("utf-8")
    try:
        data = yaml.safe_load(text)
        return Language(code, tuple(data["models"]), _lexicon(data, where),
                        _date_words(data, where),
                        frozenset(fold(str(w)) for w in data["function_words"]),
                        importlib.import_module(f"kgbuild.lang.{code}").MORPHOLOGY)
    except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileInvalid(f"{where}: invalid ({exc})") from exc


LEXICON_KEY = "kgbuild_lexicon"  # Doc.user_data: the lexicon extraction reads the Doc with


def lexicon_of(doc: Doc) -> Lexicon:
    """The word lists of the language a Doc was parsed in (set on the Doc when extraction
    starts reading it, so the helpers that see only tokens find it in one lookup)."""
    lex = doc.user_data.get(LEXICON_KEY)
    if lex is None:
        lex = load_language(doc.lang_ if doc.lang_ in languages() else DEFAULT).lexicon
    return lex  # type: ignore[no-any-return]
