"""Parties: the actors a noun phrase, a list or a pronoun names."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors import Mention, fold
from ..events import ActorRef
from ..relations import Relation
from .context import (
    Ctx,
    apposed,
    case_of,
    conjuncts_of,
    definite,
    dep_of,
    dependents,
    sentence_back,
)
from .triggers import match_trigger
from .words import (
    LIST_POS,
    NP_DEPS,
    SUBJECT_DEPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def mention_actor(ctx: Ctx, m: Mention, day: str | None) -> list[ActorRef]:
    if m.codes:
        return [ActorRef(c, ctx.res.actors.actors[c].name, ctx.res.actors.actors[c].kind,
                         None, m.text, ctx.doc[m.start].idx,
                         ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]))
                for c in m.codes if c in ctx.res.actors.actors]
    # ("the kingdom" after Saudi Arabia hosted Morocco's minister: the subject's, else the
    # one named last)
    subject = {a.code for a in ctx.memory.last_subject}
    aliases = sorted(m.aliases, key=lambda a: (-(a.code in subject),
                                               -_last_named_at(ctx, a.code, m.start))
                     if a.form == "anaphor" else (0, 0))
    for alias in aliases:
        if alias.form == "anaphor" and (_last_named_at(ctx, alias.code, m.start) < 0 or
                                        _names_follow(ctx, m.end)):
            continue  # "la Commission" with no European Commission before it: no one;
            # "l'île de Taïwan", "the Kingdom of Bahrain": the name that follows says it
        # ("the bloc" after ASEAN and the EU were named: the one named last)
        res = ctx.res.actors.resolve_alias(alias, day)
        if res:
            actor, agent = res
            span = ctx.doc[m.start:m.end]
            return [ActorRef(actor.code, actor.name, actor.kind, agent, span.text,
                             span.start_char, span.end_char)]
    return []


def _names_follow(ctx: Ctx, end: int) -> bool:
    """Whether "de"/"of" and a name come right after a mention's end."""
    i = end + 1
    while i < len(ctx.doc) and ctx.doc[i].pos_ == "DET":
        i += 1
    return end < len(ctx.doc) and fold(ctx.doc[end].text) in ctx.lex.of and \
        i < len(ctx.doc) and ctx.doc[i].text[:1].isupper()


def _last_named_at(ctx: Ctx, code: str | None, start: int) -> int:
    """Where an actor was last named (not by an anaphor) before a token, or -1."""
    return max((m.start for m in ctx.mentions.values() if m.start < start and (
        code in m.codes or any(a.code == code and a.form != "anaphor" for a in m.aliases))),
        default=-1)


def adj_counts(ctx: Ctx, tok: Token, m: Mention) -> bool:
    """A nationality adjective counts when it modifies a head that stands for the state."""
    if m.form != "adj" and not m.codes:
        return True
    if tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].isupper() and dep_of(tok) not in (
            "amod", "compound"):
        return True  # "les Russes", "the Russians"
    if members_named(ctx, tok, m):
        return False  # "ses partenaires européens": European states, not the EU
    heads = [tok.head]
    if dep_of(tok.head) == "nmod" and case_of(tok.head) in ctx.lex.of and tok.i > tok.head.i:
        heads.append(tok.head.head)  # "le gouvernement de transition malien"
    return any((fold(h.lemma_) in ctx.lex.state_heads or fold(h.text) in ctx.lex.state_heads)
               and not group_not_stance(ctx, h) and not any(
                   # "Belarusian opposition leader": the group's leader, not the state's
                   dep_of(c) in ("compound", "amod") and c.i != tok.i and
                   group_not_stance(ctx, c) for c in h.children) for h in heads)


def members_named(ctx: Ctx, tok: Token, m: Mention) -> bool:
    """Whether an organisation's adjective on a plural member noun names its member states
    or their people, not the organisation ("ses partenaires européens", "European
    nationals")."""
    head = tok.head
    return (fold(head.lemma_) in ctx.lex.member_nouns or
            fold(head.text) in ctx.lex.member_nouns) and \
        "Number=Plur" in str(head.morph) and all(
            (actor := ctx.res.actors.actors.get(alias.code or "")) is not None and
            actor.kind != "state" for alias in m.aliases)


def group_not_stance(ctx: Ctx, head: Token) -> bool:
    """A head that is a state's stance only when it says what about ("l'opposition russe à
    l'élargissement"); alone it is a group inside the state ("soutien à l'opposition
    biélorusse"), not the state."""
    return fold(head.lemma_) in ctx.lex.stance_heads and not any(
        dep_of(c) in ("prep", "nmod") and c.i > head.i and (case_of(c) or fold(c.text)) in
        ctx.lex.stance_preps for c in head.children)


def _pair(ctx: Ctx, tok: Token) -> list[ActorRef] | None:
    """A group noun's actors ("les deux pays", "the three countries"), unless they are the
    very actors of its clause's subject: "Riyadh and Washington urged both parties" points
    to two others, not back to the two urging."""
    found = _group(ctx, tok)
    if found and dep_of(tok) not in SUBJECT_DEPS:
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if dep_of(c) in SUBJECT_DEPS), None)
        if subject is not None and not subject.left_edge.i <= tok.i <= subject.right_edge.i:
            own = {a.code for a in actors_of(ctx, subject, ctx.reference)}
            if {a.code for a in found} <= own:
                return []
    return found


