"""Actors: packaged tables of states, organisations and office holders, and their resolution.

A mention in a parsed Doc resolves to an `ActorRef` (code, name, kind, agent). Office
holders resolve through the office they held on the date of the event.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import DataFileInvalid
from .folding import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KINDS = {"state", "organisation", "bloc", "group"}
ARTICLES = {"le", "la", "les", "l'", "d'", "de", "du", "des", "the", "au", "aux", "a"}


@dataclass(frozen=True)
class Actor:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class Term:
    """One office held by a person, with its dates (end None = still in office)."""

    person: str
    code: str
    role: str
    start: str
    end: str | None

    def holds_on(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Alias:
    """An entry of the gazetteer: what a string names, and how."""

    # name | seat | adj | person | prefix | anaphor (named before, in the text) | named (a
    # person the article introduced with an office: kgbuild.extract.people) | region (a
    # region named after a state: no actor)
    form: str
    code: str | None = None  # for name, seat, adj, prefix, named
    person: str | None = None  # for person, named
    source: str = ""  # the data file and row it comes from
    text: str = ""  # the alias as written, for case-sensitive matches


def _tokens(text: str) -> tuple[str, ...]:
    """Split an alias the way the matcher sees text: words, and hyphens/apostrophes kept."""
    out: list[str] = []
    word = ""
    for ch in fold(text):
        if ch.isalnum() or ch in "-.":
            word += ch
        else:
            if word:
                out.append(word)
            word = ""
            if ch == "'":
                out[-1:] = [out[-1] + "'"] if out else []
    if word:
        out.append(word)
    return tuple(w.strip(".") if w.endswith(".") and w.count(".") == 1 else w for w in out)


def _hyphen_split(word: str) -> list[str]:
    if "-" not in word.strip("-"):
        return [word]
    out: list[str] = []
    for piece in word.split("-"):
        out.extend(["-", piece] if out else [piece])
    return out


class ActorTable:
    """The gazetteer: aliases to actors and persons, with the office terms of each person."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.aliases: dict[tuple[str, ...], list[Alias]] = {}
        self.cased: dict[tuple[str, ...], bool] = {}
        self.terms: dict[str, list[Term]] = {}
        self.prefixes: dict[str, str] = {}
        # alias lengths (in tokens) by first token, longest first: the matcher tries only these
        self.lengths: dict[str, tuple[int, ...]] = {}

    # -- building -------------------------------------------------------------------
    def add_actor(self, actor: Actor) -> None:
        if actor.kind not in KINDS:
            raise DataFileInvalid(f"actor {actor.code}: kind {actor.kind!r} not one of {KINDS}")
        self.actors[actor.code] = actor

    def add_alias(self, text: str, alias: Alias) -> None:
        alias = replace(alias, text=text.replace("’", "'"))
        key = _tokens(text)
        if not key:
            return
        # tokenizers split "Royaume-Uni" and "Jong-un" at the hyphen: index both spellings
        split = tuple(p for part in key for p in _hyphen_split(part))
        for k in {key, split}:
            self._add_key(k, text, alias)

    def _add_key(self, key: tuple[str, ...], text: str, alias: Alias) -> None:
        bucket = self.aliases.setdefault(key, [])
        if alias.form == "person" and any(a.person == alias.person and a.text == alias.text
                                          for a in bucket):
            pass
        elif alias not in bucket:
            # a later entry (a user file) overrides the same form of the same string when it
            # names another actor; spellings of one actor ("OTAN", "Otan") are all kept
            # ("the bloc" may be any of several blocs: the text says which, see
            # kgbuild.extract.parties.mention_actor)
            bucket[:] = [a for a in bucket if a.form != alias.form or alias.form in (
                "person", "anaphor") or a.code == alias.code]
            bucket.append(alias)
        # Acronyms and very short names must match their case ("US" is not "us").
        stripped = text.replace(".", "").replace("-", "")
        if (stripped.isupper() and len(stripped) <= 6) or len(stripped) <= 3:
            self.cased[key] = True
        self.lengths[key[0]] = tuple(sorted({len(key), *self.lengths.get(key[0], ())},
                                            reverse=True))

    def add_term(self, term: Term) -> None:
        self.terms.setdefault(term.person, []).append(term)

    # -- lookup ---------------------------------------------------------------------
    def lookup(self, text: str) -> list[Alias]:
        key = _tokens(text)
        while key and key not in self.aliases and key[0] in ARTICLES:
            key = key[1:]
        if key and key[0].endswith("'") and key not in self.aliases:
            key = key[1:]
        return list(self.aliases.get(key, []))

    def person_code(self, person: str, day: str | None) -> tuple[Term | None, bool]:
        """The term a person held on `day` (or the latest one when no day); and whether dated."""
        terms = self.terms.get(person, [])
        if not terms:
            return None, False
        if day is None:
            current = [t for t in terms if t.end is None]
            return (current or sorted(terms, key=lambda t: t.start))[-1], False
        for t in sorted(terms, key=lambda t: t.start, reverse=True):
            if t.holds_on(day):
                return t, True
        return None, True

    def resolve_alias(self, alias: Alias, day: str | None) -> tuple[Actor, str | None] | None:
        """The actor an alias stands for on `day`, and the person speaking, if any."""
        if alias.form == "region":
            return None
        if alias.form == "person":
            assert alias.person is not None
            term, _ = self.person_code(alias.person, day)
            if term is None or term.code not in self.actors:
                return None
            return self.actors[term.code], alias.person
        assert alias.code is not None
        actor = self.actors.get(alias.code)
        return (actor, alias.person if alias.form == "named" else None) if actor else None

    def describe(self, text: str, day: str | None = None) -> list[dict[str, Any]]:
        """How a name resolves, entry by entry (for `kgbuild actors lookup`)."""
        out = []
        for alias in self.lookup(text):
            res = self.resolve_alias(alias, day)
            row: dict[str, Any] = {"form": alias.form, "source": alias.source,
                                   "code": res[0].code if res else None,
                                   "name": res[0].name if res else None,
                                   "kind": res[0].kind if res else None}
            if alias.person:
                row["person"] = alias.person
                term, _ = self.person_code(alias.person, day)
                row["role"] = term.role if term else None
                row["term"] = f"{term.start}..{term.end or ''}" if term else None
                row["offices"] = [f"{t.role} of {t.code} {t.start}..{t.end or ''}"
                                  for t in self.terms.get(alias.person, [])]
            out.append(row)
        return out


