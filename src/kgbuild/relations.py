"""The ontology: kgbuild's relation types, their CAMEO codes and their triggers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .actors import fold
from .errors import DataFileInvalid, UnknownRelation

REL_TYPE = re.compile(r"^[A-Z][A-Z_]{1,40}$")


# What a relation is, beyond its codes: the behaviour extraction gives it, read as data.
FLAGS: dict[str, str] = {
    "meeting": "a meeting, visit or call: what is said during it takes its day",
    "mediation": "a host or mediator: with no target, acts towards the two sides just reported",
    "intent": "the relation an announced cooperative act becomes (one relation has it)",
    "threat": "the relation an announced hostile act or a promise of force becomes",
    "appeal": "an appeal: an invitation to meet or visit is an intent, not an appeal",
    "stance": "taken on an act, it is taken towards whoever does the act",
    "approval": "a stance of approval: of help, towards whom it helps; of force, towards no one",
    "blame": "a stance of blame: on 'the attack', towards whoever did it last",
    "reproach": "a reproach: a later rejection of 'these accusations' answers its source",
    "rejection": "a rejection: with no target, it answers the last reproach made to its source",
    "force": "a use of force or coercion: aimed at a state's land, goods or people, at that state",
    "concession": "a concession: aimed at a state's people or goods, at that state",
    "decree": "done by deciding it: an expulsion or a sanction its actor announces it will "
              "take is the act, not a threat",
    "located": "aimed at what lies in a state ('funds projects in Namibia'), at that state",
    "measure": "a measure that a reversal lifts: whoever lifts it imposed it",
    "reversal": "it lifts, eases or ends a measure",
    "embeds": "its clause ('call on X to do Y') is asked of its object: Y is X's act, not asserted",
    "opposes": "the act it is against is not asserted: 'opposes Ukraine's accession' is no "
               "accession",
    "owned": "its required object (envoy, troops, arms) is the source's: with no agent, the "
             "object's nationality is the source ('French troops were withdrawn')",
    "posted": "its object (an envoy) is posted in the target's state: 'X and Y "
              "recalled their ambassadors' is each towards the other",
    "from_place": "with no agent, the state it is done from is the source ('expelled from "
                  "Germany')",
    "membership": "its target is an organisation its source is in: leaving a state ('leaves "
                  "Finland a step away', 'ordered the troops to leave the country') is none",
}

# Argument slots a trigger's frame may name, per part of speech and role.
SLOTS = {("verb", "source"): frozenset({"subject", "speaker"}),
         ("verb", "target"): frozenset({"subject", "object", "oblique", "clause"}),
         ("noun", "source"): frozenset({"possessor", "of"}),
         ("noun", "target"): frozenset({"of", "oblique"})}
DEFAULT_SLOTS = {"verb": (("subject",), ("object", "oblique")),
                 "noun": (("possessor",), ("of", "oblique"))}


@dataclass(frozen=True)
class Trigger:
    """A word that starts a relation, and where its frame finds the source and the target.

    Slots (SLOTS says which each role may take): for verbs `subject`, `object`, `oblique`
    (by the relation's prepositions), `clause` (the subject of a complement clause:
    "demanded that Ottawa reduce"), `speaker` (who reports it); for nouns `possessor`
    (possessive, adjective or by-agent) and `of` (the noun's de/of complement), `oblique`.
    """

    relation: str
    pos: str  # verb | noun
    lemma: str
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    reflexive: bool = False
    negated: bool = False  # only when negated: "n'accepterait pas" is a rejection
    caused: bool = False  # only as a price made to pay: "will make X pay", "paiera si"
    carried: bool = False  # a noun only as a light verb's object: "unveiled an agreement"
    intransitive: bool = False  # a verb only with no direct object: "a échangé avec"
    strict: bool = False  # the modifier (or [unless_]object) is the verb's own object's
    unless_objects: frozenset[str] = frozenset()  # another sense: "released a communique"
    unless_modifiers: frozenset[str] = frozenset()  # the opposite: "tensions have eased"
    particles: frozenset[str] = frozenset()  # a phrasal verb's own particle: "called in"
    within: frozenset[str] = frozenset()  # the preposition a noun is under: "in the presence"
    doers: frozenset[str] = frozenset()  # what heads a verb's subject: "troops crossed"
    source: tuple[str, ...] = ("subject",)
    target: tuple[str, ...] = ("object", "oblique")

    @property
    def specificity(self) -> int:
        return bool(self.objects) + bool(self.modifiers) + bool(self.preps) + \
            bool(self.particles) + bool(self.within) + bool(self.doers) + self.reflexive + \
            self.negated + self.caused + self.carried + self.intransitive

    @property
    def conditions(self) -> tuple[object, ...]:
        """What the trigger requires besides its word (an extension's trigger with the same
        word and conditions replaces it)."""
        return (self.objects, self.modifiers, self.preps, self.reflexive, self.negated,
                self.particles, self.within, self.caused, self.carried, self.intransitive,
                self.doers)

    def holds(self, role: str, slot: str) -> bool:
        """Whether the frame puts `slot` in `role` (source or target)."""
        return slot in (self.source if role == "source" else self.target)


@dataclass(frozen=True)
class Relation:
    name: str
    cameo: str
    plover: str
    quad_class: int
    goldstein: float
    symmetric: bool
    preps: dict[str, frozenset[str]]
    flags: frozenset[str] = frozenset()
    # what the source is in a gathering of three or more (host, mediator); its targets,
    # and everyone in a gathering with no such source, are participants
    source_role: str = "participant"
    # the relation two or more targets hold with each other ("Putin received the Armenian
    # and Azerbaijani leaders": the guests meet too), if any
    among_targets: str | None = None

    @property
    def root(self) -> str:
        return self.cameo[:2]

    def has(self, *flags: str) -> bool:
        """Whether the relation has any of these flags."""
        return not self.flags.isdisjoint(flags)


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

    def flagged(self, flag: str) -> Relation:
        """The first relation with a flag ("intent", "threat"): what an act becomes."""
        for rel in self.relations.values():
            if flag in rel.flags:
                return rel
        raise UnknownRelation(f"no relation in the ontology has the flag {flag!r}")

    def relation_of(self, trig: Trigger) -> Relation:
        return self.relations[trig.relation]

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


class _Where:
    """Where a value sits in a data file, for one-line error messages ("file:line: ...")."""

    def __init__(self, name: str, lines: dict[int, int]) -> None:
        self.name, self.lines = name, lines

    def at(self, node: object, what: str) -> str:
        line = self.lines.get(id(node))
        return f"{self.name}:{line}: {what}" if line else f"{self.name}: {what}"


def _load_yaml(text: str, name: str) -> tuple[Any, _Where]:
    """YAML with the line of every mapping and list kept for error messages."""
    lines: dict[int, int] = {}

    class Loader(yaml.SafeLoader):
        def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
            obj = super().construct_object(node, deep=deep)
            if isinstance(obj, (dict, list)):
                lines[id(obj)] = node.start_mark.line + 1
            return obj

    try:
        data = yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise DataFileInvalid(f"{name}{line}: invalid YAML ({getattr(exc, 'problem', exc)})"
                              ) from exc
    return data, _Where(name, lines)


def _word(value: Any, where: str) -> str:
    """A word as written; YAML reads bare on/off/yes/no/true/false as booleans."""
    if not isinstance(value, str):
        raise DataFileInvalid(f"{where}: word {value!r} is not a string "
                              f"(quote it: \"{str(value).lower()}\")")
    return value


def _words(values: Any, where: str) -> frozenset[str]:
    if not isinstance(values, list):
        values = [values]
    return frozenset(fold(_word(x, where)) for x in values)


def _slots(value: Any, pos: str, role: str, where: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    slots = tuple(value) if isinstance(value, list) else (value,)
    allowed = SLOTS[pos, role]
    bad = [s for s in slots if s not in allowed]
    if bad:
        raise DataFileInvalid(f"{where}: a {pos}'s {role} slot is one of "
                              f"{', '.join(sorted(allowed))}, not {bad[0]!r}")
    return slots


def _relation(name: str, spec: Any, old: Relation | None, at: _Where) -> Relation:
    """A relation from its YAML spec; fields an extension leaves out keep their old value."""
    where = at.at(spec, f"relation {name}")
    if not REL_TYPE.match(name):
        raise DataFileInvalid(f"{where}: name must be UPPER_SNAKE_CASE")
    if not isinstance(spec, dict):
        raise DataFileInvalid(f"{where}: expected a mapping of fields")
    base: dict[str, Any] = {} if old is None else {
        "cameo": old.cameo, "plover": old.plover, "quad_class": old.quad_class,
        "goldstein": old.goldstein, "symmetric": old.symmetric, "flags": sorted(old.flags),
        "source_role": old.source_role, "among_targets": old.among_targets}
    merged = {**base, **{k: v for k, v in spec.items() if k not in ("triggers", "preps")}}
    try:
        cameo = str(merged["cameo"])
        if not re.fullmatch(r"(0[1-9]|1\d|20)\d{0,2}", cameo):
            raise DataFileInvalid(f"{where}: cameo {cameo!r} is not a CAMEO code")
        preps = dict(old.preps) if old is not None else {}
        for lang, words in (spec.get("preps") or {}).items():
            preps[lang] = _words(words, where)
        flags = frozenset(merged.get("flags") or [])
        unknown = sorted(flags - FLAGS.keys())
        if unknown:
            raise DataFileInvalid(f"{where}: unknown flag {unknown[0]!r} "
                                  f"(known: {', '.join(sorted(FLAGS))})")
        rel = Relation(name, cameo, str(merged["plover"]), int(merged["quad_class"]),
                       float(merged["goldstein"]), bool(merged["symmetric"]), preps, flags,
                       str(merged.get("source_role") or "participant"),
                       str(merged["among_targets"]) if merged.get("among_targets") else None)
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileInvalid(f"{where}: missing or invalid field ({exc})") from exc
    if rel.quad_class not in (1, 2, 3, 4) or not -10 <= rel.goldstein <= 10:
        raise DataFileInvalid(f"{where}: quad_class 1..4 and goldstein -10..10")
    return rel


def _trigger(name: str, item: Any, frame: dict[str, Any], at: _Where) -> Trigger:
    where = at.at(item, f"relation {name}: trigger {item}")
    pos = "verb" if isinstance(item, dict) and "verb" in item else \
        "noun" if isinstance(item, dict) and "noun" in item else None
    if pos is None:
        raise DataFileInvalid(f"{where}: a trigger names a verb or a noun")
    own = frame.get(pos) or {}
    source = _slots(item.get("source", own.get("source")), pos, "source", where) or \
        DEFAULT_SLOTS[pos][0]
    target = _slots(item.get("target", own.get("target")), pos, "target", where) or tuple(
        s for s in DEFAULT_SLOTS[pos][1] if s not in source)  # "bid of Finland": of is source
    return Trigger(
        relation=name, pos=pos, lemma=fold(str(item[pos])),
        objects=_words(item.get("object", []), where),
        modifiers=_words(item.get("modifier", []), where),
        preps=_words(item.get("prep", []), where),
        reflexive=bool(item.get("reflexive", False)),
        negated=bool(item.get("negated", False)),
        caused=bool(item.get("caused", False)),
        carried=bool(item.get("carried", False)),
        intransitive=bool(item.get("intransitive", False)),
        strict=bool(item.get("strict", False)),
        unless_objects=_words(item.get("unless_object", []), where),
        unless_modifiers=_words(item.get("unless_modifier", []), where),
        particles=_words(item.get("particle", []), where),
        within=_words(item.get("within", []), where),
        doers=_words(item.get("doer", []), where),
        source=source, target=target,
    )


def _parse(data: Any, at: _Where, base: Ontology | None = None) -> Ontology:
    """The ontology a data file describes, on top of `base` (extension files)."""
    if not isinstance(data, dict) or not isinstance(data.get("relations"), dict):
        raise DataFileInvalid(at.at(data, "top-level 'relations' mapping missing"))
    relations = dict(base.relations) if base is not None else {}
    triggers = {k: list(v) for k, v in base.triggers.items()} if base is not None else {}
    for name, spec in data["relations"].items():
        relations[name] = rel = _relation(name, spec, relations.get(name), at)
        frame = spec.get("frame") or {}
        for lang, items in (spec.get("triggers") or {}).items():
            if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2}", lang):
                raise DataFileInvalid(at.at(spec, f"relation {name}: language {lang!r}"))
            for item in items or []:
                trig = _trigger(rel.name, item, frame, at)
                same = triggers.setdefault((lang, trig.pos, trig.lemma), [])
                # an extension's trigger replaces one of the same word and conditions
                same[:] = [t for t in same if t.conditions != trig.conditions]
                same.append(trig)
    for rel in relations.values():
        if rel.among_targets is not None and rel.among_targets not in relations:
            raise DataFileInvalid(at.at(data["relations"].get(rel.name, data),
                                        f"relation {rel.name}: among_targets "
                                        f"{rel.among_targets!r} is no relation"))
    for lst in triggers.values():
        lst.sort(key=lambda t: -t.specificity)
    return Ontology(relations, triggers)


@lru_cache(maxsize=8)
def load_ontology(frame_files: tuple[str, ...] = ()) -> Ontology:
    """The packaged ontology, with the relations and triggers of `frame_files` (YAML, the
    packaged shape) added or overriding, in order (read once per process)."""
    text = resources.files("kgbuild").joinpath("data", "ontology.yaml").read_text("utf-8")
    onto = _parse(*_load_yaml(text, "ontology.yaml"))
    for path in frame_files:
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileInvalid(f"{path}: cannot read frames file ({exc})") from exc
        onto = _parse(*_load_yaml(text, path), base=onto)
    return onto