# Dependents that say whose a noun is ("les dirigeants du G7", "the G7 leaders")
_NAMING_DEPS = ("nmod", "amod", "compound", "poss", "nmod:poss", "prep", "appos", "acl")


def _group(ctx: Ctx, tok: Token) -> list[ActorRef] | None:
    """'les deux pays', 'both countries': the last two distinct actors named (people only
    with an article, or "both": "les deux dirigeants", not "two leaders")."""
    if fold(tok.lemma_) not in ctx.lex.pair_heads and fold(tok.text) not in ctx.lex.pair_heads:
        return None
    states = fold(tok.lemma_) in ctx.lex.state_nouns or fold(tok.text) in ctx.lex.state_nouns
    size = _group_size(ctx, tok)
    if size is not None and size > 2:
        # "les trois pays", "the three countries" (states, not the bloc they left): the
        # last list of that many named, else the last that many actors named; with no
        # article, some others ("expelled four men for spying")
        if not definite(ctx, tok):
            return None
        listed = next((g for g in reversed(ctx.memory.groups) if len(g) == size), None)
        return [replace(a, agent=None) for a in listed] if listed else \
            _last_named(ctx, size, states)
    if size is None and states and ctx.memory.groups and any(
            dep_of(c) == "det" and {"Number=Plur", "PronType=Dem"} <= set(c.morph)
            for c in tok.children) and not any(
            dep_of(c) in ("acl", "relcl", "acl:relcl") for c in tok.children):
        # "accusing these nations of interfering", "a accusé ces pays d'ingérence": with
        # no number, a demonstrative points to the list of states named in its sentence or
        # the two before (not "those countries that abstained": which, the clause says)
        since = ctx.doc[sentence_back(ctx, tok, 2)].idx
        named = [g for g in (ctx.memory.groups[-1], ctx.memory.last_subject)
                 if len(g) >= 2 and g[0].start is not None and since <= g[0].start < tok.idx]
        if not named:
            return None
        # (the later of the last list and the last plural subject: "Le Maroc et l'Algérie
        # ont rompu... ont critiqué ces pays"; none when other states were spoken of since:
        # "Several Western nations expelled... Moscow accused these nations")
        listed = max(named, key=lambda g: g[0].start or 0)
        end = max((a.end for a in listed if a.end is not None), default=tok.idx)
        after = ctx.doc.char_span(end, tok.idx, alignment_mode="expand")
        if after is not None and any(fold(t.lemma_) in ctx.lex.state_nouns and
                                     "Number=Plur" in str(t.morph) for t in after):
            return None
        return [replace(a, agent=None) for a in listed]
    people = fold(tok.lemma_) in ctx.lex.people or fold(tok.text) in ctx.lex.people
    if size is None and people and "Number=Plur" in str(tok.morph) and \
            dep_of(tok) in SUBJECT_DEPS and definite(ctx, tok) and \
            not any(dep_of(c) in _NAMING_DEPS for c in tok.children):
        # "the ministers also met Blinken": with no number, the two people named before
        # in this sentence or the last (when exactly two spoke for states there)
        return _two_people_before(ctx, tok)
    if size is None and states and "Number=Sing" in str(tok.morph) and \
            dep_of(tok) in ("obj", "dobj") and definite(ctx, tok) and not any(
                dep_of(c) in _NAMING_DEPS and c.i > tok.i and
                not any(g.pos_ in ("VERB", "AUX") for g in c.subtree) and
                (dep_of(c) != "amod" or c.i in ctx.mentions) for c in tok.children):
        # "accused the country of colluding", "accused the Maghreb country of fomenting
        # hatred" (a clause after it says of what, not whose): the last state named that
        # is not the one acting
        return _other_state_before(ctx, tok)
    if size != 2:
        return None
    if not states and (any(c.i in ctx.mentions and any(
            a.kind == "state" for a in mention_actor(ctx, ctx.mentions[c.i], None))
            for c in tok.children) or not any(
            fold(c.text) in ctx.lex.pair_articles for c in tok.children)):
        return None  # "deux ministres maliens", "two leaders met": no pair named (but "the
        # two European powers", "les deux dirigeants" are)
    here = _two_named_before(ctx, tok, people)
    if here is not None:
        # "X met Y, and the two leaders agreed": the two this sentence has just named
        return here
    if ctx.memory.last_pair and not people:
        # the two sides of the last relation reported, not whoever was named last
        return [replace(x, agent=None) for x in ctx.memory.last_pair]
    found = _last_two(ctx, people)
    if found is None and people:
        # "both leaders" after "between Thailand and Cambodia": no leader named, the
        # leaders of the two sides
        if ctx.memory.last_pair:
            return [replace(x, agent=None) for x in ctx.memory.last_pair]
        found = _last_two(ctx, False)
    return found


def _group_size(ctx: Ctx, tok: Token) -> int | None:
    """How many a group noun counts: "les deux pays", "both sides", "les 2 gouvernements"
    (2), "the three states", "les 4 délégations" (3, 4); None for no number."""
    for c in tok.children:
        word = fold(c.text)
        if word in ctx.lex.pair_words:
            return 2
        if word in ctx.lex.group_sizes:
            return ctx.lex.group_sizes[word]
        if word.isdigit():
            return int(word)
    return None


