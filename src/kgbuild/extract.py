"""Extraction: a pure function from a parsed Doc (and its article) to dated events.

Arguments come from the dependency parse: the source is the agent (active subject, or the
"par"/"by" agent of a passive), the target the object, indirect object or the oblique the
trigger's relation allows. Negated, hypothetical and questioned statements are dropped;
announced future acts are flagged `modality: future`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from . import EXTRACTOR_VERSION
from .actors import ActorTable, Lexicon, Mention, find_mentions, fold, load_actors, load_lexicon
from .articles import Article
from .dates import DateExpr, find_dates
from .events import ActorRef, Event, Evidence
from .relations import Ontology, Relation, Trigger, load_ontology

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .nlp import Pipelines

NEGATIONS = {"ne", "n'", "pas", "jamais", "aucun", "aucune", "not", "n't", "never", "no",
             "neither", "nor", "nullement", "guère"}
WITHOUT = {"sans", "without"}
CONDITION_MARKS = {"si", "s'", "if", "unless", "whether", "sauf"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "it", "they", "lui", "celui-ci",
            "celle-ci"}
COUNTERPART = {"homologue", "counterpart"}
# Object pronouns that stand for one person ("accusing him", "l'a invité", "lui a reproché").
PERSON_OBJECTS = {"him", "her", "lui", "le", "la", "l'"}
RELATIVE = {"qui", "que", "lequel", "laquelle", "dont", "who", "which", "that", "whom"}
HABITUAL = {"régulièrement", "souvent", "toujours", "fréquemment", "regularly", "often",
            "frequently", "routinely", "repeatedly"}
PEOPLE = {"homme", "hommes", "dirigeant", "dirigeants", "chef", "chefs", "président",
          "présidents", "ministre", "ministres", "leader", "leaders", "man", "men",
          "president", "presidents", "minister", "ministers"}
LOCATIVE = {"à", "a", "en", "dans", "in", "at", "au", "aux", "near", "près"}
OF = {"de", "du", "des", "d'", "of"}
AGENT = {"par", "by"}
THREATEN = "THREATEN"
INTENT = "INTENT_TO_COOPERATE"
DATE_TOKENS = "kgbuild_date_tokens"  # Doc.user_data key: token indices of time expressions
WHEN = {"when", "lorsque", "lorsqu'", "quand"}
BETWEEN = {"entre", "between"}
# Roots of stances: taken on a state's act, they are taken towards that state.
STANCES = {"05", "10", "11", "12", "13", "14"}
# Roots of force: aimed at a state's land, goods or people, they are aimed at that state.
FORCE = {"15", "16", "17", "18", "19"}
# Measures that a "lift"/"lever" verb presupposes were imposed by its subject.
YIELDED = {"SANCTION", "REDUCE_COOPERATION"}
# A relation noun after these is an earlier act the clause is placed against, not news.
BACKGROUND = {"après", "avant", "depuis", "after", "before", "since", "following"}
# "together with Finland", "conjointement avec", "aux côtés de": who acts along, not the target
# Nouns of acts in general: what their complements name is what the act is aimed at.
ACT_NOUNS = {"action", "mesure", "measure", "opération", "operation", "initiative", "step",
             "décision", "decision", "move", "démarche"}
# French adverbs that head a preposition with "de"/"à": "autour de", "près de", "face à".
COMPLEX_PREPS = {"autour", "près", "face", "auprès", "loin"}
ALONG = {"together", "ensemble", "conjointement", "alongside", "côtés"}
# How a clause hangs on the speech verb that reports it: its date is the statement's
# (REPORTED), its modality is reported speech (SPEECH), its speaker is the source (SPEAKER).
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
SPEECH_DEPS = REPORTED_DEPS | {"xcomp", "obj"}
SPEAKER_DEPS = SPEECH_DEPS | {"advcl", "conj", "acl", "dobj"}
# French verbs whose compound tenses take "être": not passives ("est devenue membre")
FR_ETRE_VERBS = {"devenir", "venir", "revenir", "parvenir", "intervenir", "convenir", "aller",
                 "arriver", "partir", "repartir", "entrer", "rentrer", "sortir", "rester",
                 "retourner", "tomber", "passer", "survenir", "naitre", "mourir"}
# Closed-class words are compared folded (accents and case removed), like every token.
(NEGATIONS, WITHOUT, CONDITION_MARKS, PRONOUNS, RELATIVE, HABITUAL, PEOPLE, LOCATIVE, WHEN,
 PERSON_OBJECTS, BACKGROUND, ALONG, COMPLEX_PREPS, ACT_NOUNS) = (
    {fold(w) for w in words} for words in (
        NEGATIONS, WITHOUT, CONDITION_MARKS, PRONOUNS, RELATIVE, HABITUAL, PEOPLE, LOCATIVE,
        WHEN, PERSON_OBJECTS, BACKGROUND, ALONG, COMPLEX_PREPS, ACT_NOUNS))


@dataclass(frozen=True)
class Resources:
    """What extraction reads besides the Doc: actor tables, ontology, lexicons."""

    actors: ActorTable
    ontology: Ontology
    lexicons: dict[str, Lexicon]

    @classmethod
    def load(cls, actor_files: Iterable[str] = ()) -> Resources:
        return cls(load_actors(actor_files), load_ontology(),
                   {lang: load_lexicon(lang) for lang in ("fr", "en")})


@dataclass
class _Ctx:
    doc: Doc
    article: Article
    lang: str
    res: Resources
    lex: Lexicon
    mentions: dict[int, Mention]
    dates: list[tuple[DateExpr, Span]]
    reference: str | None
    text: str = ""  # doc.text, which spaCy rebuilds on every access
    sent_of: list[int] = field(default_factory=list)  # token index -> its sentence's start
    candidates: list[int] = field(default_factory=list)  # tokens that may be triggers
    starts: list[int] = field(default_factory=list)  # first tokens of the mentions, sorted
    recent: list[ActorRef] = field(default_factory=list)
    last_subject: list[ActorRef] = field(default_factory=list)
    last_pair: list[ActorRef] = field(default_factory=list)
    sentence_pair: list[ActorRef] = field(default_factory=list)  # of this or the last sentence


# -- small parse helpers --------------------------------------------------------------

def _dep(tok: Token) -> str:
    return tok.dep_.lower()


def _case(tok: Token) -> str | None:
    for c in tok.children:
        if _dep(c) in ("case", "prep", "mark") and c.i < tok.i:
            return fold(c.text)
    if _dep(tok) == "pobj" and tok.head.pos_ == "ADP":
        return fold(tok.head.text)
    return None


def _args(tok: Token) -> Iterator[tuple[str, Token, str | None]]:
    """Children of tok as (dep, argument head, preposition), flattening English 'prep' nodes."""
    for c in tok.children:
        d = _dep(c)
        if d == "prep" or (d == "agent" and c.pos_ == "ADP"):
            for g in c.children:
                if _dep(g) == "pobj":
                    yield ("obl:agent" if d == "agent" or fold(c.text) == "by" else "obl",
                           g, fold(c.text))
        elif d == "agent":
            for g in c.children:
                yield "obl:agent", g, "by"
        elif fold(c.text) in COMPLEX_PREPS and c.pos_ in ("ADV", "ADP", "NOUN") and \
                d in ("dep", "advmod", "obl", "obl:mod", "nmod", "case"):
            # "autour de Taïwan", "près de la frontière", "face à l'adhésion": a
            # preposition the parser took for an adverb with its own complement
            for g in c.children:
                if g.pos_ in ("NOUN", "PROPN") and g.i > c.i:
                    yield "obl", g, fold(c.text)
        elif c.i in c.doc.user_data.get(DATE_TOKENS, ()) and c.i != tok.i:
            # the parser hangs what follows a date on the date ("bloquée lundi par la
            # Turquie", "rappelé le 19 juin son ambassadeur"): it belongs to tok
            yield from _date_args(c, d)
        else:
            yield d, c, _case(c)


def _date_args(date_tok: Token, slot: str) -> Iterator[tuple[str, Token, str | None]]:
    dates = date_tok.doc.user_data.get(DATE_TOKENS, ())
    for c in date_tok.children:
        if c.i in dates:
            yield from _date_args(c, slot)
            continue
        d, case = _dep(c), _case(c)
        if d in ("nmod", "appos", "obl", "obl:mod") and case is None and \
                c.pos_ in ("NOUN", "PROPN"):
            yield (slot if slot in ("obj", "dobj") else "obl"), c, None
        elif d in ("nmod", "obl:mod"):
            yield "obl", c, case
        elif d not in ("det", "case", "punct", "amod", "nummod", "fixed", "flat"):
            yield d, c, case


def _is_reflexive(tok: Token) -> bool:
    return any(c.pos_ == "PRON" and ("Reflex=Yes" in str(c.morph) or fold(c.text) in
               ("se", "s'", "me", "m'", "nous", "vous")) and _dep(c).startswith("expl")
               or fold(c.text) in ("se", "s'") for c in tok.children)


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if _dep(c) == "conj" or (_dep(c) == "appos" and c.pos_ == "PROPN" and any(
                _dep(g) == "conj" for g in c.children)):
            # "The G7, the European Union and Australia": a list parsed as an apposition
            out.extend(_conjuncts(c))
    return out


# -- actors of a noun phrase ----------------------------------------------------------

NP_DEPS = {"amod", "nmod", "appos", "flat", "flat:name", "compound", "nmod:poss", "poss",
           "nummod", "det", "fixed", "npadvmod", "obl:arg", "dep", "pobj", "prep"}


def _mention_actor(ctx: _Ctx, m: Mention, day: str | None) -> list[ActorRef]:
    if m.codes:
        return [ActorRef(c, ctx.res.actors.actors[c].name, ctx.res.actors.actors[c].kind,
                         None, m.text, ctx.doc[m.start].idx,
                         ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1]))
                for c in m.codes if c in ctx.res.actors.actors]
    for alias in m.aliases:
        res = ctx.res.actors.resolve_alias(alias, day)
        if res:
            actor, agent = res
            span = ctx.doc[m.start:m.end]
            return [ActorRef(actor.code, actor.name, actor.kind, agent, span.text,
                             span.start_char, span.end_char)]
    return []


def _adj_counts(ctx: _Ctx, tok: Token, m: Mention) -> bool:
    """A nationality adjective counts when it modifies a head that stands for the state."""
    if m.form != "adj" and not m.codes:
        return True
    if tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].isupper() and _dep(tok) not in (
            "amod", "compound"):
        return True  # "les Russes", "the Russians"
    head = tok.head
    return fold(head.lemma_) in ctx.lex.state_heads or fold(head.text) in ctx.lex.state_heads


def _pair(ctx: _Ctx, tok: Token) -> list[ActorRef] | None:
    """'les deux pays', 'both countries': the last two distinct actors named."""
    if fold(tok.lemma_) not in ctx.lex.pair_heads and fold(tok.text) not in ctx.lex.pair_heads:
        return None
    if not any(fold(c.text) in ctx.lex.pair_words for c in tok.children):
        return None
    people = fold(tok.lemma_) in PEOPLE or fold(tok.text) in PEOPLE
    if ctx.last_pair and not people:
        # the two sides of the last relation reported, not whoever was named last
        return [replace(x, agent=None) for x in ctx.last_pair]
    seen: list[ActorRef] = []
    for a in reversed(ctx.recent):
        if people and not a.agent:
            continue
        if a.code not in {s.code for s in seen}:
            seen.append(a)
        if len(seen) == 2:
            return [replace(x, agent=None) for x in reversed(seen)]
    return None


def actors_of(ctx: _Ctx, tok: Token, day: str | None, loose: bool = False) -> list[ActorRef]:
    """The actors a noun phrase names: its conjuncts, each searched breadth-first."""
    out: list[ActorRef] = []
    for head in _conjuncts(tok):
        pair = _pair(ctx, head)
        if pair:
            out.extend(pair)
            continue
        if fold(head.text) in PRONOUNS and not loose:
            continue
        found = _np_search(ctx, head, day, loose)
        out.extend(found)
    codes: dict[str, ActorRef] = {}
    for a in out:
        if a.code not in codes or (a.agent and not codes[a.code].agent):
            codes[a.code] = a
    return list(codes.values())


def _act_complement(ctx: _Ctx, tok: Token, c: Token) -> bool:
    """Whether `c` is a non-"de"/"of" complement of a relation noun that names no actor
    ("action against Iran", "les sanctions contre Moscou"): it names that act's target."""
    if tok.pos_ != "NOUN" or tok.i in ctx.mentions:
        return False
    prep = fold(c.text) if _dep(c) == "prep" else _case(c) if _dep(c) in (
        "nmod", "obl:arg") else None
    if prep is None or prep in OF:
        return False
    return fold(tok.lemma_) in ACT_NOUNS or _match_trigger(ctx, tok) is not None


