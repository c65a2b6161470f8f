"""People an article introduces with their office, and what their later names stand for.

Wire copy names an official once with a title and a state ("le ministre burundais de
l'Intérieur, Martin Niteretse"; "Egypt's Foreign Minister Sameh Shoukry"; "Enrique Mora,
the EU official chairing the talks") and then by name alone ("M. Niteretse", "Shoukry
said"). The actor tables cannot list every spokesman and ambassador; the article itself
says whom they speak for. Only names the article introduced this way, after that
introduction, become mentions of the state or organisation; a name two introductions give
two different actors stays no one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors import ActorTable, Alias, Mention
from ..folding import fold
from ..lang import Lexicon
from .context import case_of, dep_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON_LABELS = {"PER", "PERSON"}
CLAUSE_DEPS = ("relcl", "acl:relcl", "acl", "advcl")
NAME_DEPS = {"appos", "flat", "flat:name", "nmod", "compound", "nsubj", "obj", "dobj", "pobj"}


def introduced_people(doc: Doc, found: list[Mention], table: ActorTable, lex: Lexicon,
                      day: str | None = None) -> list[Mention]:
    """Mentions for the later names of people the article introduced with an office."""
    at = {i: m for m in found for i in range(m.start, m.end)}
    # a name's word -> what its introductions make it stand for, and where the first ends
    register: dict[str, set[Alias]] = {}
    first: dict[str, int] = {}
    for span, alias in _introductions(doc, found, at, table, lex):
        for tok in span:
            key = fold(tok.text)
            if _usable_word(tok, key, table, lex):
                register.setdefault(key, set()).add(alias)
                first.setdefault(key, span.end)
    words = {k: next(iter(aliases)) for k, aliases in register.items() if len(aliases) == 1}
    # a name the tables know as a person's is the article's too: its title says whom the
    # person speaks for on the article's day, when the tables give no office then
    # ("Indonesian defence minister and president-elect Prabowo Subianto ... Prabowo")
    taken = {i for i, m in at.items() if m.form != "person" or day is None or
             table.person_code(m.aliases[0].person or "", day)[0] is not None}
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        key = fold(doc[i].text)
        if key not in words or i in taken or i < first[key] or not doc[i].text[:1].isupper():
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in taken and words.get(fold(doc[end].text)) == \
                words[key] and doc[end].text[:1].isupper():
            end += 1
        out.append(Mention(i, end, doc[i:end].text, (words[key],)))
        i = end
    return out


def _introductions(doc: Doc, found: list[Mention], at: dict[int, Mention],
                   table: ActorTable, lex: Lexicon) -> list[tuple[Span, Alias]]:
    """Names given in full: office holders the tables know (their later surname is the
    same person), and others whose title says whom they speak for."""
    out: list[tuple[Span, Alias]] = []
    known = [doc[m.start:m.end] for m in found if m.form == "person" and m.end - m.start > 1]
    for span in [*known, *_names(doc, at)]:
        code = _office_code(span, at, lex)
        person = at[span.start].aliases[0] if span.start in at else None
        if code is not None:  # the title the article gives is the office on its day
            out.append((span, Alias("named", code=code, person=person.person if person
                                    else span.text, source="article", text=span.text)))
        elif person is not None:
            out.append((span, person))
    return out


def _names(doc: Doc, at: dict[int, Mention]) -> list[Span]:
    """Person names: the parser's person entities, and runs of proper nouns."""
    spans = [e for e in doc.ents if e.label_ in PERSON_LABELS]
    covered = {t.i for e in spans for t in e}
    i = 0
    while i < len(doc):
        if doc[i].pos_ == "PROPN" and i not in covered and i not in at:
            j = i
            while j < len(doc) and doc[j].pos_ == "PROPN" and j not in at and j not in covered:
                j += 1
            spans.append(doc[i:j])
            i = j
        else:
            i += 1
    return [s for s in spans if not any(t.i in at for t in s)]