def _two_named_before(ctx: Ctx, tok: Token, people: bool) -> list[ActorRef] | None:
    """The actors named in tok's sentence before it (by persons, if `people`), when they
    are exactly two and tok is the subject of a clause of its own ("X met Y, and the two
    leaders agreed"; not "X and Y hosted talks between the two sides")."""
    left = tok.left_edge.i
    if not (dep_of(tok) in SUBJECT_DEPS or dep_of(tok) == "conj" and (
            tok.head.pos_ == "VERB" or left > 0 and tok.doc[left - 1].text == "," and
            fold(tok.doc[left].text) in ("et", "and"))):
        return None  # (", et les deux chefs d'État ont convenu": a clause misread as a
        # conjunct of the object before it)
    def keep(m: Mention, a: ActorRef) -> bool:
        # (not what talks were "on": "hosted talks on Gaza, and the two sides")
        return adj_counts(ctx, ctx.doc[m.start], m) and not any(
            case_of(t) in ctx.lex.topic_preps for t in ctx.doc[m.start:m.end]) and \
            a.kind != "group" and bool(a.agent or not people)

    return _exactly_two(ctx, ctx.sent_of[tok.i], tok, keep)


def _exactly_two(ctx: Ctx, first: int, tok: Token,
                 keep: Callable[[Mention, ActorRef], bool]) -> list[ActorRef] | None:
    """The distinct actors (as states) of the mentions from token `first` up to tok that
    `keep` accepts, when they are exactly two."""
    seen: dict[str, ActorRef] = {}
    lo, hi = bisect_left(ctx.starts, first), bisect_left(ctx.starts, tok.i)
    for start in ctx.starts[lo:hi]:
        m = ctx.mentions[start]
        for a in mention_actor(ctx, m, ctx.reference):
            if keep(m, a):
                seen.setdefault(a.code, replace(a, agent=None))
    return list(seen.values()) if len(seen) == 2 else None


def _bare_title(ctx: Ctx, tok: Token) -> bool:
    """A definite singular title with nothing saying whose ("the ambassador", "le
    ministre"), not itself part of a name."""
    return fold(tok.lemma_) in ctx.lex.agent_titles and tok.i not in ctx.mentions and \
        "Number=Plur" not in str(tok.morph) and definite(ctx, tok) and not any(
            c.i in ctx.mentions or
            dep_of(c) in ("poss", "nmod:poss", "appos", "flat", "flat:name", "nummod") or
            (dep_of(c) in ("nmod", "prep") and (case_of(c) or fold(c.text)) in ctx.lex.of)
            for c in tok.children)