def _np_search(ctx: _Ctx, head: Token, day: str | None, loose: bool) -> list[ActorRef]:
    if head.i not in ctx.mentions and fold(head.lemma_) in ctx.lex.place_nouns:
        return []  # "on the South Lawn of the White House": a place, not a party
    queue = [head]
    agent: str | None = None
    found: list[ActorRef] = []
    seen = set()
    while queue:
        tok = queue.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        m = ctx.mentions.get(tok.i)
        if m and _adj_counts(ctx, tok, m):
            acts = _mention_actor(ctx, m, day)
            person = [a for a in acts if a.agent]
            if person and not agent:
                agent = person[0].agent
            if acts and not found:
                found = list(acts)
                if tok is not head:
                    # "relations with the UAE and Bahrain": the mention's conjuncts too
                    for c in _conjuncts(ctx.doc[m.end - 1])[1:]:
                        cm = ctx.mentions.get(c.i)
                        if cm is not None:
                            found.extend(_mention_actor(ctx, cm, day))
        if m is None and tok is not head and fold(tok.lemma_) in ctx.lex.place_nouns:
            continue  # "the documents on the South Lawn of the White House": a place
        for c in tok.children:
            d = _dep(c)
            if d == "conj" and tok is head:
                continue
            if d in NP_DEPS or (loose and d in ("acl", "obl:agent", "agent", "nmod", "obl")):
                if d in ("nmod", "obl:arg", "pobj") and _case(c) in LOCATIVE and not loose:
                    continue
                if not loose and _act_complement(ctx, tok, c):
                    continue  # "against any military action against Iran": the act's target
                if d == "prep" and fold(c.text) in LOCATIVE:
                    continue
                if loose and d in ("acl", "obl", "nmod") and tok is not head \
                        and _case(c) not in AGENT and d != "acl":
                    continue
                queue.append(c)
    if found and agent and not any(a.agent for a in found):
        found = [replace(found[0], agent=agent)] + found[1:]
    return found


# -- triggers -------------------------------------------------------------------------

def _child_lemmas(tok: Token, deps: set[str]) -> set[str]:
    return {fold(c.lemma_) for c in tok.children if _dep(c) in deps} | \
        {fold(c.text) for c in tok.children if _dep(c) in deps}


def _match_trigger(ctx: _Ctx, tok: Token) -> Trigger | None:
    if tok.pos_ in ("VERB",) or (tok.pos_ in ("ADJ", "AUX") and (
            "VerbForm=Part" in str(tok.morph)
            or any(_dep(c).startswith("aux") for c in tok.children))):
        pos = "verb"
    elif tok.pos_ in ("NOUN", "PROPN"):
        pos = "noun"
    else:
        return None
    candidates = ctx.res.ontology.lookup(ctx.lang, pos, tok.lemma_)
    if not candidates and pos == "noun":
        candidates = ctx.res.ontology.lookup(ctx.lang, pos, tok.text)
    if not candidates and ctx.lang == "fr" and tok.pos_ in ("ADJ", "VERB"):
        guess = _fr_er_verb(tok.text)
        if guess and (tok.pos_ == "VERB" or any(
                _dep(c).startswith("aux") for c in tok.children)):
            pos = "verb"
            candidates = ctx.res.ontology.lookup(ctx.lang, pos, guess)
    for trig in candidates:  # most specific first
        if trig.reflexive and not _is_reflexive(tok):
            continue
        if trig.negated and not _negated(tok):
            continue
        if trig.objects:
            objs = _child_lemmas(tok, {"obj", "dobj", "nmod", "pobj", "compound", "obl:arg"})
            objs |= {fold(g.lemma_) for c in tok.children if _dep(c) == "prep"
                     for g in c.children}
            if not objs & trig.objects and not _object_nearby(tok, trig.objects):
                continue
        if trig.modifiers:
            mods = _child_lemmas(tok, {"amod", "nmod", "compound", "obj", "dobj", "obl:mod",
                                       "obl", "obl:arg", "prep", "npadvmod"})
            mods |= {fold(g.lemma_) for c in tok.children
                     if _dep(c) in ("nmod", "prep", "conj", "obj", "dobj") for g in c.children}
            mods |= {fold(g.lemma_) for c in tok.children if _dep(c) == "amod"
                     for g in c.children if _dep(g) == "conj"}
            if not mods & trig.modifiers:
                continue
        if trig.preps:
            preps = {p for _, _, p in _args(tok) if p} | _child_lemmas(tok, {"prt", "compound:prt"})
            light = _light_verb(ctx, tok) if pos == "noun" else None
            if light is not None:
                # "expressed appreciation to China": the preposition hangs on the light verb
                preps |= {p for _, _, p in _args(light) if p}
            # "appelé la Chine à faire preuve de retenue": the particle marks the clause
            preps |= {fold(m.text) for c in tok.children if _dep(c) in ("xcomp", "advcl")
                      for m in c.children if _dep(m) == "mark" or fold(m.text) == "to"}
            if not preps & trig.preps:
                continue
        return trig
    return None


FR_ER_FORMS = re.compile(r"(é|ée|és|ées|e|es|ent)$")


def _fr_er_verb(text: str) -> str | None:
    """The -er infinitive of a form the French lemmatizer left as it is or took for a
    noun: participles ("gelé") and present tenses ("reproche", "reprochent")."""
    low = text.lower()
    stem = FR_ER_FORMS.sub("", low)
    return stem + "er" if stem != low and len(stem) > 2 else None


def _object_nearby(tok: Token, objects: frozenset[str]) -> bool:
    """The object noun a few words on, in the verb's subtree, when the parser hung it
    elsewhere ("rappelé pour consultations ses ambassadeurs": not parsed as the object)."""
    doc = tok.doc
    for t in doc[tok.i + 1: min(len(doc), tok.i + 9)]:
        if t.pos_ in ("VERB", "SCONJ") or t.text in (";", ":"):
            return False
        if t.pos_ == "NOUN" and fold(t.lemma_) in objects:
            cur = t
            for _ in range(3):
                cur = cur.head
                if cur.i == tok.i:
                    return True
    return False


# -- modality -------------------------------------------------------------------------

