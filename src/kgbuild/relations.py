"""The ontology: kgbuild's relation types, their CAMEO codes and their triggers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .actors import fold
from .errors import DataFileInvalid, UnknownRelation

REL_TYPE = re.compile(r"^[A-Z][A-Z_]{1,40}$")


@dataclass(frozen=True)
class Trigger:
    relation: str
    pos: str  # verb | noun
    lemma: str
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    of: str = "target"
    reflexive: bool = False
    negated: bool = False  # only when negated: "n'accepterait pas" is a rejection
    subject_target: bool = False  # the subject is the target: "Russia bears responsibility"

    @property
    def specificity(self) -> int:
        return bool(self.objects) + bool(self.modifiers) + bool(self.preps) + \
            self.reflexive + self.negated


@dataclass(frozen=True)
class Relation:
    name: str
    cameo: str
    plover: str
    quad_class: int
    goldstein: float
    symmetric: bool
    preps: dict[str, frozenset[str]]

    @property
    def root(self) -> str:
        return self.cameo[:2]


class Ontology:
    """Relation types by name, and triggers by (language, part of speech, lemma)."""

    def __init__(self, relations: dict[str, Relation],
                 triggers: dict[tuple[str, str, str], list[Trigger]]) -> None:
        self.relations = relations
        self.triggers = triggers

    def __contains__(self, name: object) -> bool:
        return name in self.relations

    def get(self, name: str) -> Relation:
        try:
            return self.relations[name]
        except KeyError:
            raise UnknownRelation(
                f"relation type {name!r} is not in the ontology "
                f"(known: {', '.join(sorted(self.relations))})") from None

    def rel_type(self, name: str) -> str:
        """The Neo4j relationship type of a relation: only whitelisted names pass."""
        self.get(name)
        if not REL_TYPE.match(name):
            raise UnknownRelation(f"relation type {name!r} is not a valid relationship type")
        return name

    def lookup(self, lang: str, pos: str, lemma: str) -> list[Trigger]:
        return self.triggers.get((lang, pos, fold(lemma)), [])

    def lemmas(self, lang: str) -> frozenset[str]:
        """Every (folded) trigger lemma of a language, verbs and nouns."""
        return frozenset(lemma for (lg, _, lemma) in self.triggers if lg == lang)


def _word(value: Any, where: str) -> str:
    """A preposition as written; YAML reads bare on/off/yes/no as booleans."""
    if not isinstance(value, str):
        raise DataFileInvalid(f"{where}: preposition {value!r} is not a string "
                              f"(quote it: \"{str(value).lower()}\")")
    return value


def _parse(data: Any) -> Ontology:
    if not isinstance(data, dict) or not isinstance(data.get("relations"), dict):
        raise DataFileInvalid("ontology.yaml: top-level 'relations' mapping missing")
    relations: dict[str, Relation] = {}
    triggers: dict[tuple[str, str, str], list[Trigger]] = {}
    for name, spec in data["relations"].items():
        where = f"ontology.yaml: {name}"
        if not REL_TYPE.match(name):
            raise DataFileInvalid(f"{where}: name must be UPPER_SNAKE_CASE")
        try:
            cameo = str(spec["cameo"])
            if not re.fullmatch(r"(0[1-9]|1\d|20)\d{0,2}", cameo):
                raise DataFileInvalid(f"{where}: cameo {cameo!r} is not a CAMEO code")
            preps = {lang: frozenset(fold(_word(p, where)) for p in
                                     spec.get("preps", {}).get(lang, []))
                     for lang in ("fr", "en")}
            rel = Relation(name, cameo, str(spec["plover"]), int(spec["quad_class"]),
                           float(spec["goldstein"]), bool(spec["symmetric"]), preps)
        except (KeyError, TypeError, ValueError) as exc:
            raise DataFileInvalid(f"{where}: missing or invalid field ({exc})") from exc
        if rel.quad_class not in (1, 2, 3, 4) or not -10 <= rel.goldstein <= 10:
            raise DataFileInvalid(f"{where}: quad_class 1..4 and goldstein -10..10")
        relations[name] = rel
        for lang, items in (spec.get("triggers") or {}).items():
            if lang not in ("fr", "en"):
                raise DataFileInvalid(f"{where}: trigger language {lang!r}")
            for item in items:
                pos = "verb" if "verb" in item else "noun" if "noun" in item else None
                if pos is None:
                    raise DataFileInvalid(f"{where}: trigger {item} has no verb or noun")
                trig = Trigger(
                    relation=name, pos=pos, lemma=fold(str(item[pos])),
                    objects=frozenset(fold(x) for x in item.get("object", [])),
                    modifiers=frozenset(fold(x) for x in item.get("modifier", [])),
                    preps=frozenset(fold(_word(x, where)) for x in item.get("prep", [])),
                    of=str(item.get("of", "target")),
                    reflexive=bool(item.get("reflexive", False)),
                    negated=bool(item.get("negated", False)),
                    subject_target=item.get("subject") == "target",
                )
                triggers.setdefault((lang, pos, trig.lemma), []).append(trig)
    for lst in triggers.values():
        lst.sort(key=lambda t: -t.specificity)
    return Ontology(relations, triggers)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The packaged ontology (read once per process)."""
    text = resources.files("kgbuild").joinpath("data", "ontology.yaml").read_text("utf-8")
    try:
        return _parse(yaml.safe_load(text))
    except yaml.YAMLError as exc:
        raise DataFileInvalid(f"ontology.yaml: invalid YAML: {exc}") from exc