def _titled_before(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The actors of the last phrase in the three sentences before tok (or its own, before
    it) that gives a person the same title: "Kang Chol, North Korea's ambassador",
    "Prime Minister Anthony Albanese"."""
    sent = sentence_back(ctx, tok, 3)
    title = fold(tok.lemma_)
    for t in reversed(ctx.doc[sent:tok.i]):
        if fold(t.lemma_) != title or t.i == tok.i:
            continue
        heads = [t] + ([t.head] if dep_of(t) in ("compound", "appos", "flat", "flat:name")
                       else [])
        heads += [c for c in t.children if dep_of(c) in ("appos", "flat", "flat:name")]
        for h in heads:
            acts = _np_search(ctx, h, day, False)
            if acts:
                return [replace(a, mention=None, start=None, end=None) for a in acts[:1]]
    return []


def _other_state_before(ctx: Ctx, tok: Token) -> list[ActorRef] | None:
    """The state named last before tok (in its sentence, else before it) that is not among
    the subjects of tok's clause and the clauses above it ("The US accused Iran of arming
    the country" is neither's)."""
    from .arguments import subject_of  # (arguments builds on this module)
    own: set[str] = set()
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            own |= {a.code for a in subject_of(ctx, verb, ctx.reference)[0]}
            if any(dep_of(c) in SUBJECT_DEPS for c in verb.children):
                break  # (a clause with a subject of its own is the last that acts)
        if verb.head.i == verb.i:
            break
        verb = verb.head
    if not own:
        return None  # no one named acting: the country may be anyone's
    here = preceding_actors(ctx, tok, ctx.reference)
    for a in [*reversed(here), *reversed(ctx.memory.recent)]:
        if a.kind == "state" and a.code not in own:
            return [replace(a, agent=None)]
    return None


def _two_people_before(ctx: Ctx, tok: Token) -> list[ActorRef] | None:
    """The states of the people named in tok's sentence and the one before it, when they
    are exactly two: by name, or by a title their state qualifies ("Somali Foreign
    Minister Ahmed Fiqi", whose name no list holds)."""
    def keep(m: Mention, a: ActorRef) -> bool:
        # (the title a few complements up: "les ministres des affaires étrangères de
        # l'Arménie et de l'Azerbaïdjan")
        cur, titled = ctx.doc[m.end - 1], False
        for _ in range(4):
            if dep_of(cur) not in ("nmod", "conj", "pobj", "prep", "amod", "poss",
                                   "compound") or cur.head.i == cur.i or \
                    dep_of(cur) in ("nmod", "pobj") and case_of(cur) not in (
                        None, *ctx.lex.of) or \
                    dep_of(cur) == "prep" and fold(cur.text) not in ctx.lex.of:
                break  # (only through "de"/"of": not "en visite à la frontière du Tchad")
            cur = cur.head
            if fold(cur.lemma_) in ctx.lex.agent_titles or fold(cur.lemma_) in ctx.lex.counterpart:
                titled = True
                break
        return bool(a.agent or titled) and a.kind != "group"

    return _exactly_two(ctx, sentence_back(ctx, tok, 1), tok, keep)


def _last_two(ctx: Ctx, people: bool) -> list[ActorRef] | None:
    """The last two distinct actors named (by a person speaking for them, if `people`)."""
    seen: list[ActorRef] = []
    for a in reversed(ctx.memory.recent):
        if people and not a.agent:
            continue
        if a.code not in {s.code for s in seen}:
            seen.append(a)
        if len(seen) == 2:
            return [replace(x, agent=None) for x in reversed(seen)]
    return None


def _last_named(ctx: Ctx, n: int, states: bool = False) -> list[ActorRef] | None:
    """The last `n` distinct actors named (states only, if asked; no persons' titles)."""
    seen: list[ActorRef] = []
    for a in reversed(ctx.memory.recent):
        if states and a.kind != "state":
            continue
        if a.code not in {s.code for s in seen}:
            seen.append(replace(a, agent=None))
        if len(seen) == n:
            return list(reversed(seen))
    return None


def _sharing(ctx: Ctx, head: Token, day: str | None) -> list[ActorRef]:
    """The name that shares its last words with the head's ("North and South Korea": North
    Korea beside South Korea; "la Corée du Nord et du Sud"), wherever the parser hung it."""
    m = ctx.mentions.get(head.i)
    if m is None:
        return []
    doc = ctx.doc
    out: list[ActorRef] = []
    before = ctx.mentions.get(m.start - 2) if m.start >= 2 else None
    if before is not None and before.end == m.start - 1 and before.end - before.start == 1 \
            and doc[m.start - 1].pos_ == "CCONJ":
        out.extend(mention_actor(ctx, before, day))
    after = ctx.mentions.get(m.end + 1) if m.end + 1 < len(doc) else None
    if after is not None and after.start == m.end + 1 and doc[m.end].pos_ == "CCONJ" and \
            doc[after.start].pos_ in ("ADP", "DET"):  # ("et du Sud": no name of its own)
        out.extend(mention_actor(ctx, after, day))
    return out


def actors_of(ctx: Ctx, tok: Token, day: str | None, loose: bool = False) -> list[ActorRef]:
    """The actors a noun phrase names: its conjuncts, each searched breadth-first."""
    out: list[ActorRef] = []
    for head in conjuncts_of(tok):
        pair = _pair(ctx, head)
        if pair is not None and not pair:
            continue  # a group noun that points past its clause's subject: no one named
        if pair:
            out.extend(pair)
            continue
        if fold(head.text) in ctx.lex.pronouns and not loose:
            continue
        found = _np_search(ctx, head, day, loose)
        found = [a for a in _sharing(ctx, head, day)
                 if a.code not in {f.code for f in found}] + found
        if not found and fold(head.lemma_) in ctx.lex.state_anaphors and definite(ctx, head):
            # "the junta told France": the state last named with a junta
            owner = ctx.memory.anaphor_states.get(fold(head.lemma_))
            found = [replace(owner, mention=None, start=None, end=None)] if owner else []
        if not found and _described_state(ctx, head):
            # "the Central Asian country condemned", "le pays ouest-africain a dénoncé": a
            # state described, the one state named before it in its sentence, else the last
            # subject if it was a state's name, else the state the same description was read
            # as before (not an official's state: "the Andean country ... Chile's minister
            # said ... the Andean country"), else the last subject, else the state last named
            description = description_key(head)
            before = {a.code: a for a in _named_before(ctx, head, day)
                      if a.kind == "state" and not a.agent}  # (a state, not its official)
            last = [a for a in ctx.memory.last_subject if a.kind == "state"]
            one = list(before.values()) if len(before) == 1 else []  # (two: which?)
            same = ctx.memory.anaphor_states.get(description)
            # (a state introduced by that very description: "the Pacific island nation of
            # Nauru", "Nauru, a Pacific island nation")
            introduced = ctx.memory.anaphor_states.get("introduced " + description)
            named = last[:1] if ctx.memory.subject_named else []
            if introduced is not None and (
                    not named or introduced.code in {a.code for a in last}):
                named = [introduced]  # (unless another state was the subject since)
            found = [replace(x, mention=None, start=None, end=None, agent=None) for x in (
                one or named or
                ([same] if same else last[:1]) or _last_named(ctx, 1, states=True) or [])]
            if found:
                ctx.memory.anaphor_states[description] = found[0]
        out.extend(found)
    codes: dict[str, ActorRef] = {}
    for a in out:
        if a.code not in codes or (a.agent and not codes[a.code].agent):
            codes[a.code] = a
    return list(codes.values())


def description_key(head: Token) -> str:
    """What a state noun's description says, whatever the noun ("the Pacific island
    country", "the Pacific island nation": "described island pacific")."""
    return "described " + " ".join(sorted(
        fold(c.lemma_) for c in head.children if dep_of(c) in ("amod", "compound")))


def described_by(ctx: Ctx, tok: Token) -> Token | None:
    """The state noun that introduces a name with a description of its own: "the Pacific
    island nation of Nauru", "Nauru, a Pacific island nation"."""
    up = tok.head.head if dep_of(tok) == "pobj" and fold(tok.head.text) in ctx.lex.of else \
        tok.head if dep_of(tok) == "nmod" and case_of(tok) in ctx.lex.of else None
    nouns = [up] if up is not None else []
    nouns += [c for c in tok.children if dep_of(c) == "appos"]
    if dep_of(tok) == "appos":
        nouns.append(tok.head)
    for noun in nouns:
        if fold(noun.lemma_) in ctx.lex.state_nouns and "Number=Plur" not in str(noun.morph) \
                and any(dep_of(c) in ("amod", "compound") for c in noun.children):
            return noun
    return None


def _described_state(ctx: Ctx, head: Token) -> bool:
    """A singular state noun with the definite article and a modifier of its own ("the
    Central Asian country", "the Gulf state", "le pays ouest-africain"), naming no actor;
    not the other one ("le pays voisin", "the neighbouring state": which, the text says)."""
    if fold(head.lemma_) not in ctx.lex.state_nouns or "Number=Plur" in str(head.morph) or \
            any(t.i in ctx.mentions and ctx.doc[t.i].pos_ != "ADJ" and not (
                # ("the Pacific island country": "island" only describes it)
                ctx.mentions[t.i].form == "anaphor" and dep_of(t) in ("compound", "amod"))
                for t in head.subtree):
        return False
    kids = list(head.children)
    mods = [c for c in kids if dep_of(c) in ("amod", "compound")]
    return definite(ctx, head) and \
        bool(mods) and not any(fold(c.lemma_) in ctx.lex.other_words or
                               fold(c.text) in ctx.lex.other_words for c in mods)


def _named_before(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """Actors named by name (no adjective) earlier in tok's sentence, in order."""
    out: list[ActorRef] = []
    seen: set[int] = set()
    for i in range(ctx.sent_of[tok.i], tok.i):
        m = ctx.mentions.get(i)
        if m is not None and m.start not in seen and m.form != "adj" and not m.codes:
            seen.add(m.start)
            out.extend(mention_actor(ctx, m, day))
    return out


def _act_complement(ctx: Ctx, tok: Token, c: Token) -> bool:
    """Whether `c` is a non-"de"/"of" complement of a relation noun that names no actor
    ("action against Iran", "les sanctions contre Moscou"): it names that act's target."""
    if tok.pos_ != "NOUN" or tok.i in ctx.mentions:
        return False
    prep = fold(c.text) if dep_of(c) == "prep" else case_of(c) if dep_of(c) in (
        "nmod", "obl:arg") else None
    if prep is None or prep in ctx.lex.of | ctx.lex.agent | ctx.lex.between:
        return False  # ("any move by Ethiopia": the doer; "the dispute between X and Y": its
        # sides, whom a mediation is between too)
    return fold(tok.lemma_) in ctx.lex.act_nouns or match_trigger(ctx, tok) is not None


def _place(ctx: Ctx, tok: Token) -> bool:
    """A place noun, not a party; but an embassy or consulate is its state's ("un
    diplomate de l'ambassade de Chine")."""
    lemma = fold(tok.lemma_)
    return lemma in ctx.lex.place_nouns and lemma not in ctx.lex.owned_places or \
        lemma in ctx.lex.go_between_nouns  # "par l'entremise de la Chine": no party either


def _np_search(ctx: Ctx, head: Token, day: str | None, loose: bool) -> list[ActorRef]:
    if head.i not in ctx.mentions and _place(ctx, head):
        return []  # "on the South Lawn of the White House": a place, not a party
    queue = [head]
    agent: str | None = None
    found: list[ActorRef] = []
    seen = set()
    owned = ctx.lex.owned_places | ctx.lex.institution_nouns
    while queue:
        tok = queue.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        m = ctx.mentions.get(tok.i)
        if m is None and tok is not head and not found and _group_size(ctx, tok) == 2:
            pair = _pair(ctx, tok)
            if pair:  # "the willingness of both sides", "l'appel des deux pays"
                found = pair
                continue
        if m is None and not found and _bare_title(ctx, tok):
            # "Malaysia later expelled the ambassador", "an apology from the ambassador",
            # "The prime minister met Xi": whom the last person given that title speaks for
            found = _titled_before(ctx, tok, day)
        if m and adj_counts(ctx, tok, m):
            acts = mention_actor(ctx, m, day)
            person = [a for a in acts if a.agent]
            if person and not agent:
                agent = person[0].agent
            if acts and not found:
                found = list(acts)
            if acts and tok is not head and m.form != "adj":
                # "relations with the UAE and Bahrain": the mention's conjuncts too (on any
                # of its tokens: "le président azerbaïdjanais Ilham Aliev et Nikol
                # Pachinian" hangs "Nikol" on "Ilham")
                for c in [c for t in ctx.doc[m.start:m.end] for c in conjuncts_of(t)[1:]
                          if not m.start <= c.i < m.end]:
                    cm = ctx.mentions.get(c.i)
                    if cm is not None:
                        found.extend(a for a in mention_actor(ctx, cm, day)
                                     if a.code not in {f.code for f in found})
        if (m is None or not mention_actor(ctx, m, day)) and tok is not head and \
                _place(ctx, tok):
            continue  # "the documents on the South Lawn of the White House": a place
        for c in tok.children:
            d = dep_of(c)
            if d == "conj" and tok is head:
                continue
            if d in NP_DEPS or (loose and d in ("acl", "obl:agent", "agent", "nmod", "obl")) \
                    or d == "acl" and c.i in ctx.mentions or \
                    d == "acl" and _leads(ctx, c) or \
                    d in ("agent", "obl:agent") and _leads(ctx, tok) or \
                    d in ("acl:relcl", "relcl") and c.i in ctx.mentions and \
                    c.pos_ == "PROPN" and tok is head:
                # ("diplomates russes" as a verb; "a delegation led by X": X's; "plusieurs
                # pays dont le Panama et le Salvador": a verbless relative of members)
                # (a place is no party, but an embassy or a ministry is its state's: "a
                # counsellor at the French embassy", "a director at Ghana's foreign
                # ministry", "conseiller à l'ambassade de Chine")
                if d in ("nmod", "obl:arg", "pobj") and case_of(c) in ctx.lex.locative and \
                        not loose and fold(c.lemma_) not in owned:
                    continue
                if not loose and _act_complement(ctx, tok, c):
                    continue  # "against any military action against Iran": the act's target
                if fold(c.lemma_) in ctx.lex.counsel_nouns and case_of(c) is not None:
                    continue  # "une délégation contre l'avis du Maroc": whose counsel
                if d == "prep" and fold(c.text) in ctx.lex.locative and not (
                        loose and fold(tok.lemma_) in ctx.lex.institution_nouns) and not any(
                        fold(g.lemma_) in owned for g in c.children):
                    continue  # (but "the foreign ministry in Ankara" is Turkey's)
                if loose and d in ("acl", "obl", "nmod") and tok is not head \
                        and case_of(c) not in ctx.lex.agent and d != "acl":
                    continue
                queue.append(c)
    if found and agent and not any(a.agent for a in found):
        found = [replace(found[0], agent=agent)] + found[1:]
    if found and found[0].start is not None and head.pos_ == "NOUN":
        # "the British, French and German ambassadors": every nationality on the head
        codes = {a.code for a in found}
        stands = fold(head.lemma_) in ctx.lex.state_heads or fold(head.text) in ctx.lex.state_heads
        for c in head.children:
            for adj in (conjuncts_of(c) if dep_of(c) == "amod" and stands else []):
                m = ctx.mentions.get(adj.i)
                if m is not None and m.form == "adj":
                    for a in mention_actor(ctx, m, day):
                        if a.code not in codes:
                            codes.add(a.code)
                            found.append(a)
    return found


def _leads(ctx: Ctx, verb: Token) -> bool:
    """Whether a participle on a group or a state says who leads it ("a delegation led by",
    "une mission conduite par", "le pays présidé par")."""
    return dep_of(verb) == "acl" and fold(verb.lemma_) in ctx.lex.leading_verbs and (
        fold(verb.head.lemma_) in ctx.lex.state_heads | ctx.lex.state_nouns)


def listed_before(ctx: Ctx, subj: Token, day: str | None) -> list[ActorRef]:
    """Names listed before the last of coordinated subjects the parser kept alone: "Les
    pays du G7, l'Union européenne et l'Australie ont décidé" (only "Australie" nsubj)."""
    doc = ctx.doc
    j = subj.left_edge.i - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    start = ctx.sent_of[subj.i]
    # "Chile, Peru as well as Bolivia", "la France ainsi que l'Allemagne"
    multi = next((len(w) for w in ctx.lex.coordinators if j - len(w) + 1 > start and
                  tuple(fold(t.text) for t in doc[j - len(w) + 1:j + 1]) == w), 0)
    j -= max(multi - 1, 0)
    if j < start or not multi and fold(doc[j].text) not in ("et", "and", ","):
        return []
    if any(doc[k].pos_ not in LIST_POS or doc[k].text in (";", ":", "(", ")")
           or doc[k].pos_ == "ADP" and fold(doc[k].text) not in ctx.lex.of
           for k in range(start, j)):
        # only a plain list from the start of the sentence ("Avant Paris," is not); or one
        # name right after a fronted phrase and its comma, which the parser hung on that
        # phrase ("En mars, Ryad et Téhéran ont scellé un accord")
        comma = next((k for k in range(j - 1, start - 1, -1) if doc[k].text == ","), None)
        if comma is None or not multi and fold(doc[j].text) == ",":
            return []
        k = comma + 1
        while k < j and doc[k].pos_ == "DET":
            k += 1
        m = ctx.mentions.get(k)
        if m is None or m.start != k or m.end != j or m.form == "adj":
            return []
        return list(mention_actor(ctx, m, day))
    out: list[ActorRef] = []
    i = start
    while i < j:
        m = ctx.mentions.get(i)
        if m is not None and m.start == i and adj_counts(ctx, doc[i], m):
            out.extend(mention_actor(ctx, m, day))
            i = m.end
        else:
            i += 1
    return out


# Punctuation after which a new clause's subject may start
CLAUSE_BREAKS = frozenset({",", ":", ";"})


def bare_subject(ctx: Ctx, verb: Token, day: str | None) -> list[ActorRef]:
    """The names right before a verb the parser gave no subject, back to the comma that
    ends an inserted phrase ("Lors de cette rencontre, Washington et Pékin sont convenus",
    parsed as conjuncts of "rencontre")."""
    doc = ctx.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].pos_ == "AUX" or fold(doc[j].text) in ("se", "s'", "ne", "n'")):
        j -= 1
    start = ctx.sent_of[verb.i]
    # (a finite verb after a name set off by commas: not "L'Inde et la Chine, devenues...")
    apposed = j > start and doc[j].text == "," and doc[j - 1].pos_ == "PROPN" and (
        "VerbForm=Fin" in str(verb.morph) or any(dep_of(c).startswith("aux")
                                                 for c in verb.children))
    name = j - 1
    while apposed and name > start and doc[name - 1].pos_ == "PROPN":
        name -= 1
    apposed = apposed and name - 2 >= start and doc[name - 1].text == "," and (
        doc[name - 2].pos_ in ("NOUN", "ADJ") or _titled_phrase(ctx, doc[name - 2], start))
    if apposed:
        j -= 1  # "..., le chef du gouvernement israélien, Benyamin Netanyahou, a salué"
    k = j
    while k >= start and _in_bare_subject(ctx, k, start, apposed):
        if doc[k].text == ",":
            apposed = False  # (one apposed name)
        k -= 1
    if k == j or (k >= start and doc[k].text not in CLAUSE_BREAKS and doc[k].pos_ != "SCONJ"):
        return []  # only after an inserted phrase's comma, a colon ("La réaction ne s'est
        # pas fait attendre : Pékin a convoqué") or a conjunction ("tandis que")
    out: list[ActorRef] = []
    i = k + 1
    brief = False  # (what a title is "pour": "l'envoyé américain pour la Syrie" is no Syrian)
    while i <= j:
        brief = fold(doc[i].text) in ctx.lex.for_preps or brief and doc[i].text != ","
        m = ctx.mentions.get(i)
        if m is not None and m.start == i and not brief and adj_counts(ctx, doc[i], m):
            out.extend(a for a in mention_actor(ctx, m, day) if a.code not in
                       {o.code for o in out})
            i = m.end
        else:
            i += 1
    return out