def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a (possibly nominal) trigger belongs to."""
    cur = tok
    steps = 0
    while cur.pos_ not in ("VERB", "AUX") and cur.head is not cur and steps < 6:
        cur = cur.head
        steps += 1
    return cur


def _negated(tok: Token) -> bool:
    for c in tok.children:
        if fold(c.text) in NEGATIONS and _dep(c) in ("advmod", "neg", "det", "advmod:neg", "cc",
                                                      "preconj"):
            return True
        if fold(c.text) in WITHOUT and _dep(c) in ("mark", "case", "prep"):
            return True
    if fold(tok.head.text) in WITHOUT:
        return True
    return False


FR_CONDITIONAL_ENDINGS = ("ait", "aient", "ais", "ions", "iez")
FR_IRREGULAR_CONDITIONAL_STEMS = ("ser", "aur", "pourr", "fer", "ir", "devr", "voudr", "faudr",
                                  "viendr", "tiendr", "saur", "verr", "enverr")


def _french_conditional(tok: Token) -> bool:
    """"imposerait", "serait": conditional forms the tagger reads as imperfect."""
    if tok.pos_ not in ("VERB", "AUX") or "Mood=Cnd" in str(tok.morph):
        return "Mood=Cnd" in str(tok.morph)
    text, lemma = tok.text.lower(), tok.lemma_.lower()
    for end in FR_CONDITIONAL_ENDINGS:
        if text.endswith(end):
            stem = text[: -len(end)]
            return stem in (lemma, lemma[:-1]) and stem.endswith("r") or \
                stem in FR_IRREGULAR_CONDITIONAL_STEMS
    return False


def _modality(ctx: _Ctx, trig_tok: Token, verb: Token, under_speech: bool,
              threat: bool = False, negated: bool = False) -> str | None:
    """'asserted', 'future', or None when the statement is negated or hypothetical.

    A threat is asserted even under a condition ("menace de... si les tirs continuent").
    """
    chain = [trig_tok]
    if verb is not trig_tok:
        chain.append(verb)
    # climb through control verbs ("n'a pas l'intention de", "refused to") and nouns
    cur = verb
    for _ in range(3):
        if _dep(cur) in ("xcomp", "obj", "dobj", "nmod") and cur.head is not cur:
            cur = cur.head
            chain.append(cur)
        else:
            break
    for t in chain:
        if _negated(t) and not (negated and t in (trig_tok, verb)):
            return None  # a trigger that counts only negated keeps its own negation
        for c in t.children:
            if _dep(c) in ("mark",) and fold(c.text) in CONDITION_MARKS:
                return None
            if _dep(c) == "advcl" and not threat and any(
                    _dep(m) == "mark" and fold(m.text) in CONDITION_MARKS for m in c.children):
                return None  # "si l'Otan envoyait..., la Russie attaquerait"
    future = conditional = False
    for t in chain[: 2 + (0 if verb is trig_tok else 1)]:
        morph = str(t.morph)
        auxes = [c for c in t.children if _dep(c).startswith("aux")]
        if "Mood=Cnd" in morph or any("Mood=Cnd" in str(a.morph) for a in auxes) or \
                any(fold(a.text) in ("would", "could", "might") for a in auxes) or \
                ctx.lang == "fr" and any(_french_conditional(x) for x in [t, *auxes]):
            if not under_speech:
                return None
            conditional = True
        if "Tense=Fut" in morph or any("Tense=Fut" in str(a.morph) for a in auxes) or \
                any(fold(a.text) in FUTURE_AUX for a in auxes):
            future = conditional = True
        head = t.head
        if _dep(t) == "xcomp" and fold(head.lemma_) in ("aller", "devoir", "plan", "be",
                                                         "prevoir", "envisager", "expect"):
            if fold(head.lemma_) != "devoir" or "Tense=Pres" in str(head.morph):
                if fold(head.lemma_) != "be" or any(fold(c.text) in ("due", "set", "going")
                                                    for c in head.children):
                    future = True
        if any(fold(c.text) in ("due", "set", "going")
               for c in t.children if _dep(c) == "acomp"):
            future = True
    if under_speech and conditional and not threat:
        return "intent"  # "Seoul said it would normalise the pact": an announced intention
    return "future" if future else "asserted"


def _speech_subject(ctx: _Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The speaker when tok sits in the complement of a speech verb."""
    verb = _speech_verb(ctx, tok, SPEAKER_DEPS)
    if verb is not None:
        for d, arg, _ in _args(verb):
            if d in ("nsubj", "nsubjpass"):
                return actors_of(ctx, arg, day)
    return []


# -- arguments ------------------------------------------------------------------------

def _is_passive(verb: Token) -> bool:
    """A passive has a passive auxiliary; "Pékin a critiqué" parsed with nsubj:pass is not."""
    deps = [(_dep(c), fold(c.lemma_)) for c in verb.children]
    if fold(verb.lemma_) in FR_ETRE_VERBS:
        return False  # "est devenue", "sont convenus": être is their perfect auxiliary
    if any(d in ("aux:pass", "auxpass") for d, _ in deps):
        return True
    if "VerbForm=Part" in str(verb.morph) or verb.tag_ == "VBN":
        if any(d in ("agent", "obl:agent") for d, _ in deps):
            return True  # "a deal brokered by China": a participle with its agent
    return any(d in ("nsubj:pass", "nsubjpass") for d, _ in deps) and \
        not any(d.startswith("aux") and lemma == "avoir" for d, lemma in deps) and \
        not _is_reflexive(verb)  # "s'est engagée": pronominal, not passive


def _stranded_auxiliary(part: Token) -> Token | None:
    """"Pékin avait de son côté accusé...", "Biden a pour sa part appelé...": an inserted
    phrase makes the parser hang the participle on it and root the clause on the
    auxiliary; the auxiliary it should have had, when there is one."""
    if "VerbForm=Part" not in str(part.morph):
        return None
    cur = part
    for _ in range(3):
        cur = cur.head
        if fold(cur.lemma_) in ("avoir", "etre") and cur.i < part.i:
            return cur
        if cur.head is cur:
            break
    return None


LIST_POS = ("PROPN", "NOUN", "DET", "ADJ", "ADP", "PUNCT", "CCONJ", "NUM")


def _listed_before(ctx: _Ctx, subj: Token, day: str | None) -> list[ActorRef]:
    """Names listed before the last of coordinated subjects the parser kept alone: "Les
    pays du G7, l'Union européenne et l'Australie ont décidé" (only "Australie" nsubj)."""
    doc = ctx.doc
    j = subj.left_edge.i - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    start = ctx.sent_of[subj.i]
    if j < start or fold(doc[j].text) not in ("et", "and", ","):
        return []
    if any(doc[k].pos_ not in LIST_POS or doc[k].text in (";", ":", "(", ")")
           or doc[k].pos_ == "ADP" and fold(doc[k].text) not in OF for k in range(start, j)):
        return []  # only a plain list from the start of the sentence ("Avant Paris," is not)
    out: list[ActorRef] = []
    i = start
    while i < j:
        m = ctx.mentions.get(i)
        if m is not None and m.start == i and _adj_counts(ctx, doc[i], m):
            out.extend(_mention_actor(ctx, m, day))
            i = m.end
        else:
            i += 1
    return out


def _object_taken_for_subject(ctx: _Ctx, verb: Token, subj: Token, day: str | None
                              ) -> bool:
    """A second verb of a coordination whose 'subject' is the first verb's object, no actor:
    "La Chine a rejeté ces accusations et a accusé Manille" ("accusations" as subject)."""
    cc = [c for c in verb.children if _dep(c) == "cc" and subj.i < c.i < verb.i]
    return bool(cc) and verb.head.i != verb.i and verb.head.i < subj.i and \
        verb.head.pos_ == "VERB" and not actors_of(ctx, subj, day)


def _bare_subject(ctx: _Ctx, verb: Token, day: str | None) -> list[ActorRef]:
    """The names right before a verb the parser gave no subject, back to the comma that
    ends an inserted phrase ("Lors de cette rencontre, Washington et Pékin sont convenus",
    parsed as conjuncts of "rencontre")."""
    doc = ctx.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].pos_ == "AUX" or fold(doc[j].text) in ("se", "s'", "ne", "n'")):
        j -= 1
    start = ctx.sent_of[verb.i]
    k = j
    while k >= start and doc[k].pos_ in ("PROPN", "NOUN", "DET", "CCONJ", "ADJ", "NUM") \
            and doc[k].text != ",":
        k -= 1
    if k == j or (k >= start and doc[k].text != "," and doc[k].pos_ != "SCONJ"):
        return []  # only after an inserted phrase's comma or a conjunction ("tandis que")
    out: list[ActorRef] = []
    i = k + 1
    while i <= j:
        m = ctx.mentions.get(i)
        if m is not None and m.start == i and _adj_counts(ctx, doc[i], m):
            out.extend(a for a in _mention_actor(ctx, m, day) if a.code not in
                       {o.code for o in out})
            i = m.end
        else:
            i += 1
    return out