# -- loading ------------------------------------------------------------------------

def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def _read_csv(text: str, where: str, required: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = required - set(reader.fieldnames or [])
    if missing:
        raise DataFileInvalid(f"{where}: missing columns {sorted(missing)}")
    yield from enumerate(reader, start=2)


def _check_date(value: str, where: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileInvalid(f"{where}: {value!r} is not an ISO date") from exc
    return value


def _load_actor_rows(table: ActorTable, text: str, where: str, default_kind: str) -> None:
    for n, row in _read_csv(text, where, {"code", "name"}):
        code = row["code"].strip()
        if not code:
            raise DataFileInvalid(f"{where}:{n}: empty code")
        kind = (row.get("kind") or default_kind).strip()
        table.add_actor(Actor(code, row["name"].strip(), kind))
        src = f"{where}:{n}"
        # one names_<code> and adj_<code> column per language (lang/<code>/)
        from .lang import languages, load_language

        table.add_alias(row["name"], Alias("name", code, source=src))
        for lang in languages():
            for name in _split(row.get(f"names_{lang}")):
                table.add_alias(name, Alias("name", code, source=src))
            for adj in _split(row.get(f"adj_{lang}")):
                for form in load_language(lang).morphology.adjective_forms(adj):
                    table.add_alias(form, Alias("adj", code, source=src))
        for seat in _split(row.get("seats")):
            table.add_alias(seat, Alias("seat", code, source=src))
        for anaphor in _split(row.get("anaphors")):
            # "la Commission", "the Alliance": the organisation only once it was named
            table.add_alias(anaphor, Alias("anaphor", code, source=src))
        for prefix in _split(row.get("prefixes")):
            table.prefixes[fold(prefix)] = code


def _load_people(table: ActorTable, text: str, where: str) -> None:
    for n, row in _read_csv(text, where, {"name", "code", "start"}):
        src = f"{where}:{n}"
        person = row["name"].strip()
        start = _check_date(row["start"].strip(), src)
        end = row.get("end", "").strip() or None
        if end:
            _check_date(end, src)
        table.add_term(Term(person, row["code"].strip(), (row.get("role") or "").strip(),
                            start, end))
        for alias in [person, *_split(row.get("aliases"))]:
            table.add_alias(alias, Alias("person", person=person, source=src))


def _load_regions(table: ActorTable, text: str, where: str) -> None:
    """Regions named after a state's alias ("Amérique latine", "Latin America"): the longest
    match, they name no actor (not the United States)."""
    from .lang import languages

    for n, row in _read_csv(text, where, {"name"}):
        src = f"{where}:{n}"
        for name in [row["name"], *(x for lang in languages()
                                    for x in _split(row.get(f"names_{lang}")))]:
            table.add_alias(name, Alias("region", source=src))


def _data(name: str) -> str:
    return resources.files("kgbuild").joinpath("data", name).read_text(encoding="utf-8")


def load_actors(extra: Iterable[str | Path] = ()) -> ActorTable:
    """Load the packaged actor tables, then each user file (CSV or YAML) over them."""
    table = ActorTable()
    _load_actor_rows(table, _data("states.csv"), "states.csv", "state")
    _load_actor_rows(table, _data("organisations.csv"), "organisations.csv", "organisation")
    _load_people(table, _data("officeholders.csv"), "officeholders.csv")
    _load_regions(table, _data("regions.csv"), "regions.csv")
    for path in extra:
        load_user_file(table, Path(path))
    for terms in table.terms.values():
        for t in terms:
            if t.code not in table.actors:
                raise DataFileInvalid(f"office holder {t.person}: unknown actor code {t.code}")
    return table


def load_user_file(table: ActorTable, path: Path) -> None:
    """Add a user's actors, aliases and office holders (CSV or YAML; see README)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileInvalid(f"{path}: cannot read actors file: {exc}") from exc
    where = str(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise DataFileInvalid(f"{where}: invalid YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise DataFileInvalid(f"{where}: expected keys 'actors' and/or 'people'")
        for n, a in enumerate(data.get("actors") or [], start=1):
            try:
                code, name = str(a["code"]), str(a.get("name") or a["code"])
            except (KeyError, TypeError) as exc:
                raise DataFileInvalid(f"{where}: actor #{n} needs a 'code'") from exc
            kind = str(a.get("kind") or table.actors.get(code, Actor(code, name, "state")).kind)
            table.add_actor(Actor(code, name, kind))
            for alias in [name, *(a.get("aliases") or [])]:
                table.add_alias(str(alias), Alias("name", code, source=f"{where}#actor{n}"))
            for adj in a.get("adjectives") or []:
                table.add_alias(str(adj), Alias("adj", code, source=f"{where}#actor{n}"))
        for n, p in enumerate(data.get("people") or [], start=1):
            try:
                person, code, start = str(p["name"]), str(p["code"]), str(p["start"])
            except (KeyError, TypeError) as exc:
                raise DataFileInvalid(
                    f"{where}: person #{n} needs 'name', 'code' and 'start'") from exc
            _check_date(start, where)
            end = str(p["end"]) if p.get("end") else None
            table.add_term(Term(person, code, str(p.get("role") or ""), start, end))
            for alias in [person, *(p.get("aliases") or [])]:
                table.add_alias(str(alias), Alias("person", person=person,
                                                  source=f"{where}#person{n}"))
        return
    head = text.splitlines()[0] if text.strip() else ""
    if "start" in head.split(","):
        _load_people(table, text, where)
    else:
        _load_actor_rows(table, text, where, "state")


# -- resolution in a Doc ------------------------------------------------------------

@dataclass(frozen=True)
class Mention:
    """A span of a Doc that names an actor (or two, for "sino-russe")."""

    start: int  # token indices
    end: int
    text: str
    aliases: tuple[Alias, ...]
    codes: tuple[str, ...] = ()  # for compounds: the codes it names

    @property
    def form(self) -> str:
        return self.aliases[0].form if self.aliases else "prefix"


# spaCy's person labels (French models: PER; English: PERSON)
PERSON_LABELS = ("PER", "PERSON")


def find_mentions(doc: Doc, table: ActorTable) -> list[Mention]:
    """Longest-match every alias over the Doc's tokens (case rules for acronyms and names)."""
    mentions: list[Mention] = []
    # "Opep+", "OPEC+": a trailing plus widens a group, the alias is the group's
    keys = [fold(text).rstrip("+") or "+" for text in [t.text for t in doc]]
    i = 0
    n = len(doc)
    while i < n:
        if i + 2 < n and keys[i + 1] == "-" and not doc[i].whitespace_ and \
                not doc[i + 1].whitespace_ and (keys[i] in table.prefixes or any(
                    a.form in ("adj", "name", "seat") for a in table.aliases.get((keys[i],), ()))):
            # "Franco-Chinese", "Uzbek-Kazakh", "Séoul-Tokyo" split by the tokenizer: two
            # states in one word (not a name of its own: "Guinea-Bissau")
            pair = _compound(doc[i:i + 3], table)
            whole = _match_at(doc, keys, i, table)
            if pair is not None and (whole is None or whole.end < i + 3):
                mentions.append(pair)
                i = pair.end
                continue
        found = _match_at(doc, keys, i, table)
        if found is not None and keys[i] in _ARTICLES:
            # "the West African country": not "the West" but "West African", the longer
            # name its article hides
            later = _match_at(doc, keys, i + 1, table)
            if later is not None and later.end > found.end:
                found = None
        if found is None:
            compound = _compound(doc[i], table) if "-" in keys[i] else None
            if compound:
                mentions.append(compound)
            i += 1
            continue
        if all(a.form == "region" for a in found.aliases):
            i = found.end  # "Amérique latine": a region, no actor
            continue
        mentions.append(found)
        i = found.end
    return _elided(doc, keys, mentions, table)


# Conjunctions that can share a name's head between two names
_SHARING = frozenset({"and", "or", "et", "ou"})


def _elided(doc: Doc, keys: list[str], mentions: list[Mention], table: ActorTable
            ) -> list[Mention]:
    """Names that share a word with the next or the last name: "North and South Korea"
    (North Korea), "la Corée du Nord et du Sud" (Corée du Sud)."""
    taken = {t for m in mentions for t in range(m.start, m.end)}
    out = list(mentions)
    for m in mentions:
        length = m.end - m.start
        if length < 2:
            continue
        # "North and South Korea": a word before the conjunction takes the name's last word
        i = m.start - 2
        if i >= 0 and keys[i + 1] in _SHARING and i not in taken and doc[i].text[:1].isupper():
            key = (keys[i], *keys[m.start + 1:m.end])
            aliases = [a for a in table.aliases.get(key, ()) if a.form == "name"]
            if aliases:
                out.append(Mention(i, i + 1, doc[i].text, tuple(aliases)))
                taken.add(i)
        # "la Corée du Nord et du Sud": the words after the conjunction end the name
        j = m.end
        if j < len(doc) and keys[j] in _SHARING:
            for k in (2, 1):
                if j + k >= len(doc) or k >= length or any(
                        t in taken for t in range(j + 1, j + 1 + k)):
                    continue
                key = (*keys[m.start:m.end - k], *keys[j + 1:j + 1 + k])
                aliases = [a for a in table.aliases.get(key, ()) if a.form == "name"]
                if aliases and doc[j + k].text[:1].isupper():
                    out.append(Mention(j + 1, j + 1 + k, doc[j + 1:j + 1 + k].text,
                                       tuple(aliases)))
                    taken.update(range(j + 1, j + 1 + k))
                    break
    return sorted(out, key=lambda m: m.start)


# Articles an alias may start with ("the West", "la Commission")
_ARTICLES = frozenset({"the", "le", "la", "les", "l'"})


def _match_at(doc: Doc, keys: list[str], i: int, table: ActorTable) -> Mention | None:
    """The longest alias that starts at token `i`, if its case fits."""
    n = len(doc)
    for length in table.lengths.get(keys[i], ()):
        if i + length > n:
            continue
        key = tuple(keys[i:i + length])
        aliases = table.aliases.get(key)
        if not aliases:
            continue
        span_text = doc[i:i + length].text
        if table.cased.get(key) and _tokens(span_text) == key:
            alias_texts_ok = _case_ok(doc[i:i + length], aliases, strict=True)
        else:
            alias_texts_ok = _case_ok(doc[i:i + length], aliases, strict=False)
        if length == 1 and i + 1 < n and doc[i + 1].ent_iob_ == "I" and \
                doc[i + 1].ent_type_ in PERSON_LABELS and doc[i + 1].text[:1].isupper():
            # "Ali Riza Guney" is not Irfaan Ali: a one-word name that a person's name
            # goes on after ("Tamim bin Hamad" still is Tamim)
            alias_texts_ok = [a for a in alias_texts_ok if a.form != "person"]
        if alias_texts_ok:
            return Mention(i, i + length, span_text, tuple(alias_texts_ok))
    return None


def _case_ok(span: Any, aliases: list[Alias], strict: bool) -> list[Alias]:
    first = span[0].text
    out = []
    for a in aliases:
        if strict:
            # acronyms and short names keep their case ("US" is not "us", "UN" not "Un");
            # a name written without its accents ("Cedeao" for "Cédéao") or an acronym of
            # four letters or more in title case ("Cedeao" for "CEDEAO") is still it; so is
            # a three-letter organisation acronym the parser takes for a name ("l'Onu",
            # "l'Oea"; not "Who" or "Can", nor a state's ISO code)
            text = span.text.replace("’", "'")
            if text != a.text and not (
                    fold(text) == fold(a.text) and text[:1].isupper() and (
                        not a.text.isupper() or text[1:].islower() and (
                            len(a.text) >= 4 or _named_acronym(span, a)))):
                continue
        elif a.form in ("name", "seat", "person", "anaphor", "named", "region") and \
                not first[:1].isupper() and (a.form != "anaphor" or a.text != a.text.lower()) \
                and not a.text[:1].islower():
            # ("la Commission" must be capitalised; "the bloc" is written as it is)
            # proper names start with a capital in both languages; a name the table writes
            # in lower case is a common noun's phrase ("les pays occidentaux", "la bande de
            # Gaza") and is written so
            continue
        out.append(a)
    return out


def _named_acronym(span: Any, alias: Alias) -> bool:
    """'Onu' for 'ONU': a three-letter acronym in title case that is no state's ISO code
    and that the parser reads as a proper name inside an entity."""
    return len(span) == 1 and len(alias.text) == 3 and alias.text != alias.code and \
        span[0].pos_ == "PROPN" and bool(span[0].ent_type_)


def _compound(tok: Token | Span, table: ActorTable) -> Mention | None:
    """'sino-russe', 'franco-allemand', 'Sino-Russian': two states in one word (or in the
    three tokens the tokenizer made of it)."""
    text = fold(tok.text)
    if "-" not in text:
        return None
    parts = text.split("-")
    codes: list[str] = []
    for k, part in enumerate(parts):
        if k < len(parts) - 1 and part in table.prefixes:
            codes.append(table.prefixes[part])
            continue
        aliases = table.aliases.get((part,), [])
        adj = [a for a in aliases if a.form == "adj" and a.code]
        # ("le sommet Séoul-Tokyo", "India-Pakistan talks": two names or seats)
        named = [a for a in aliases if a.form in ("name", "seat") and a.code]
        if adj and adj[0].code:
            codes.append(adj[0].code)
        elif named and len({a.code for a in named}) == 1 and named[0].code:
            codes.append(named[0].code)
        else:
            return None
    if len(set(codes)) < 2:
        return None
    start, end = (tok.i, tok.i + 1) if hasattr(tok, "i") else (tok.start, tok.end)
    return Mention(start, end, tok.text, (), tuple(dict.fromkeys(codes)))