def _in_bare_subject(ctx: Ctx, k: int, start: int, apposed: bool) -> bool:
    """Whether token k can be inside a subject the parser left unattached: a noun phrase
    with its "de" complements ("le chef du gouvernement israélien") and, when the subject
    ends with a name set off by commas, the comma before that name ("..., Benyamin
    Netanyahou,")."""
    tok = ctx.doc[k]
    if tok.text == ",":
        return apposed and k > start and ctx.doc[k + 1].pos_ == "PROPN" and (
            ctx.doc[k - 1].pos_ in ("NOUN", "ADJ") or _titled_phrase(ctx, ctx.doc[k - 1], start))
    return tok.pos_ in ("PROPN", "NOUN", "DET", "CCONJ", "ADJ", "NUM") or \
        tok.pos_ == "ADP" and (fold(tok.text) in ctx.lex.of or fold(tok.text) in
                               ctx.lex.for_preps and _titled_phrase(ctx, ctx.doc[k - 1], start))


def _titled_phrase(ctx: Ctx, tok: Token, start: int) -> bool:
    """Whether tok ends a title's phrase, with its "de" or "pour" complements: "l'envoyé
    américain pour les Balkans, Gabriel Escobar, a demandé"."""
    i = tok.i
    while i >= start and (ctx.doc[i].pos_ in ("PROPN", "DET", "NOUN", "ADJ") or
                          fold(ctx.doc[i].text) in ctx.lex.of | ctx.lex.for_preps):
        if fold(ctx.doc[i].lemma_) in ctx.lex.agent_titles:
            return True
        i -= 1
    return False