def _subject(ctx: _Ctx, verb: Token, day: str | None) -> tuple[list[ActorRef], bool, bool]:
    """(actors, passive, direct) for a verb: climbs control and coordination when needed."""
    passive = _is_passive(verb)
    cur = verb
    for depth in range(4):
        agent = subj = None
        for d, arg, prep in _args(cur):
            if d in ("obl:agent",) or (d == "obl" and prep in AGENT and passive):
                agent = arg
            elif d in ("nsubj", "nsubj:pass", "nsubjpass", "csubj"):
                subj = arg
        if passive and agent is not None:
            return actors_of(ctx, agent, day), True, depth == 0
        if agent is not None and depth == 0 and _dep(cur) == "acl" and \
                "VerbForm=Part" in str(cur.morph):
            # "le traité signé en 1951 par Washington et Manille"
            return actors_of(ctx, agent, day), True, True
        if subj is not None and not passive and _object_taken_for_subject(ctx, cur, subj, day):
            subj = None  # "a rejeté ces accusations et a accusé Manille"
        if subj is not None and not passive:
            if fold(subj.text) in RELATIVE and _dep(cur) in ("acl:relcl", "relcl"):
                return actors_of(ctx, cur.head, day), False, False
            if fold(subj.text) in PRONOUNS:
                # "Kishida made a visit to Kyiv, where he met...": the main clause's subject
                root = _sentence_root(ctx, cur)
                if root is not cur:
                    for d, arg, _ in _args(root):
                        if d in ("nsubj", "nsubj:pass", "nsubjpass") and arg.i < subj.i \
                                and fold(arg.text) not in PRONOUNS:
                            acts = actors_of(ctx, arg, day)
                            if acts:
                                return acts, False, False
                return list(ctx.last_subject), False, False
            acts = actors_of(ctx, subj, day)
            acts = [a for a in _listed_before(ctx, subj, day)
                    if a.code not in {x.code for x in acts}] + acts
            if not acts and _dep(cur) in ("acl:relcl", "relcl") and any(
                    fold(c.text) in ("dont", "whose") for c in [*cur.children, *subj.children]):
                # "Ankara, dont le Parlement a ratifié", "Turkey, whose parliament ratified"
                acts = actors_of(ctx, cur.head, day)
            if _dep(cur) == "conj" and cur.head.pos_ in ("PROPN", "NOUN") and \
                    any(_dep(c) == "cc" and c.i < subj.i
                        for c in [*subj.children, *cur.children]):
                # "Pékin et Moscou ont renforcé": the parser hangs the verb on "Pékin"
                acts = actors_of(ctx, cur.head, day) + acts
            return acts, False, depth == 0
        if subj is not None and passive:
            return [], True, False
        if depth == 0 and subj is None and agent is None and not passive:
            bare = _bare_subject(ctx, cur, day)
            if bare:
                return bare, False, False
            root = _sentence_root(ctx, cur)
            if "VerbForm=Fin" in str(cur.morph) and root.pos_ == "PROPN" and root.i < cur.i:
                # "Ankara, dont le Parlement a ratifié..., reproche à Stockholm": a finite
                # verb the parser hung inside the subject's relative clause
                acts = actors_of(ctx, root, day)
                if acts:
                    return acts, False, False
        if _dep(cur) in ("acl",) and passive is False and cur.head.pos_ in ("NOUN", "PROPN"):
            aux = _stranded_auxiliary(cur)
            if aux is not None:
                for d, arg, _ in _args(aux):
                    if d in ("nsubj", "nsubj:pass") and fold(arg.text) not in PRONOUNS:
                        return actors_of(ctx, arg, day), False, True
            return [], False, False
        if _dep(cur) in ("xcomp", "advcl", "conj", "ccomp", "acl", "obl", "obl:arg", "obj",
                         "nmod", "pcomp", "pobj", "obl:mod") and cur.head is not cur:
            parent = cur.head
            # "accuse X of doing", "reprocher à X de faire": the one accused does it
            parent_trig = _match_trigger(ctx, parent)
            if _dep(cur) in ("advcl", "obl", "obl:arg", "xcomp", "pcomp", "pobj") and \
                    parent_trig is not None and parent_trig.relation in (
                        "ACCUSE", "CRITICIZE", "APPEAL", "DEMAND"):
                for d, arg, _ in _args(parent):
                    if d in ("obj", "dobj"):
                        return actors_of(ctx, arg, day), False, False
            cur = parent
            passive = passive and depth == 0 and False
            continue
        break
    return [], passive, False


def _targets(ctx: _Ctx, tok: Token, trig: Trigger, rel: Relation, passive: bool,
             day: str | None) -> list[ActorRef]:
    preps = rel.preps.get(ctx.lang, frozenset())
    out: list[ActorRef] = []
    objs: list[Token] = []
    for d, arg, prep in _args(tok):
        if trig.pos == "verb":
            if d in ("obj", "dobj", "iobj", "dative") or (
                    passive and d in ("nsubj:pass", "nsubjpass")):
                objs.append(arg)
                continue
            if d == "nsubj" and arg.i > tok.i and any(
                    _dep(c) == "nsubj" and c.i < tok.i for c in tok.children):
                objs.append(arg)  # "n'accepterait pas ce plafonnement": a second subject
                continue
            if d in ("obl", "obl:mod") and prep is None and arg.i > tok.i and \
                    arg.doc[arg.left_edge.i - 1].text != "," and (
                    arg.pos_ == "PROPN" or arg.pos_ == "NOUN" and arg.i not in
                    arg.doc.user_data.get(DATE_TOKENS, ())):
                objs.append(arg)  # a direct object the parser took for a bare oblique
                continue
            if d in ("obl", "obl:arg", "obl:mod", "nmod", "pobj", "obl:agent") and prep in preps \
                    and not (passive and prep in AGENT) and not _along(arg):
                out.extend(_actors_or_owner(ctx, arg, rel, day))
            if d == "xcomp" and arg.pos_ == "PROPN" and arg.i > tok.i:
                objs.append(arg)  # "Pékin appelle Washington à": an object parsed as xcomp
                continue
            if d == "xcomp":
                for d2, arg2, p2 in _args(arg):
                    if d2 in ("obl", "obl:arg", "obl:mod") and p2 in preps and not _along(arg2):
                        out.extend(actors_of(ctx, arg2, day))
                    elif d2 in ("obj", "dobj") and rel.root == "03":
                        out.extend(actors_of(ctx, arg2, day))  # "applied to join NATO"
        else:
            if d in ("nmod", "obl", "obl:arg", "pobj") and prep in OF and trig.of == "target":
                out.extend(actors_of(ctx, arg, day))
            elif d in ("nmod", "obl", "obl:arg", "obl:mod", "pobj") and prep in preps \
                    and prep not in OF and not _along(arg):
                out.extend(actors_of(ctx, arg, day))
            elif d == "acl" and "VerbForm=Fin" not in str(arg.morph):
                for d2, arg2, p2 in _args(arg):
                    if (d2 in ("obl", "obl:arg", "obl:mod", "iobj") and p2 in preps
                            and p2 not in AGENT):
                        out.extend(actors_of(ctx, arg2, day))
    if passive and not objs and _dep(tok) == "xcomp" and tok.head is not tok:
        # "l'adhésion de la Suède reste bloquée par la Turquie": the patient is the subject
        # of the verb the participle complements
        objs.extend(arg for d, arg, _ in _args(tok.head) if d in ("nsubj", "nsubj:pass"))
    if trig.pos == "verb" and not objs and _dep(tok) in ("relcl", "acl:relcl") and any(
            fold(c.text) in ("que", "qu'") and c.i < tok.i for c in tok.children):
        objs.append(tok)  # "des exercices que la Corée du Nord condamne": "que" is the object
    for obj in objs:
        if obj is tok or fold(obj.text) in RELATIVE and _dep(tok) in ("relcl", "acl:relcl") \
                and obj.i < tok.i:
            # "exercises held by South Korea and the United States, which Pyongyang
            # condemns": the antecedent, with the names coordinated with it
            obj = tok.head.head if _dep(tok.head) == "conj" else tok.head
            light = _light_verb(ctx, obj)
            if light is not None and not actors_of(ctx, obj, day, loose=True):
                # "Les États-Unis mènent des exercices que Pyongyang condamne"
                out.extend(_subject(ctx, light, day)[0])
                continue
        act = _match_trigger(ctx, obj) if trig.pos == "verb" and rel.root in STANCES and \
            obj.pos_ == "NOUN" else None
        if act is not None and act.pos == "noun" and \
                not ctx.res.ontology.relations[act.relation].symmetric:
            # "condemned the attack on Ukraine", "a condamné l'invasion russe de l'Ukraine":
            # a stance on a directed act is a stance towards whoever does it, if named
            out.extend(_noun_source(ctx, obj, act, day)[0])
            continue
        noun_trig = _match_trigger(ctx, obj) if rel.root == "03" and trig.pos == "verb" \
            else None
        if noun_trig is not None and noun_trig.pos == "noun":
            # "pledged Japan's continued support for Ukraine": promised to Ukraine
            noun_rel = ctx.res.ontology.relations[noun_trig.relation]
            found = _targets(ctx, obj, noun_trig, noun_rel, False, day)
            if found:
                out.extend(found)
                continue
        found = actors_of(ctx, obj, day)
        if not found and trig.objects:
            # "rappeler ses ambassadeurs aux États-Unis": the target hangs off the object
            for d, arg, prep in _args(obj):
                if prep in preps and d in ("nmod", "obl", "pobj", "obl:arg"):
                    found.extend(_actors_or_owner(ctx, arg, rel, day))
        if not found:
            found = actors_of(ctx, obj, day, loose=True)
        if not found and obj.pos_ == "PRON" and fold(obj.text) in PERSON_OBJECTS:
            found = _person_before(ctx, obj, day)
        if not found and (fold(obj.lemma_) in ctx.lex.agent_titles or
                          fold(obj.lemma_) in COUNTERPART):
            # "qualifié son homologue Xi Jinping de dictateur": the name the parser did not
            # attach to the title right before it
            m = ctx.mentions.get(obj.i + 1)
            if m is not None and m.start == obj.i + 1 and m.form != "adj":
                found = _mention_actor(ctx, m, day)
        if found and len(found) == 1 and found[0].start is not None:
            # "accusé jeudi Washington, Londres et Canberra": a list of names the parser
            # did not coordinate
            found += [a for a in _listed_after(ctx, found[0], day)
                      if a.code not in {f.code for f in found}]
        if not found and rel.root in ("11", "12", "10", "13"):
            # "dénoncé le soutien, jugé crucial, apporté par la Chine": the participle that
            # carries the agent hangs on the verb, not on its object
            found = _participle_agent(ctx, tok, obj, day)[0]
        if not found and rel.root in STANCES:
            # "Spain endorsed the Moroccan plan", "dénoncé la décision française": a verbal
            # stance on a state's act is a stance towards that state
            for c in obj.children:
                m = ctx.mentions.get(c.i)
                if _dep(c) == "amod" and m is not None and m.form == "adj":
                    found.extend(_mention_actor(ctx, m, day))
        if not found and rel.root in FORCE:
            # "plafonner le prix du pétrole russe", "attacked Armenian territory": a measure
            # or a strike on a state's goods or land is aimed at that state
            found = _owner_adjective(ctx, obj, day)
        elif not found and rel.root in STANCES:
            found = _owner_adjective(ctx, obj, day, depth=2)  # "le plan d'autonomie marocain"
        out.extend(found)
    if not out and trig.pos == "noun" and _dep(tok) in ("obj", "dobj") and tok.head is not tok:
        out.extend(_participle_agent(ctx, tok.head, tok, day)[1])
    if not out and trig.pos == "noun":
        out.extend(_adjacent_complement(ctx, tok, preps, day))
    lifter = _lifter(ctx, tok, trig) if not out and trig.pos == "noun" else None
    if lifter is not None:
        # "lever les restrictions imposées en 2019 sur les exportations vers la Corée":
        # the measure was aimed where its lifting is
        head, head_trig = lifter
        out.extend(_targets(ctx, head, head_trig, ctx.res.ontology.relations[
            head_trig.relation], False, day))
    light = _light_verb(ctx, tok) if not out and trig.pos == "noun" else None
    if light is not None:
        # "a exprimé sa gratitude à la Chine", "issued a warrant for Putin": the target
        # the parser hung on the light verb
        for d, arg, prep in _args(light):
            if d in ("obl", "obl:arg", "obl:mod", "iobj") and prep in preps \
                    and prep not in AGENT | OF:
                out.extend(actors_of(ctx, arg, day))
    if not out and trig.pos == "verb" and fold(tok.lemma_) in ctx.lex.clause_target_verbs:
        # "demanded that Ottawa reduce...", "a prévenu que Pyongyang paierait": the subject
        # of the complement clause is who is asked, accused or threatened (not the speaker
        # announcing its own act: "a prévenu que Moscou prendrait des contre-mesures")
        own = {a.code for a in _subject(ctx, tok, day)[0]}
        for c in tok.children:
            if _dep(c) == "ccomp":
                for d, arg, _ in _args(c):
                    if d in ("nsubj", "nsubj:pass", "nsubjpass") \
                            and fold(arg.text) not in PRONOUNS:
                        out.extend(a for a in actors_of(ctx, arg, day) if a.code not in own)
    if not out and trig.pos == "verb" and rel.root == "13":
        # "warned that it would draw the consequences of the French decision", "a prévenu
        # que Moscou prendrait des contre-mesures face à l'adhésion de la Finlande": what
        # the threatened act bears on
        for c in tok.children:
            if _dep(c) != "ccomp":
                continue
            for d, arg, prep in _args(c):
                if d in ("obj", "dobj") or (d in ("obl", "obl:arg", "obl:mod") and
                                            prep in preps):
                    out.extend(actors_of(ctx, arg, day) or _owner_adjective(ctx, arg, day))
    return out