def _office_code(span: Span, at: dict[int, Mention], lex: Lexicon) -> str | None:
    """The one actor the title next to a name gives: 'Egypt's Foreign Minister X',
    'le ministre burundais de l'Intérieur, X', 'X, the EU official', 'son homologue tadjik X'."""
    inside = {t.i for t in span}
    titles: list[Token] = []
    root = span.root
    for tok in span:
        if dep_of(tok) in NAME_DEPS and tok.head.i not in inside and _is_title(tok.head, lex):
            titles.append(tok.head)
        titles.extend(c for c in tok.children if c.i not in inside and _is_title(c, lex)
                      and dep_of(c) in ("appos", "compound", "nmod", "flat", "flat:name"))
        # "president-elect X" (a title split by the tokenizer), "Indonesian defence minister
        # and president-elect X" (the name the parser coordinated with the first title)
        titles.extend(g for c in tok.children if c.i not in inside and dep_of(c) == "compound"
                      for g in c.children if dep_of(g) == "compound" and _is_title(g, lex))
        if dep_of(tok) == "conj" and tok.head.i not in inside and _is_title(tok.head, lex) \
                and tok.i == root.i:
            titles.append(tok.head)
    titles = [t for t in titles if not _past_title(t, lex)]
    if not titles:
        return None
    codes: set[str] = set()
    for title in titles:
        for t in title.subtree:
            m = at.get(t.i)
            if m is None or t.i in inside or abs(t.i - span.start) > 12 or \
                    _placed(t, title, lex):
                continue
            codes.update(a.code for a in m.aliases
                         if a.code and a.form in ("name", "seat", "adj"))
    for c in root.children:  # "Egypt's Foreign Minister Sameh Shoukry"
        m = at.get(c.i)
        if m is not None and dep_of(c) == "poss":
            codes.update(a.code for a in m.aliases if a.code and a.form != "person")
    return next(iter(codes)) if len(codes) == 1 else None


def _past_title(title: Token, lex: Lexicon) -> bool:
    """A title its holder no longer holds or that is no state's office ("former Prime
    Minister", "l'ancien président", "opposition leader", "chef du Parti travailliste")."""
    clauses = {t.i for c in title.subtree if dep_of(c) in CLAUSE_DEPS for t in c.subtree}
    # (not a word in a clause on the name: "X, who had arrived late Saturday")
    words = [t for t in title.subtree if t.i not in clauses and
             (t.i <= title.i or dep_of(t) in ("nmod", "amod"))]
    if title.i > 0:
        words.append(title.doc[title.i - 1])
    return any(fold(t.text) in lex.former_words or fold(t.lemma_) in lex.party_nouns
               for t in words)


def _is_title(tok: Token, lex: Lexicon) -> bool:
    lemma = fold(tok.lemma_)
    return tok.pos_ in ("NOUN", "PROPN") and (
        lemma in lex.agent_titles or lemma in lex.counterpart or
        fold(tok.text) in lex.agent_titles or lemma in lex.name_titles)


def _placed(tok: Token, title: Token, lex: Lexicon) -> bool:
    """'ambassadeur en Espagne', 'envoy to France': where the office is, not whose it is."""
    cur = tok
    while cur.i != title.i and cur.head.i != cur.i:
        case = case_of(cur)
        if case is not None and (case in lex.destination_preps or case in lex.locative):
            return True
        cur = cur.head
    return False


def _usable_word(tok: Token, key: str, table: ActorTable, lex: Lexicon) -> bool:
    """A word of a name that can stand for the person: capitalised, not an actor's alias
    (a person's is), a courtesy title ("M.", "Mme") or an office."""
    key = key.rstrip(".")
    return (len(key) > 2 and tok.text[:1].isupper() and all(
                a.form == "person" for a in table.aliases.get((key,), ()))
            and key not in lex.honorifics and fold(tok.lemma_) not in lex.agent_titles
            and key not in lex.counterpart)