def skip_mention(ctx: Ctx, i: int, words: set[str]) -> int | None:
    """After one of `words` and its articles, the end of the name there, if any."""
    doc = ctx.doc
    if i >= len(doc) or fold(doc[i].text) not in words:
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    m = ctx.mentions.get(i)
    return m.end if m is not None and m.start == i and m.form != "adj" else None


def preceding_actors(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """Actors named earlier in tok's sentence, in order (the antecedents of a possessive)."""
    out: list[ActorRef] = []
    start = ctx.sent_of[tok.i]
    seen: set[int] = set()
    for i in range(start, tok.i):
        m = ctx.mentions.get(i)
        if m is None or m.start in seen:
            continue
        seen.add(m.start)
        adj = ctx.doc[m.start]
        if m.form != "adj" and not m.codes or m.form == "adj" and \
                dep_of(adj.head) in SUBJECT_DEPS and adj_counts(ctx, adj, m):
            # (an adjective that stands for its state in a subject: "the Tunisian foreign
            # ministry voiced its concern"; not "summoned the Iranian envoy to voice its
            # protest")
            out.extend(mention_actor(ctx, m, day))
    return out or list(ctx.memory.recent[-1:])


def actors_or_owner(ctx: Ctx, arg: Token, rel: Relation, day: str | None
                     ) -> list[ActorRef]:
    """The actors an oblique names or, for a stance or a use of force, the state that
    qualifies it: "s'est rallié au plan d'autonomie marocain", "massé des troupes près de la
    frontière ukrainienne"."""
    found = actors_of(ctx, arg, day)
    if not found and rel.has("stance", "force") and (arg.pos_ == "NOUN" or (
            # "Petrocaribe, a Venezuelan state-owned firm", "une société contrôlée par l'État
            # vénézuélien": a name no table holds, described as a state's (not "Salman Rushdie,
            # a British author")
            arg.pos_ == "PROPN" and arg.i not in ctx.mentions and any(
                fold(t.text) in ctx.lex.state_owned_words or
                fold(t.lemma_) in ctx.lex.state_nouns and dep_of(t) in ("obl:agent", "pobj")
                for a in apposed(arg) for t in a.subtree))):
        found = owner_adjective(ctx, arg, day, depth=2) or [
            x for a in apposed(arg) for x in owner_adjective(ctx, a, day, depth=2)]
    if not found and rel.has("measure") and arg.pos_ == "NOUN":
        # "une taxe sur les produits importés de Serbie", "a ban on goods made in China"
        found = [a for c in arg.children
                 if dep_of(c) == "acl" and fold(c.lemma_) in ctx.lex.import_verbs
                 for _, g, prep in dependents(c)
                 if prep in ctx.lex.origin_preps | ctx.lex.locative
                 for a in actors_of(ctx, g, day)]
    return found


def adjective_owners(ctx: Ctx, noun: Token, day: str | None) -> list[ActorRef]:
    """The states a noun's own nationality adjectives name ("la décision française", "the
    Chinese ban", "les troupes françaises")."""
    return [a for c in noun.children if dep_of(c) == "amod"
            for m in [ctx.mentions.get(c.i)] if m is not None and m.form == "adj"
            for a in mention_actor(ctx, m, day)]


def owner_adjective(ctx: Ctx, obj: Token, day: str | None, depth: int = 4,
                    places: bool = True) -> list[ActorRef]:
    """The state a nationality adjective names inside an object noun phrase (`depth`
    levels down at most, no verb in between): "le prix du baril de pétrole russe"; without
    `places`, not past a preposition of place ("backs the rebels in the Syrian war": the
    rebels are not Syria's)."""
    level = [obj]
    for _ in range(depth):
        nxt: list[Token] = []
        for t in level:
            for c in t.children:
                m = ctx.mentions.get(c.i)
                if dep_of(c) in ("amod", "compound") and m is not None and m.form == "adj" \
                        and not group_not_stance(ctx, t) and not members_named(ctx, c, m) \
                        and not (
                            not places and t.i != obj.i and
                            fold(t.lemma_) in ctx.lex.territory_nouns | ctx.lex.place_nouns):
                    # ("some Thai imports": the parser tags the adjective as a name; without
                    # places, "denied the presence of mercenaries on Ukrainian territory"
                    # is no stance on Ukraine; "les produits serbes et bosniens": both)
                    found = mention_actor(ctx, m, day)
                    for adj in conjuncts_of(c)[1:]:
                        am = ctx.mentions.get(adj.i)
                        if am is not None and am.form == "adj":
                            found += [a for a in mention_actor(ctx, am, day)
                                      if a.code not in {f.code for f in found}]
                    return found
                if not places and (case_of(c) or fold(c.text)) in ctx.lex.locative and \
                        dep_of(c) in ("nmod", "prep"):
                    continue
                if c.pos_ in ("NOUN", "PROPN") and dep_of(c) in ("nmod", "pobj", "prep",
                                                               "compound"):
                    nxt.append(c)
                elif dep_of(c) == "prep":
                    nxt.extend(g for g in c.children if dep_of(g) == "pobj")
                elif dep_of(c) == "acl" and "VerbForm=Part" in str(c.morph):
                    # "Petrocaribe, une société contrôlée par l'État vénézuélien": run by a state
                    nxt.extend(g for _, g, prep in dependents(c)
                               if prep in ctx.lex.agent and
                               fold(g.lemma_) in ctx.lex.state_nouns | ctx.lex.state_heads)
        level = nxt
    return []


def listed_after(ctx: Ctx, first: ActorRef, day: str | None, pair: bool = False
                 ) -> list[ActorRef]:
    """Names listed right after a name, by commas and a last "et"/"and", when none of them
    is parsed as its conjunct: "Washington, Londres et Canberra"; with `pair`, also a
    single "et"/"and" ("entre la Russie et l'Ukraine" with "l'Ukraine" parsed elsewhere)."""
    doc = ctx.doc
    span = doc.char_span(first.start or 0, first.end or 0, alignment_mode="expand")
    if span is None or any(dep_of(c) == "conj" for t in span for c in t.children):
        return []
    out: list[ActorRef] = []
    # ("au Bénin, au Togo et au Nigeria": the first name's preposition, said again)
    again = {fold(doc[span.start - 1].text)} if span.start and doc[span.start - 1].pos_ == "ADP" \
        else set()
    i = span.end
    while i < len(doc) and doc[i].text == "," or (
            i < len(doc) and fold(doc[i].text) in ("et", "and") and (out or pair)):
        last = fold(doc[i].text) in ("et", "and")
        j = i + 1
        if j < len(doc) and fold(doc[j].text) in ("et", "and"):
            last, j = True, j + 1  # "A, B, and C"
        while j < len(doc) and (doc[j].pos_ == "DET" or doc[j].pos_ == "ADP" and
                                fold(doc[j].text) in ctx.lex.of | again):
            j += 1  # ("du Portugal, de la Lettonie et de l'Estonie")
        m = ctx.mentions.get(j)
        if m is None or m.start != j or m.form == "adj":
            return out if last else []
        if doc[i].text == "," and fold(doc[i + 1].text) in ("et", "and") and \
                any(dep_of(t) in SUBJECT_DEPS and t.head.i >= m.end for t in doc[m.start:m.end]):
            # "avec le Qatar, et la Jordanie a rappelé...": the subject of a clause of its own
            return out
        acts = mention_actor(ctx, m, day)
        if not acts or not any(a.kind != "group" for a in acts):
            return out if last else []
        out.extend(acts)
        i = m.end
        if last:
            return out
    return []  # a list must end with "et"/"and"


def person_before(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The person a pronoun object stands for: the last one named before it in the sentence
    ("thanked Macron ... and invited him", "a warrant for Putin, accusing him")."""
    people = [a for a in preceding_actors(ctx, tok, day) if a.agent]
    return people[-1:]