def _along(arg: Token) -> bool:
    """Whether an oblique names who acts along ("together with Finland", "aux côtés de")."""
    doc = arg.doc
    lo = max(0, arg.i - 4)
    words = [fold(t.text) for t in doc[lo:arg.i]]
    return any(w in ALONG for w in words[-3:]) and any(
        w in ("with", "avec", "de", "des", "du") for w in words[-3:])


def _light_verb(ctx: _Ctx, tok: Token) -> Token | None:
    """The light verb a noun is the object of ("made a visit", "a lancé un appel"), also
    when the parser hung the object on a date ("a émis vendredi un mandat")."""
    dates = tok.doc.user_data.get(DATE_TOKENS, ())
    if tok.head is tok or _dep(tok) not in ("obj", "dobj") and not (
            # "a lancé jeudi des exercices": the object hung on the date
            tok.head.i in dates and _dep(tok) in ("nmod", "appos", "obj")):
        return None
    head = tok.head
    while head.i in dates and head.head is not head:
        head = head.head
    return head if fold(head.lemma_) in ctx.lex.light_verbs else None


def _participle_agent(ctx: _Ctx, verb: Token, noun: Token, day: str | None
                      ) -> tuple[list[ActorRef], list[ActorRef]]:
    """(agents, recipients) of a participle after `noun` that the parser hung on `verb`:
    "le soutien, jugé crucial, apporté par la Chine à la Russie"."""
    for c in verb.children:
        if _dep(c) in ("advcl", "acl") and c.i > noun.i and "VerbForm=Part" in str(c.morph):
            agents: list[ActorRef] = []
            others: list[ActorRef] = []
            for d, arg, prep in _args(c):
                if d in ("obl:agent", "agent") or prep in AGENT:
                    agents.extend(actors_of(ctx, arg, day))
                elif d in ("obl:arg", "obl", "iobj", "dative") and prep not in LOCATIVE - {"a"}:
                    others.extend(actors_of(ctx, arg, day))
            if agents:
                return agents, others
    return [], []


def _adjacent_complement(ctx: _Ctx, tok: Token, preps: frozenset[str], day: str | None
                         ) -> list[ActorRef]:
    """"sa guerre en Ukraine" when the parser hung "en Ukraine" on another word: a
    preposition of the relation right after the noun, then (after articles) a name."""
    doc = ctx.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].head.i == tok.i:
        i += 1  # "un entretien téléphonique avec Joe Biden", "l'assaut russe en Ukraine"
    if i >= len(doc) or fold(doc[i].text) not in preps or fold(doc[i].text) in AGENT | OF:
        return []
    i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    m = ctx.mentions.get(i)
    if m is None or m.start != i or m.form == "adj":
        return []
    return _mention_actor(ctx, m, day)


def _skip_mention(ctx: _Ctx, i: int, words: set[str]) -> int | None:
    """After one of `words` and its articles, the end of the name there, if any."""
    doc = ctx.doc
    if i >= len(doc) or fold(doc[i].text) not in words:
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    m = ctx.mentions.get(i)
    return m.end if m is not None and m.start == i and m.form != "adj" else None


def _adjacent_agent(ctx: _Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """"l'invasion de l'Ukraine par la Russie" when the parser hung "par la Russie"
    elsewhere: the noun, its "de"/"of" name, then "par"/"by" and a name."""
    end = _skip_mention(ctx, tok.i + 1, OF)
    if end is None or _skip_mention(ctx, end, AGENT) is None:
        return []
    i = end + 1
    while ctx.doc[i].pos_ == "DET":
        i += 1
    return _mention_actor(ctx, ctx.mentions[i], day)


def _noun_source(ctx: _Ctx, tok: Token, trig: Trigger, day: str | None
                 ) -> tuple[list[ActorRef], bool]:
    for d, arg, prep in _args(tok):
        if d in ("nmod:poss", "poss") or (prep in AGENT and d in ("nmod", "obl", "obl:agent")):
            acts = actors_of(ctx, arg, day)
            if acts or fold(arg.text) not in PRONOUNS | {"its", "his", "her", "their"}:
                return acts, True
        if prep in OF and trig.of == "source" and d in ("nmod", "pobj"):
            return actors_of(ctx, arg, day), True
        if d == "acl":
            for d2, arg2, p2 in _args(arg):
                if d2 == "obl:agent" or p2 in AGENT:
                    return actors_of(ctx, arg2, day), True
        if d in ("amod", "compound"):
            m = ctx.mentions.get(arg.i)
            if m is not None and (m.form == "adj" or m.form == "name" or m.codes):
                acts = _mention_actor(ctx, m, day)
                if acts:
                    return acts, True
    if trig.of == "target" and any(prep not in OF | AGENT and actors_of(ctx, arg, day)
                                   for _, arg, prep in _args(tok) if prep):
        # "la visite à Taïwan de la présidente de la Chambre": with a target named by its
        # own preposition, the noun's "de"/"of" complement is who acts
        for d, arg, prep in _args(tok):
            if prep in OF and d in ("nmod", "pobj") and arg.i > tok.i:
                acts = actors_of(ctx, arg, day)
                if acts:
                    return acts, True
    agent = _adjacent_agent(ctx, tok, day)
    if agent:
        return agent, True
    poss = [c for c in tok.children
            if fold(c.text) in ("son", "sa", "ses", "its", "his", "her") and c.i < tok.i]
    if poss and not (_dep(tok) in ("obj", "dobj") and
                     fold(tok.head.lemma_) not in ctx.lex.light_verbs):
        # "sa guerre contre l'Ukraine", "its war": the closest actor named before owns it
        # (unless a verb acts on it: "a gelé sa coopération" is not cooperation)
        before = [a for a in _preceding_actors(ctx, tok, day) if a.code not in
                  {t.code for t in _targets_hint(ctx, tok, day)}]
        return (before[-1:], False) if before else ([], False)
    if _dep(tok) in ("obj", "dobj") and tok.head is not tok:
        agents, _ = _participle_agent(ctx, tok.head, tok, day)
        if agents:
            return agents, True
    for c in tok.children:
        # "the invasion, which Russia launched in 2022": the subject of a light verb in a
        # relative clause on the noun
        if _dep(c) in ("relcl", "acl:relcl") and fold(c.lemma_) in ctx.lex.light_verbs:
            for d, arg, _ in _args(c):
                if d == "nsubj" and fold(arg.text) not in RELATIVE | PRONOUNS:
                    acts = actors_of(ctx, arg, day)
                    if acts:
                        return acts, True
    # the subject of the verb the noun depends on ("Pyongyang a annoncé la ratification")
    cur = tok
    for _ in range(3):
        if _dep(cur) in ("obj", "dobj", "nsubj", "nmod", "obl", "obl:arg", "obl:mod", "pobj",
                         "conj", "attr", "xcomp", "appos", "prep") and cur.head is not cur:
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                # "Tokyo would lift curbs imposed in 2019 on exports to South Korea": who
                # lifts a sanction is who imposed it
                if fold(cur.lemma_) in ctx.lex.light_verbs or _dep(tok) in ("nsubj",) \
                        or _lifter(ctx, tok, trig) is not None or _meeting_adjunct(ctx, tok,
                                                                               trig):
                    acts, passive, _ = _subject(ctx, cur, day)
                    return acts, False
                return [], False
        else:
            break
    return [], False


def _meeting_adjunct(ctx: _Ctx, tok: Token, trig: Trigger) -> bool:
    """A meeting or a call in an adjunct of a clause: its subject took part ("agreed to open
    the crossing after a phone call with Biden", "a déclaré lors d'un entretien avec Xi")."""
    if ctx.res.ontology.relations[trig.relation].root != "04":
        return False
    return _dep(tok) in ("obl", "obl:mod", "pobj") and _case(tok) not in OF | BETWEEN


def _lifter(ctx: _Ctx, tok: Token, trig: Trigger) -> tuple[Token, Trigger] | None:
    """The verb that lifts or eases the measure a noun names ("lift curbs", "lever les
    restrictions"), with its trigger."""
    head = tok.head
    if trig.relation not in YIELDED or head.i == tok.i or head.pos_ != "VERB":
        return None
    head_trig = _match_trigger(ctx, head)
    if head_trig is None or ctx.res.ontology.relations[head_trig.relation].root != "08":
        return None
    return head, head_trig


def _sentence_root(ctx: _Ctx, tok: Token) -> Token:
    cur = tok
    for _ in range(12):
        if cur.head is cur:
            break
        cur = cur.head
    return cur


def _preceding_actors(ctx: _Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """Actors named earlier in tok's sentence, in order (the antecedents of a possessive)."""
    out: list[ActorRef] = []
    start = ctx.sent_of[tok.i]
    seen: set[int] = set()
    for i in range(start, tok.i):
        m = ctx.mentions.get(i)
        if m is None or m.start in seen:
            continue
        seen.add(m.start)
        if m.form != "adj" and not m.codes:
            out.extend(_mention_actor(ctx, m, day))
    return out or list(ctx.recent[-1:])


def _actors_or_owner(ctx: _Ctx, arg: Token, rel: Relation, day: str | None
                     ) -> list[ActorRef]:
    """The actors an oblique names or, for a stance or a use of force, the state that
    qualifies it: "s'est rallié au plan d'autonomie marocain", "massé des troupes près de la
    frontière ukrainienne"."""
    found = actors_of(ctx, arg, day)
    if not found and rel.root in STANCES | FORCE and arg.pos_ == "NOUN":
        found = _owner_adjective(ctx, arg, day, depth=2)
    return found


def _owner_adjective(ctx: _Ctx, obj: Token, day: str | None, depth: int = 4
                     ) -> list[ActorRef]:
    """The state a nationality adjective names inside an object noun phrase (`depth`
    levels down at most, no verb in between): "le prix du baril de pétrole russe"."""
    level = [obj]
    for _ in range(depth):
        nxt: list[Token] = []
        for t in level:
            for c in t.children:
                m = ctx.mentions.get(c.i)
                if _dep(c) == "amod" and m is not None and m.form == "adj":
                    return _mention_actor(ctx, m, day)
                if c.pos_ in ("NOUN", "PROPN") and _dep(c) in ("nmod", "pobj", "prep",
                                                               "compound"):
                    nxt.append(c)
                elif _dep(c) == "prep":
                    nxt.extend(g for g in c.children if _dep(g) == "pobj")
        level = nxt
    return []


def _listed_after(ctx: _Ctx, first: ActorRef, day: str | None) -> list[ActorRef]:
    """Names listed right after a name, by commas and a last "et"/"and", when none of them
    is parsed as its conjunct: "Washington, Londres et Canberra"."""
    doc = ctx.doc
    span = doc.char_span(first.start or 0, first.end or 0, alignment_mode="expand")
    if span is None or any(_dep(c) == "conj" for t in span for c in t.children):
        return []
    out: list[ActorRef] = []
    i = span.end
    while i < len(doc) and doc[i].text == "," or (
            i < len(doc) and fold(doc[i].text) in ("et", "and") and out):
        last = fold(doc[i].text) in ("et", "and")
        j = i + 1
        if j < len(doc) and fold(doc[j].text) in ("et", "and"):
            last, j = True, j + 1  # "A, B, and C"
        while j < len(doc) and doc[j].pos_ == "DET":
            j += 1
        m = ctx.mentions.get(j)
        if m is None or m.start != j or m.form == "adj":
            return out if last else []
        acts = _mention_actor(ctx, m, day)
        if not acts or not any(a.kind != "group" for a in acts):
            return out if last else []
        out.extend(acts)
        i = m.end
        if last:
            return out
    return []  # a list must end with "et"/"and"


def _person_before(ctx: _Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The person a pronoun object stands for: the last one named before it in the sentence
    ("thanked Macron ... and invited him", "a warrant for Putin, accusing him")."""
    people = [a for a in _preceding_actors(ctx, tok, day) if a.agent]
    return people[-1:]


def _targets_hint(ctx: _Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The actors a noun's own complements name ("contre l'Ukraine"), not its owner."""
    return [a for _, arg, prep in _args(tok) if prep and prep not in AGENT
            for a in actors_of(ctx, arg, day)]


# -- dates ----------------------------------------------------------------------------

def _anchor(tok: Token, stop: set[int]) -> Token:
    cur = tok
    for _ in range(12):
        if cur.i in stop or cur.pos_ in ("VERB",) or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def _event_date(ctx: _Ctx, trig_tok: Token, verb: Token
                ) -> tuple[str | None, str | None, str | None, bool]:
    """(value, precision, text, explicit) for the event of a trigger."""
    heads = _time_heads(ctx, trig_tok, verb)
    # a complement with no time of its own takes its governor's ("a exhorté mercredi X à
    # cesser d'armer Taïwan et à soutenir..."), but its own comes first
    governors: set[int] = set()
    up = verb
    for _ in range(3):
        if _dep(up) not in ("xcomp", "conj") or up.head is up:
            break
        up = up.head
        governors.add(up.i)
    best: tuple[int, int, DateExpr] | None = None
    for expr, span in ctx.dates:
        if ctx.sent_of[span.start] != ctx.sent_of[trig_tok.i]:
            continue
        root = span.root
        # walk up from the expression; it belongs to the trigger if it reaches it (nouns)
        # or the trigger's clause verb before any other verb
        cur = root
        tier = None
        for _ in range(12):
            if cur.i in heads:
                tier = 0
                break
            if cur.pos_ == "VERB" and cur.i != root.i and _describes(cur, trig_tok):
                tier = 0  # "sa guerre en Ukraine, lancée en février 2022"
                break
            if cur.i in governors:
                tier = 1
                break
            if cur.pos_ == "VERB" and cur.i != root.i and not _time_passes(cur, trig_tok):
                break
            if cur.head is cur:
                break
            cur = cur.head
        if tier is None:
            continue
        rank = (tier, abs(span.start - trig_tok.i))
        if best is None or rank < best[:2]:
            best = (*rank, expr)
    if best is not None and best[2].value:
        e = best[2]
        return e.value, e.precision, e.text, True
    # no time expression: news of the day takes the reference date, background none
    if trig_tok.pos_ == "NOUN" and _case(trig_tok) in BACKGROUND:
        return None, None, None, False  # "trois mois après l'invasion de l'Ukraine"
    auxes = [c for c in verb.children if _dep(c).startswith("aux")]
    pluperfect = any("Tense=Imp" in str(a.morph) or fold(a.text) == "had" for a in auxes)
    imperfect = "Tense=Imp" in str(verb.morph) and not auxes
    habitual = any(fold(c.text) in HABITUAL for c in verb.children)
    # "NATO has denounced" (present perfect): a state of affairs, not the news of the day
    perfect = any(fold(a.text) in ("has", "have") for a in auxes) and verb.tag_ == "VBN"
    if pluperfect or imperfect or habitual or perfect or ctx.reference is None:
        return None, None, None, False
    return ctx.reference, "day", None, False


def _time_heads(ctx: _Ctx, trig_tok: Token, verb: Token) -> set[int]:
    """The tokens a time expression must reach to date a trigger's event."""
    heads = {trig_tok.i, verb.i}
    if _dep(verb) == "conj":  # "rejected ... on Tuesday and accused": shared time
        heads.add(verb.head.i)
    up = verb
    for _ in range(3):
        # "a saisi la Cour le 29 décembre, accusant Israël", "took a step in March
        # 2022, recalling its ambassador after Spain endorsed...": an adverbial clause
        # without a date of its own shares its head's
        if _dep(up) != "advcl" or up.head is up:
            break
        up = up.head
        heads.add(up.i)
    # "applied to join ... in May 2022": the complement's time is the verb's
    heads.update(c.i for c in verb.children
                 if _dep(c) == "xcomp" and "VerbForm=Inf" in str(c.morph))
    rel_head = verb.head if _dep(verb) == "conj" else verb
    if _dep(rel_head) in ("relcl", "acl:relcl", "acl") and any(
            fold(c.text) in ("where", "où") for c in rel_head.children):
        # "made a visit to Kyiv on Tuesday, where he met Zelensky": the same time
        heads.add(_clause_verb(rel_head.head).i)
    speech = _speech_verb(ctx, trig_tok)
    if speech is not None:
        heads.add(speech.i)  # "a assuré mercredi que son pays soutiendrait"
    return heads


def _time_passes(verb: Token, trig_tok: Token) -> bool:
    """Whether a time expression under `verb` may still date what is above it."""
    dep = _dep(verb)
    if dep in ("acl", "relcl", "acl:relcl") and verb.head.i == trig_tok.i:
        return True  # "curbs imposed in 2019": the participle describes the trigger
    if dep in ("advcl", "relcl", "acl:relcl") and any(
            fold(c.text) in WHEN for c in verb.children if _dep(c) in ("mark", "advmod")):
        return True  # "hailed ... when it was announced in August"
    # "Lors du dîner offert mercredi soir, il a assuré": a participle on a time adjunct
    return dep == "acl" and "VerbForm=Part" in str(verb.morph) and \
        _dep(verb.head) in ("obl", "obl:mod") and verb.head.pos_ == "NOUN"


def _describes(part: Token, noun: Token) -> bool:
    """A detached participle that agrees with the noun trigger just before it, whatever
    the parser hung it on ("sa guerre en Ukraine, lancée en février 2022")."""
    if noun.pos_ != "NOUN" or part.i <= noun.i or part.i - noun.i > 6 or \
            "VerbForm=Part" not in str(part.morph) or part.head.i == noun.i:
        return False
    if any(_dep(c).startswith(("aux", "nsubj")) for c in part.children):
        return False
    if any(t.pos_ == "NOUN" for t in part.doc[noun.i + 1:part.i]):
        return False
    for feat in ("Gender", "Number"):
        a, b = part.morph.get(feat, []), noun.morph.get(feat, [])
        if a and b and a != b:
            return False
    return part.doc[part.i - 1].text == ","


def _reference_date(dates: list[tuple[DateExpr, Span]], published: str | None) -> str | None:
    if not published:
        return None
    pub = date.fromisoformat(published)
    for expr, _ in dates:
        if expr.precision == "day" and expr.value:
            d = date.fromisoformat(expr.value)
            if pub - timedelta(days=7) <= d <= pub:
                return expr.value
    return published


# -- the extractor --------------------------------------------------------------------

def extract_doc(doc: Doc, article: Article, res: Resources,
                include_future: bool = False) -> list[Event]:
    """Every event a parsed article asserts, one per (source, relation, target, date)."""
    return _extract(doc, article, res, include_future)[0]


def _extract(doc: Doc, article: Article, res: Resources, include_future: bool
             ) -> tuple[list[Event], tuple[str, ...]]:
    """The events of a parsed article, and the names in it no actor table covers."""
    lang = article.lang or "fr"
    mentions: dict[int, Mention] = {}
    lex = res.lexicons[lang]
    found = find_mentions(doc, res.actors)
    unresolved = _unresolved(doc, {i for m in found for i in range(m.start, m.end)})
    for m in found:
        nxt = doc[m.end:m.end + 2]
        if len(nxt) == 2 and nxt[0].text == "-" and fold(nxt[1].text) in lex.hyphen_modifiers:
            continue  # "Iran-backed militias": Iran qualifies them, it is not a party
        for i in range(m.start, m.end):
            mentions[i] = m
    dates = []
    text = doc.text
    for expr in find_dates(text, lang, article.published):
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is not None:
            dates.append((expr, span))
    doc.user_data[DATE_TOKENS] = frozenset(t.i for _, span in dates for t in span
                                           if t.pos_ in ("NOUN", "PROPN", "NUM"))
    ctx = _Ctx(doc, article, lang, res, res.lexicons[lang], mentions, dates,
               _reference_date(dates, article.published), text)
    sents = list(doc.sents)
    for sent in sents:
        ctx.sent_of.extend([sent.start] * (sent.end - sent.start))
    ctx.candidates = _trigger_candidates(doc, lang, res.ontology.lemmas(lang))
    ctx.starts = sorted({m.start for m in mentions.values()})
    best: dict[tuple[str, str, str, str | None], Event] = {}
    for sent in sents:
        pair: list[ActorRef] = []
        for ev in _sentence_events(ctx, sent):
            if not pair and ev.modality == "asserted":
                pair = [ev.source, ev.target]
                ctx.sentence_pair = pair
            if ev.modality == "future" and not include_future:
                continue
            k = ev.key
            if k not in best or ev.confidence > best[k].confidence:
                best[k] = ev
        _remember(ctx, sent)
        if pair:
            ctx.last_pair = pair
    events = sorted(best.values(), key=lambda e: (e.evidence.start, e.evidence.trigger_start))
    return _oriented(events), unresolved


def _oriented(events: list[Event]) -> list[Event]:
    """Mutual relations between the same two actors written in one direction throughout an
    article (the first one's): "Israel ... with the UAE" then "the UAE and Israel signed"
    are not two directions of one thing."""
    first: dict[frozenset[str], tuple[str, str]] = {}
    out = []
    for e in events:
        pair = frozenset((e.source.code, e.target.code))
        if e.symmetric:
            way = first.setdefault(pair, (e.source.code, e.target.code))
            if way != (e.source.code, e.target.code):
                e = replace(e, source=e.target, target=e.source)
        out.append(e)
    return out


def _remember(ctx: _Ctx, sent: Span) -> None:
    day = ctx.reference
    lo, hi = bisect_left(ctx.starts, sent.start), bisect_left(ctx.starts, sent.end)
    for start in ctx.starts[lo:hi]:
        m = ctx.mentions[start]
        tok = ctx.doc[start]
        if not _adj_counts(ctx, tok, m):
            continue
        ctx.recent.extend(_mention_actor(ctx, m, day))
    ctx.recent = ctx.recent[-12:]
    root = sent.root
    for d, arg, _ in _args(root):
        if d in ("nsubj",) and fold(arg.text) not in PRONOUNS:
            acts = actors_of(ctx, arg, day)
            if acts:
                ctx.last_subject = acts


def _trigger_candidates(doc: Doc, lang: str, lemmas: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lemma or form may be a trigger, found over the Doc's
    arrays (no Token objects): extraction then looks at these few tokens only."""
    from spacy.attrs import LEMMA, ORTH

    rows = doc.to_array([LEMMA, ORTH]).tolist()
    strings = doc.vocab.strings
    hits: set[int] = set()
    for h in {h for row in rows for h in row}:
        text = strings[h]
        if fold(text) in lemmas:
            hits.add(h)
        elif lang == "fr" and fold(_fr_er_verb(text) or "") in lemmas:
            hits.add(h)
    return [i for i, (lemma, orth) in enumerate(rows) if lemma in hits or orth in hits]


def _sentence_events(ctx: _Ctx, sent: Span) -> Iterator[Event]:
    text = sent.text.strip()
    if text.endswith("?"):
        return
    lo, hi = bisect_left(ctx.candidates, sent.start), bisect_left(ctx.candidates, sent.end)
    for i in ctx.candidates[lo:hi]:
        tok = ctx.doc[i]
        trig = _match_trigger(ctx, tok)
        if trig is None:
            continue
        rel = ctx.res.ontology.relations[trig.relation]
        verb = tok if trig.pos == "verb" else _clause_verb(tok)
        if trig.pos == "noun" and verb is not tok and _dep(tok) in ("obj", "dobj"):
            head_trig = _match_trigger(ctx, verb) if tok.head.i == verb.i else None
            if head_trig is not None and \
                    ctx.res.ontology.relations[head_trig.relation].root == "03":
                continue  # "pledged Japan's support": promised, coded by the verb
        if "VerbForm=Inf" in str(verb.morph) and _dep(verb) in ("csubj", "nsubj", "csubj:pass"):
            continue  # "accuser l'État juif de génocide revenait à...": no one does it
        if _unasserted(ctx, verb):
            continue
        under_speech = _speech_verb(ctx, tok, SPEECH_DEPS) is not None
        threat = _threat_head(ctx, tok, verb)
        if threat is not None:
            # "menace d'imposer des sanctions à X": what is asserted is the threat
            modality = _modality(ctx, threat, threat, under_speech, threat=True)
        else:
            modality = _modality(ctx, tok, verb, under_speech, negated=trig.negated)
        if modality is None:
            continue
        if trig.negated and modality in ("future", "intent"):
            modality = "asserted"  # "will not accept": a refusal now
        day_guess = ctx.reference or ctx.article.published
        value, precision, date_text, explicit = _event_date(ctx, tok, threat or verb)
        if trig.pos == "noun" and _lifter(ctx, tok, trig) is not None:
            # "will lift curbs imposed in 2019": the curbs are a fact, from their own time
            modality = "asserted"
            if not explicit:
                value = precision = date_text = None
        day = value if value and precision == "day" else day_guess
        if trig.pos == "verb":
            sources, passive, direct = _subject(ctx, tok, day)
        else:
            sources, direct = _noun_source(ctx, tok, trig, day)
            passive = False
        targets = _targets(ctx, tok, trig, rel, passive, day)
        if trig.pos == "noun" and (not sources or not direct):
            # "un contrat d'armement entre Erevan et Paris", "hosted rounds of dialogue
            # between the two sides": the two sides are named by "entre"/"between"
            owner = tok.head if _dep(tok) in ("nmod", "pobj") and tok.head.pos_ == "NOUN" \
                else tok  # "la signature d'un contrat entre X et Y"
            between = [a for t in dict.fromkeys([tok, owner]) for _, arg, prep in _args(t)
                       if prep in BETWEEN for a in actors_of(ctx, arg, day)]
            if len(between) >= 2:
                sources, targets = between[:1], between[1:]
        speaker = _speech_subject(ctx, tok, day)
        if speaker and (not sources or len(sources) == 2 and not direct):
            sources, direct = speaker, False
        if sources and not targets and rel.cameo[:3] in ("043", "045") and ctx.sentence_pair \
                and not {a.code for a in sources} & {a.code for a in ctx.sentence_pair}:
            # "in a deal brokered by China", "the meeting was hosted by X": the host or
            # mediator acts towards the two sides just reported
            targets = list(ctx.sentence_pair)
        if rel.root == "02" and fold(tok.lemma_) in ctx.lex.inviting_verbs and \
                _invites_to_meet(ctx, tok):
            rel = ctx.res.ontology.relations[INTENT]
        if modality == "intent":
            # what an actor says it will do: an intention to cooperate, or a threat
            modality = "asserted"
            if rel.root not in ("03", "13") and (
                    trig.pos == "verb" or fold(verb.lemma_) in ctx.lex.light_verbs):
                if rel.symmetric and not targets and len(sources) >= 2:
                    sources, targets = sources[:1], sources[1:]
                rel = ctx.res.ontology.relations[
                    INTENT if rel.quad_class in (1, 2) else THREATEN]
        if threat is not None or (trig.relation == INTENT and trig.pos == "verb" and
                                  _promises_force(ctx, tok)):
            # "La Russie a promis une riposte", "Iran vowed revenge": a promise of force
            rel = ctx.res.ontology.relations[THREATEN]
        elif not targets and not rel.symmetric and len(sources) >= 2 \
                and _reciprocal(ctx, verb):
            # "Canada and India expelled each other's diplomats": both ways
            yield from _events(ctx, sent, tok, trig, rel, sources[:1], sources[1:], direct,
                               modality, value, precision, date_text, explicit)
            targets, sources = sources[:1], sources[1:]
        yield from _events(ctx, sent, tok, trig, rel, sources, targets, direct, modality,
                           value, precision, date_text, explicit)


def _promises_force(ctx: _Ctx, verb: Token) -> bool:
    """Whether what a verb promises is an act of conflict ("promis une riposte")."""
    for d, obj, _ in _args(verb):
        if d in ("obj", "dobj") or (d == "nmod" and obj.head.i in
                                    ctx.doc.user_data.get(DATE_TOKENS, ())):
            trig = _match_trigger(ctx, obj)
            if trig is not None and ctx.res.ontology.relations[trig.relation].quad_class >= 3:
                return True
    return False


def _invites_to_meet(ctx: _Ctx, verb: Token) -> bool:
    """Whether what a verb invites to is a visit or a meeting ("à se rendre en Corée")."""
    for d, c, _ in _args(verb):
        if d not in ("xcomp", "advcl", "ccomp", "obl:arg", "obl"):
            continue
        acts = [c]
        if fold(c.lemma_) in ctx.lex.light_verbs:  # "to make a state visit"
            acts += [o for d2, o, _ in _args(c) if d2 in ("obj", "dobj")]
        for act in acts:
            trig = _match_trigger(ctx, act)
            if trig is not None and ctx.res.ontology.relations[trig.relation].root == "04":
                return True
    return False


def _unasserted(ctx: _Ctx, verb: Token) -> bool:
    """Whether the clause is only asked for: "exhorté X à soutenir Y" (not "à cesser de")."""
    cur = verb
    if _dep(cur) == "conj" and cur.head is not cur:
        cur = cur.head  # "à cesser de... et à soutenir...": the conjuncts share a position
    for _ in range(2):
        if cur.head is cur or _dep(cur) not in ("xcomp", "ccomp", "obj", "dobj", "advcl",
                                                 "obl:arg"):
            return False
        if _dep(cur) in ("advcl", "obl:arg") and not any(
                fold(c.text) in ("to", "de", "d'", "a") for c in cur.children if c.i < cur.i):
            return False
        cur = cur.head
        if fold(cur.lemma_) in ctx.lex.presupposing_verbs:
            return False
        if fold(cur.lemma_) in ctx.lex.unasserting_verbs:
            return True
    return False


def _threat_head(ctx: _Ctx, tok: Token, verb: Token) -> Token | None:
    """The threat verb ("menacer", "warn") whose complement holds this trigger, if any."""
    if fold(tok.lemma_) in ctx.lex.threat_verbs:
        return None
    cur = verb
    for _ in range(2):
        if cur.head is cur or _dep(cur) not in ("xcomp", "ccomp", "obj", "dobj", "advcl"):
            return None
        if _dep(cur) == "advcl" and not any(fold(c.text) in ("to", "de", "d'")
                                            for c in cur.children if c.i < cur.i):
            return None  # "threatened to suspend", not "warned when it attacked"
        cur = cur.head
        if fold(cur.lemma_) in ctx.lex.threat_verbs:
            return cur
    return None


def _reciprocal(ctx: _Ctx, verb: Token) -> bool:
    words = [fold(t.text) for t in verb.subtree]
    if len(words) > 60:
        return False
    text = " ".join(words).replace("' ", "'")
    return any(w in text for w in ctx.lex.reciprocal_words)


def _speech_verb(ctx: _Ctx, tok: Token, deps: frozenset[str] = REPORTED_DEPS
                 ) -> Token | None:
    """The speech verb whose complement holds tok (within four heads), if any."""
    cur = tok
    for _ in range(4):
        if cur.head is cur:
            return None
        dep = _dep(cur)
        cur = cur.head
        if dep in deps and fold(cur.lemma_) in ctx.lex.speech_verbs:
            return cur
    return None


def _events(ctx: _Ctx, sent: Span, tok: Token, trig: Trigger, rel: Relation,
            sources: list[ActorRef], targets: list[ActorRef], direct: bool, modality: str,
            value: str | None, precision: str | None, date_text: str | None,
            explicit: bool) -> Iterator[Event]:
    pairs: list[tuple[ActorRef, ActorRef]] = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
    elif rel.symmetric and len(sources) >= 2:
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]
                 if a.code != b.code]
    if not pairs:
        return
    text = ctx.text
    start = sent.start_char
    while start < sent.end_char and text[start].isspace():
        start += 1
    end = sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    evidence = Evidence(text[start:end], start, end, tok.text, tok.idx,
                        tok.idx + len(tok))
    conf = 0.55 if trig.pos == "verb" else 0.45
    conf += 0.15 if direct else 0.0
    conf += 0.1 if explicit else 0.0
    conf += 0.05 * min(trig.specificity, 2)
    conf -= 0.1 if modality == "future" else 0.0
    for s, t in pairs:
        c = conf + (0.05 if t.mention and t.start is not None and
                    abs(t.start - tok.idx) < 80 else 0.0)
        yield Event(article=ctx.article.id, source=s, target=t, relation=rel.name,
                    cameo=rel.cameo, symmetric=rel.symmetric, date=value,
                    date_text=date_text, date_precision=precision if value else None,
                    confidence=round(min(c, 0.95), 3), evidence=evidence, modality=modality,
                    extractor=EXTRACTOR_VERSION)


# -- batches --------------------------------------------------------------------------

class Extraction(NamedTuple):
    """What extraction gives for one article: its events, and the names it could not resolve."""

    article: Article
    events: list[Event]
    unresolved: tuple[str, ...] = ()


# Entity labels of the fr and en pipelines that name a person, an organisation or a place.
NAME_LABELS = {"PER", "PERSON", "ORG", "LOC", "GPE"}


def _unresolved(doc: Doc, covered: set[int]) -> tuple[str, ...]:
    """Named entities (people, organisations, places) no alias of the actor tables covers.

    They never become actors by guess; the run summary counts them so users see what to add.
    """
    out = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or any(t.i in covered for t in ent):
            continue
        name = " ".join(ent.text.split()).strip(" '’\"«»")
        if len(name) > 1 and name[0].isupper():
            out.append(name)
    return tuple(out)


def extract_batch(batch: list[Article], pipelines: Pipelines, res: Resources,
                  include_future: bool = False) -> list[Extraction]:
    """A pure function of a batch of articles: parse per language, extract, keep order.

    Output follows input order, so a distributed run (Dask, Ray) that sends the same
    batches anywhere yields identical output.
    """
    out: dict[int, Extraction] = {}
    for lang in sorted({a.lang or "fr" for a in batch}):
        idx = [i for i, a in enumerate(batch) if (a.lang or "fr") == lang]
        docs = pipelines.pipe((batch[i].text for i in idx), lang, batch_size=len(idx))
        for i, doc in zip(idx, docs, strict=True):
            out[i] = Extraction(batch[i], *_extract(doc, batch[i], res, include_future))
    return [out[i] for i in range(len(batch))]
