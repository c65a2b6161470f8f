"""Extraction: a pure function from a parsed Doc (and its article) to dated events.

Arguments come from the dependency parse: the source is the agent (active subject, or the
"par"/"by" agent of a passive), the target the object, indirect object or the oblique the
trigger's relation allows. Negated, hypothetical and questioned statements are dropped;
announced future acts are flagged `modality: future`.

The package: `triggers` (which words start which relation), `parties` (the actors a noun
phrase names), `arguments` (source and target of a trigger), `modality` (negation,
condition, future, reported speech), `timing` (the event's date), `context` and `words`
(what they all read). This module runs them over each sentence and each batch.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from .. import EXTRACTOR_VERSION
from ..actors import Mention, find_mentions, fold
from ..articles import Article
from ..dates import find_dates
from ..events import ActorRef, Event, Evidence, Participant, derived_pairs
from ..lang import DEFAULT, LEXICON_KEY, Lexicon
from ..relations import Relation, Trigger
from .arguments import (
    act_noun_of,
    act_noun_owner,
    acts_along,
    along_phrase,
    incise,
    incised_clause,
    incised_speaker,
    lifter_of,
    members_said,
    noun_source,
    quoting_speaker,
    speech_subject,
    subject_of,
    targets_of,
)
from .context import (
    Ctx,
    ParsedArticle,
    Resources,
    case_of,
    clause_verb,
    conditional_form,
    conjuncts_of,
    definite,
    dep_of,
    dependents,
    light_verb,
    noun_dependents,
    offices_apposed,
    phrasal_lemmas,
    sentence_back,
    verb_lemmas,
)
from .modality import (
    charge_denied,
    invites_to_meet,
    modality_of,
    promises_force,
    ready_word,
    reciprocal,
    speech_verb,
    threat_head,
    unasserted,
)
from .parties import (
    actors_of,
    adj_counts,
    adjective_owners,
    described_by,
    description_key,
    listed_after,
    mention_actor,
)
from .people import introduced_people
from .timing import event_date, reference_date
from .triggers import causative_head, match_trigger, trigger_candidates
from .words import (
    DATE_TOKENS,
    NAME_LABELS,
    SPEECH_DEPS,
    SUBJECT_DEPS,
)

__all__ = ["Extraction", "ParsedArticle", "Resources", "extract_batch", "extract_doc",
           "parse_article"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..nlp import Pipelines


def extract_doc(doc: Doc, article: Article, res: Resources,
                include_future: bool = False) -> list[Event]:
    """Every event a parsed article asserts, one per (source, relation, target, date)."""
    return _extract(doc, article, res, include_future)[0]


def _extract(doc: Doc, article: Article, res: Resources, include_future: bool
             ) -> tuple[list[Event], tuple[str, ...]]:
    """The events of a parsed article, and the names in it no actor table covers."""
    ctx, unresolved = parse_article(doc, article, res)
    return _read(ctx, include_future), unresolved


def _mend_objects(doc: Doc) -> None:
    """A verb's object that the parser hung on the comma closing an inserted phrase ("a
    prolongé lundi, jusqu'au 31 juillet, ses sanctions contre la Russie"): hung back on the
    verb, as its object, when the verb has none."""
    for tok in doc:
        comma = tok.head
        verb = comma.head
        if dep_of(tok) == "dep" and tok.pos_ in ("NOUN", "PROPN") and comma.text == "," and \
                comma.i < tok.i and verb.pos_ == "VERB" and verb.i < comma.i and \
                not any(dep_of(c) in ("obj", "dobj") for c in verb.children):
            tok.head = verb
            tok.dep_ = "dobj" if doc.lang_ == "en" else "obj"


def parse_article(doc: Doc, article: Article, res: Resources
                  ) -> tuple[ParsedArticle, tuple[str, ...]]:
    """What the parse of an article says (mentions, dates, trigger candidates), and the
    names in it no actor table covers."""
    lang = article.lang or DEFAULT
    _mend_objects(doc)
    mentions: dict[int, Mention] = {}
    lex = res.languages[lang].lexicon
    doc.user_data[LEXICON_KEY] = lex
    found = find_mentions(doc, res.actors)
    found = _without_dateline(doc, found + introduced_people(doc, found, res.actors, lex,
                                                             article.published))
    found = sorted(found + _introduced_acronyms(doc, found), key=lambda m: m.start)
    unresolved = _unresolved(doc, {i for m in found for i in range(m.start, m.end)})
    hyphen_agents: dict[int, Mention] = {}
    found = _without_patronymics(doc, _without_glosses(doc, found), lex)
    for m in found:
        nxt = doc[m.end:m.end + 2]
        if len(nxt) == 2 and nxt[0].text == "-" and fold(nxt[1].text) in lex.hyphen_modifiers:
            # "Iran-backed militias": Iran qualifies them, it is not a party; it is only the
            # agent of the participle ("a Russian-brokered deal": Russia brokered it)
            hyphen_agents[m.end + 1] = m
            continue
        for i in range(m.start, m.end):
            mentions[i] = m
    text = doc.text
    dates = [(expr, span) for expr in find_dates(text, lang, article.published)
             for span in [doc.char_span(expr.start, expr.end, alignment_mode="expand")]
             if span is not None]
    doc.user_data[DATE_TOKENS] = frozenset(
        [t.i for _, span in dates for t in span if t.pos_ in ("NOUN", "PROPN", "NUM")] +
        # "accuse depuis des années Moscou": durations the parser hangs objects on too
        [t.i for t in doc if t.pos_ == "NOUN" and fold(t.lemma_) in lex.time_nouns])
    sents = list(doc.sents)
    ctx = ParsedArticle(
        doc, article, lang, res, lex, mentions, dates, reference_date(dates, article.published),
        text, tuple(sent.start for sent in sents for _ in range(sent.end - sent.start)),
        tuple(trigger_candidates(doc, res.languages[lang].morphology.verb_guess,
                                 res.ontology.lemmas(lang))),
        tuple(sorted({m.start for m in mentions.values()})), hyphen_agents)
    return ctx, unresolved


# A wire dateline: the place (in capitals), maybe a date, then the agency in brackets or a
# dash ("LONDON (AA) –", "HANOI, VIETNAM (AP) –", "KHARTOUM --", "RABAT, janvier. 22 (Xinhua)",
# "BRUXELLES.—", "LA PAZ --"); a place of capitalised words before an agency in brackets
# ("New Delhi (AFP) -", "Nairobi (Reuters) -"; not "L'Union africaine (UA) -"); or place,
# agency and date between bars ("Nairobi, Kenya | AFP | lundi 02/03/2015 -").
DATELINE = re.compile(
    r"\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40}(?:,[^()\n]{0,40}?)?\s*"
    r"(?:\([^()\s]{1,20}\)\s*[-–—]{0,2}|[-–—]{1,2}(?=\s))"
    r"|[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3}\s*\([A-Z][A-Za-z]{1,10}\)\s*"
    r"[-–—]{1,2}(?=\s)"
    r"|[A-ZÀ-Ý][^()|\n]{1,40}?\|\s*[A-Z]{2,10}\s*\|[^|\n]{1,40}?\s[-–—]{1,2}(?=\s))")


def parser_input(text: str) -> str:
    """The text the parser reads: the article's, its dateline blanked out (same length, so
    every offset holds). A dateline is where and when the story was written, neither a party
    nor an event's date, and glued to the lead ("BRUXELLES.— Les représentants...") it
    hides the lead's subject from the parser."""
    head = _dateline(text)
    if head is None:
        return text
    return "".join(c if c.isspace() else " " for c in text[:head]) + text[head:]


def _dateline(text: str) -> int | None:
    """Where the article's dateline ends, if it has one (a place of one or two letters,
    "EU - China", is none)."""
    head = DATELINE.match(text)
    if head is None or sum(c.isalpha() for c in head.group(0)) < 3:
        return None
    return head.end()


def _without_dateline(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Drop the places of a dateline the parser was given (a Doc not made with
    `parser_input`): where the story was written, not a party."""
    end = _dateline(doc.text)
    return found if end is None else [m for m in found if doc[m.start].idx >= end]


def _introduced_acronyms(doc: Doc, found: list[Mention]) -> list[Mention]:
    """An acronym a text introduces in brackets after a name, of that name's initials
    ("Papua New Guinea (PNG)", "the Kingdom of Saudi Arabia (KSA)"), names that actor
    wherever it comes later."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in found:
        if m.form != "name" or m.end + 2 >= len(doc) or doc[m.end].text != "(" or \
                doc[m.end + 2].text != ")":
            continue
        short = doc[m.end + 1].text
        initials = "".join(t.text[0] for t in doc[m.start:m.end] if t.text[:1].isupper())
        if m.end + 1 in taken or not (2 <= len(short) <= 8 and short.isalpha() and
                                      short.isupper()) or initials.upper() != short:
            continue  # (the letters must be the name's: not "... in Iraq and Syria (ISIS)")
        out.extend(Mention(t.i, t.i + 1, t.text, m.aliases, m.codes)
                   for t in doc[m.end + 3:] if t.text == short and t.i not in taken)
    return out


def _without_glosses(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Drop a name in brackets that repeats the one before it ("l'Organisation de
    coopération de Shanghai (OCS)"): the parser makes it an argument of its own."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start - 1 and m.end < len(doc) and \
                doc[m.start - 1].text == "(" and doc[m.end].text == ")" and \
                {a.code for a in prev.aliases} & {a.code for a in m.aliases} - {None}:
            continue
        out.append(m)
    return out


def _without_patronymics(doc: Doc, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """Drop a person's name that follows a patronymic particle after a name ("Prince Faisal
    bin Khalid bin Salman"): a father's name inside someone else's, not a person of its
    own."""
    return [m for m in found if not (
        m.form == "person" and m.start > 1 and
        fold(doc[m.start - 1].text) in lex.patronymic_particles and
        doc[m.start - 2].text[:1].isupper())]


def _read(ctx: ParsedArticle, include_future: bool) -> list[Event]:
    """Read an article sentence by sentence, remembering what later sentences point back
    to; one event per (source, relation, target, date), the most confident."""
    memory = ctx.memory
    best: dict[tuple[str, str, str, str | None], Event] = {}
    for sent in ctx.doc.sents:
        pair: list[ActorRef] = []
        for ev in _sentence_events(ctx, sent):
            if ev.modality == "asserted":
                if not pair:
                    pair = memory.sentence_pair = [ev.source, ev.target]
                memory.acts.append(ev)
                if ctx.res.ontology.relations[ev.relation].has("reproach"):
                    memory.reproaches.append((ev.source, ev.target))
            if ev.modality == "future" and not include_future:
                continue
            k = ev.key
            if k not in best or ev.confidence > best[k].confidence:
                best[k] = ev
        _remember(ctx, sent)
        if pair:
            memory.last_pair = pair
    events = sorted(best.values(), key=lambda e: (e.evidence.start, e.evidence.trigger_start))
    return _gathered(_oriented(events))


def _gathered(events: list[Event]) -> list[Event]:
    """The pairs one trigger gave among three or more parties (a summit, a joint statement)
    as one event with its participants, where its first pair stood; a pair another trigger
    also gave is that event's, not one more."""
    whole = {id(e): _as_one_event(e) for e in events if e.extra.get(GATHERING)}
    nary: dict[tuple[str, str, str, str | None], Event] = {}
    for n in whole.values():
        if n.key not in nary or n.confidence > nary[n.key].confidence:
            nary[n.key] = n
    covered = {p.key for n in nary.values() for p in n.pairs()}
    out: list[Event] = []
    placed: set[tuple[str, str, str, str | None]] = set()
    for e in events:
        one = whole.get(id(e))
        if one is None:
            if e.key not in covered:
                out.append(e)
        elif one.key not in placed:
            placed.add(one.key)
            out.append(nary[one.key])
    return out


def _as_one_event(e: Event) -> Event:
    """The event of several parties a pair was marked as part of; its first pair stands as
    its source and target."""
    n = replace(e, participants=e.extra[GATHERING], extra={})
    first = n.pairs()[0]
    return replace(n, source=first.source, target=first.target)


GATHERING = "gathering"


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


def _remember(ctx: Ctx, sent: Span) -> None:
    day = ctx.reference
    lo, hi = bisect_left(ctx.starts, sent.start), bisect_left(ctx.starts, sent.end)
    for start in ctx.starts[lo:hi]:
        m = ctx.mentions[start]
        tok = ctx.doc[start]
        if not adj_counts(ctx, tok, m):
            continue
        acts = mention_actor(ctx, m, day)
        ctx.memory.recent.extend(acts)
        if acts and dep_of(tok) != "conj" and (start == 0 or ctx.doc[start - 1].text != ","):
            # "au Bénin, au Togo et au Nigeria" (a list the parser did not coordinate): what
            # "ces pays" will point to
            listed = list({a.code: a for a in [*acts, *listed_after(ctx, acts[0], day)]
                           if a.kind != "group"}.values())
            if len(listed) > 2:
                ctx.memory.groups.append(listed)
        owned = ctx.doc[m.end - 1].head
        if dep_of(ctx.doc[m.end - 1]) in ("amod", "poss", "nmod:poss", "nmod", "compound") and \
                fold(owned.lemma_) in ctx.lex.state_anaphors and len(acts) == 1 and \
                acts[0].kind == "state":
            # "Mali's ruling junta", "la junte malienne": what "the junta" will point to
            ctx.memory.anaphor_states[fold(owned.lemma_)] = replace(acts[0], agent=None)
        noun = described_by(ctx, tok) if len(acts) == 1 and acts[0].kind == "state" else None
        if noun is not None:
            # "the Pacific island nation of Nauru": what "the Pacific island country" will
            # point to
            ctx.memory.anaphor_states["introduced " + description_key(noun)] = \
                replace(acts[0], agent=None)
    ctx.memory.recent[:] = ctx.memory.recent[-12:]
    for tok in sent:
        if any(dep_of(c) == "conj" for c in tok.children) and dep_of(tok) != "conj":
            # "Britain, France and Germany": what "the three countries" will point to
            listed = list({a.code: a for a in actors_of(ctx, tok, day)
                           if a.kind != "group"}.values())
            if len(listed) > 2:
                ctx.memory.groups.append(listed)
    root = sent.root
    for d, arg, _ in dependents(root):
        if d in ("nsubj",) and fold(arg.text) not in ctx.lex.pronouns:
            acts = actors_of(ctx, arg, day)
            if acts:
                ctx.memory.last_subject = acts
                # (a state's name, not its minister nor a person: "Bolivia", not "Hugo")
                said = ctx.mentions.get(arg.i)
                ctx.memory.subject_named = said is not None and said.form in ("name", "seat")


def _sentence_events(ctx: Ctx, sent: Span) -> Iterator[Event]:
    """The events of one sentence, trigger by trigger (a question asserts nothing)."""
    if sent.text.strip().endswith("?"):
        return
    lo, hi = bisect_left(ctx.candidates, sent.start), bisect_left(ctx.candidates, sent.end)
    for i in ctx.candidates[lo:hi]:
        tok = ctx.doc[i]
        trig = match_trigger(ctx, tok)
        if trig is not None:
            yield from _trigger_events(ctx, sent, tok, trig)
    for tok in sent:
        if fold(tok.lemma_) in ctx.lex.same_act_verbs and _repeats(ctx, tok):
            yield from _repeated_acts(ctx, sent, tok)


def _repeats(ctx: Ctx, verb: Token) -> bool:
    """Whether a verb says the act last reported is done again: its object (or the subject
    of its passive) is, or is qualified by, a word of repetition ("followed suit", "did the
    same", "a pris la même décision", "cette même mesure a été adoptée"), or "de même"."""
    for c in verb.children:
        d = dep_of(c)
        if d in ("obj", "dobj", "nsubj:pass", "nsubjpass") and (
                fold(c.lemma_) in ctx.lex.same_act_words or any(
                    fold(g.lemma_) in ctx.lex.same_act_words for g in c.children
                    if dep_of(g) in ("amod", "det"))):
            return True
        if fold(c.text) in ctx.lex.of and any(fold(g.text) in ctx.lex.same_act_words
                                              for g in c.children if dep_of(g) == "fixed"):
            return True  # "a fait de même"
    return False


def _main_clause(ctx: Ctx, ev: Event) -> bool:
    """Whether an event's trigger heads its sentence, a clause conjoined to it or the
    clause reported by it."""
    span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end,
                             alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if dep_of(tok) in ("conj", "ccomp") and dep_of(tok.head) == "root":
        tok = tok.head  # "expelled ..., its foreign ministry said"
    return dep_of(tok) == "root"


def _recent_acts(ctx: Ctx, sent: Span) -> list[Event]:
    """The events asserted in this sentence and the one before: what "the same decision",
    an act done "also" and an act with no stated target point back to."""
    before = ctx.doc[ctx.sent_of[sent.start - 1]] if sent.start else sent[0]
    return [ev for ev in ctx.memory.acts if ev.evidence.start >= before.idx]


def _repeated_acts(ctx: Ctx, sent: Span, verb: Token) -> Iterator[Event]:
    """"Egypt and the UAE followed suit", "l'Allemagne a pris la même décision": the main
    act just reported (in this sentence or the one before: an act not asserted there, such
    as a refusal to attend, is not one to repeat; nor is a criticism said in passing), done
    by the verb's subject (or the agent of its passive) towards each of its targets, as the
    clause dates it; not when the repetition is itself refused or denied."""
    recent = _recent_acts(ctx, sent)
    if not recent:
        return
    main = [ev for ev in recent if _main_clause(ctx, ev)]
    last = (main or recent)[-1]
    rel = ctx.res.ontology.relations[last.relation]
    trig = Trigger(last.relation, "verb", fold(verb.lemma_))
    if _not_asserted(ctx, verb, trig, verb) or \
            _modality(ctx, verb, trig, verb, None) != "asserted":
        return  # "refused to follow suit", "n'a pas fait de même"
    value, precision, date_text, explicit = event_date(ctx, verb, verb)
    day = value if value and precision == "day" else ctx.reference or ctx.article.published
    sources, _, direct = subject_of(ctx, verb, day)
    # every target of that act ("sanctions on Iran and North Korea ... Britain followed suit")
    targets = list({ev.target.code: ev.target for ev in recent
                    if ev.relation == last.relation and
                    ev.evidence.trigger_start == last.evidence.trigger_start}.values())
    sources = [a for a in sources if a.code not in
               {last.source.code} | {t.code for t in targets}]
    yield from _events(ctx, sent, verb, trig, rel, sources, targets, direct,
                       "asserted", value, precision, date_text, explicit)


def _not_asserted(ctx: Ctx, tok: Token, trig: Trigger, verb: Token) -> bool:
    """Whether a trigger's event is not the text's to assert, whatever its modality."""
    rel = ctx.res.ontology.relation_of(trig)
    if tok.head.i != tok.i and dep_of(tok) in ("xcomp", "ccomp", "advcl") and \
            not any(dep_of(c) in SUBJECT_DEPS for c in tok.children):
        framing = match_trigger(ctx, tok.head)
        if framing is not None and verb_lemmas(ctx, tok) & framing.modifiers:
            return True  # "ordered the ambassadors to leave": a word of another's frame
    if trig.pos == "noun" and verb.i != tok.i and dep_of(tok) in ("obj", "dobj"):
        head_trig = match_trigger(ctx, verb) if tok.head.i == verb.i else None
        if head_trig is not None and ctx.res.ontology.relation_of(head_trig).has("intent"):
            return True  # "pledged Japan's support": promised, coded by the verb
    if trig.pos == "noun" and tok.head.i != tok.i and dep_of(tok) in (
            "obj", "dobj", "obl", "obl:arg", "pobj", "nmod"):
        # "opposes Ukraine's accession", "s'oppose à l'adhésion de l'Ukraine": the act
        # opposed is not asserted (its head: the verb, or the preposition on it)
        head = tok.head.head if dep_of(tok) == "pobj" else tok.head
        head_trig = match_trigger(ctx, head)
        if head_trig is not None and ctx.res.ontology.relation_of(head_trig).has("opposes"):
            return True
    if trig.pos == "noun" and _ended_by_head(ctx, tok, rel):
        return True  # "la rupture des relations diplomatiques": no relation is asserted
    if trig.pos == "noun" and dep_of(tok) in ("obj", "dobj", "nsubj:pass", "nsubjpass") and \
            phrasal_lemmas(ctx, tok.head) & ctx.lex.cancel_verbs:
        return True  # "la visite ... a été annulée", "postponed the talks": not held
    if trig.pos == "noun" and fold(tok.lemma_) in ctx.lex.manner_nouns and (
            case_of(tok) in ctx.lex.manner_preps or dep_of(tok) == "pobj" and
            fold(tok.head.text) in ctx.lex.manner_preps):
        return True  # "a rappelé son ambassadeur en représailles à", "in retaliation for": how
        # the verb's act is done, no act of its own
    if trig.pos == "noun" and rel.has("meeting") and _purpose_of_hostile_act(ctx, tok):
        return True  # "a rappelé son ambassadeur pour consultations": at home
    if trig.pos == "verb" and fold(tok.lemma_) in ctx.lex.admitting_verbs and \
            incise(tok) and any(dep_of(c).startswith("nsubj") and c.i > tok.i
                                for c in tok.children):
        return True  # "..., a reconnu un diplomate": speech, no recognition
    if "VerbForm=Inf" in str(verb.morph) and dep_of(verb) in ("csubj", "nsubj", "csubj:pass"):
        return True  # "accuser l'État juif de génocide revenait à...": no one does it
    # "appelé au dialogue", "called for talks": asked for, not held
    # cooperation sought or tried for is an intention, which modality tells
    cooperative = rel.quad_class <= 2 and _intent_shows(ctx, tok, trig, verb)
    return unasserted(ctx, verb, cooperative) or (
        trig.pos == "noun" and _asked_for(ctx, tok, cooperative))


def _purpose_of_hostile_act(ctx: Ctx, noun: Token) -> bool:
    """A bare noun after a preposition of purpose on a verb whose trigger is a hostile act
    ("recalled for consultations"; not "criticised Beijing for its talks with Moscow")."""
    head = noun.head.head if dep_of(noun) == "pobj" else noun.head
    prep = fold(noun.head.text) if dep_of(noun) == "pobj" else case_of(noun)
    if prep not in ctx.lex.for_preps or head.i == noun.i or head.pos_ != "VERB" or \
            any(dep_of(c) in ("det", "poss", "nmod:poss") for c in noun.children):
        return False
    head_trig = match_trigger(ctx, head)
    return head_trig is not None and ctx.res.ontology.relation_of(head_trig).has("force")


def _intent_shows(ctx: Ctx, tok: Token, trig: Trigger, verb: Token) -> bool:
    """Whether an intention to act shows on the trigger itself: a verb, or a noun whose verb
    only carries it (light, or of seeking: "sought closer ties"); not a noun under a verb of
    its own ("hopes to deepen cooperation": the verb carries it), nor the subject of its
    verb ("the visit aims to deepen ties": the visit took place)."""
    return trig.pos == "verb" or (bool(
        verb_lemmas(ctx, verb) & (ctx.lex.light_verbs | ctx.lex.striving_words)) or
        any(ready_word(ctx, t, adjective=True) for t in (verb, tok.head, tok.head.head))) and \
        dep_of(tok) not in SUBJECT_DEPS  # ("ouverte à la coopération", "prête à une
    # coopération", "ready for talks"; not a verb's adjunct: "pledged aid after the strike")


def _modality(ctx: Ctx, tok: Token, trig: Trigger, verb: Token, threat: Token | None,
              obligation: bool = True) -> str | None:
    """asserted, future, intent, or None (negated, hypothetical) for a trigger."""
    under_speech = speech_verb(ctx, tok, SPEECH_DEPS) is not None
    if threat is not None:
        # "menace d'imposer des sanctions à X": what is asserted is the threat
        return modality_of(ctx, threat, threat, under_speech, threat=True)
    # "avertit le Conseil que s'il ne condamne pas...": a warning is asserted whatever its
    # condition
    modality = modality_of(ctx, tok, verb, under_speech, negated=trig.negated,
                           threat=ctx.res.ontology.relation_of(trig).has("threat"),
                           obligation=obligation)
    if (trig.negated or trig.caused) and modality in ("future", "intent"):
        return "asserted"  # "will not accept": a refusal now; "will make X pay": a threat now
    return modality


def _trigger_events(ctx: Ctx, sent: Span, tok: Token, trig: Trigger) -> Iterator[Event]:
    """The events one trigger asserts: its modality, date, parties and what context makes
    of its relation."""
    rel = ctx.res.ontology.relation_of(trig)
    verb = tok if trig.pos == "verb" else clause_verb(tok)
    if _not_asserted(ctx, tok, trig, verb):
        return
    if trig.pos == "noun" and not rel.has("meeting") and \
            verb_lemmas(ctx, verb) & ctx.lex.concluding_verbs:
        return  # "ended its embargo on Cuba" is no embargo ("concluded his visit" is one)
    threat = threat_head(ctx, tok, verb)
    modality = _modality(ctx, tok, trig, verb, threat)
    if modality is None:
        return
    value, precision, date_text, explicit = event_date(ctx, tok, threat or verb)
    if trig.pos == "noun" and lifter_of(ctx, tok, trig) is not None:
        # "will lift curbs imposed in 2019": the curbs are a fact, from their own time
        modality = "asserted"
        if not explicit:
            value = precision = date_text = None
    day = value if value and precision == "day" else ctx.reference or ctx.article.published
    # "a mediation effort between Russia and Ukraine": the noun the trigger qualifies
    # carries its arguments
    carrier = tok.head if trig.pos == "noun" and dep_of(tok) == "compound" and \
        tok.head.pos_ == "NOUN" and match_trigger(ctx, tok.head) is None else tok
    parties = _parties(ctx, carrier, trig, rel, day, speaker_rules=modality != "deontic")
    if parties is None:
        return
    if modality == "deontic":
        called = _called_for(ctx, tok, carrier, trig, rel, verb, threat, day, parties)
        if called is None:
            return
        rel, modality, parties = called
    sources, targets, direct = parties
    rel, modality, sources, targets = _recoded(ctx, tok, trig, rel, verb, modality,
                                               sources, targets)
    when = (value, precision, date_text, explicit)
    if threat is not None or (ctx.res.ontology.relation_of(trig).has("intent") and
                              trig.pos == "verb" and promises_force(ctx, tok)):
        # "La Russie a promis une riposte", "Iran vowed revenge": a promise of force
        rel = ctx.res.ontology.flagged("threat")
    elif not targets and not rel.symmetric and len(sources) >= 2 and (
            reciprocal(ctx, verb) or _posted_theirs(ctx, tok, rel, sources) or
            trig.reflexive and rel.has("force") or _exchanged(ctx, tok, trig, rel) is not None):
        # "Canada and India expelled each other's diplomats", "le Pérou et la Bolivie
        # rappellent leurs ambassadeurs", "Erevan et Bakou se sont affrontés", "traded
        # accusations": both ways
        yield from _events(ctx, sent, tok, trig, rel, sources[:1], sources[1:], direct,
                           modality, *when)
        targets, sources = sources[:1], sources[1:]
    yield from _events(ctx, sent, tok, trig, rel, sources, targets, direct, modality, *when)
    if rel.quad_class <= 2 and not rel.has("mediation"):
        yield from _go_between_events(ctx, sent, tok, trig, verb, sources, targets, modality,
                                      when, day)
    elif rel.quad_class >= 3 and trig.pos == "verb" and modality == "asserted" and sources:
        yield from _reproached_reasons(ctx, sent, tok, sources, when, day)


def _posted_theirs(ctx: Ctx, tok: Token, rel: Relation, sources: list[ActorRef]) -> bool:
    """Whether the object of a relation flagged `posted` is "theirs" ("their ambassadors"):
    each subject's own, posted with the other; not when another state is named in the
    sentence or the one before ("France and Germany recalled their ambassadors after the
    junta in Niger...": from Niger, which the text does not say)."""
    if not rel.has("posted") or not any(
            dep_of(o) in ("obj", "dobj", "nmod", "pobj") and
            any(fold(d.text) in ctx.lex.plural_possessives for d in o.children if d.i < o.i)
            for o in [*tok.children, *(g for c in tok.children if c.pos_ == "ADP"
                                       for g in c.children)]):
        return False
    start = ctx.sent_of[tok.i]
    start = ctx.sent_of[start - 1] if start > 0 else start
    mine = {a.code for a in sources}
    return not any(a.code not in mine and a.kind == "state" for i in range(start, tok.sent.end)
                   if i in ctx.mentions for a in mention_actor(ctx, ctx.mentions[i], None))


# What a reason given for a hostile measure makes of it towards the reason's doer.
REPROACH = "CRITICIZE"


def _reproached_reasons(ctx: Ctx, sent: Span, verb: Token, sources: list[ActorRef],
                        when: tuple[str | None, str | None, str | None, bool],
                        day: str | None) -> Iterator[Event]:
    """"Saudi Arabia severed ties over Lebanon's support for armed militias", "avait
    rappelé son ambassadeur en réponse aux provocations du Togo": a hostile measure taken
    for another actor's act reproaches it that act (the act's doer: its possessor, adjective
    or by-agent, or a name after "de"/"of" on a noun that is no act of its own)."""
    reasons = []
    objects = [o for d, o, _ in dependents(verb) if d in ("obj", "dobj")]
    for _, arg, prep in (x for t in [verb, *objects] for x in dependents(t)):
        if prep in ctx.lex.reason_preps or (prep is not None and prep in ctx.lex.of and
                                            fold(arg.lemma_) in ctx.lex.reason_nouns):
            # "over Lebanon's support" (on the verb or its object), "because of Russia's refusal"
            reasons.append(arg)
        elif fold(arg.lemma_) in ctx.lex.reason_nouns:
            # "in response to Moscow's annexation", "en réponse aux provocations du Togo"
            reasons += [a for _, a, p in dependents(arg) if p is not None]
    have = {a.code for a in sources}
    owners: dict[str, ActorRef] = {}
    for act in reasons:
        if act.i in ctx.mentions or act.pos_ != "NOUN":
            continue  # a party, not an act
        said = match_trigger(ctx, act)
        if said is not None and (ctx.res.ontology.relation_of(said).has("reproach") or
                                 ctx.res.ontology.relation_of(said).cameo[:2] == "16"):
            continue  # a reproach of its own, the other way; or a measure answered in kind
        doers = _named_doers(ctx, act, day, ctx.lex.agent)  # "Qatar's", "russe", "by Iran"
        aimed = ctx.res.ontology.relation_of(said).preps.get(ctx.lang, frozenset()) \
            if said is not None else frozenset()
        against = any(dep_of(t) in ("case", "prep") and fold(t.text) in aimed - ctx.lex.of
                      for t in act.subtree)
        if not doers and (said is None or against):
            # "les provocations du Togo contre notre souveraineté": a name right after
            # "de"/"of" is the doer when nothing else is (on an act noun, only when what it
            # is done to has its own preposition: "over the invasion of Ukraine" is done to
            # Ukraine)
            doers = _named_doers(ctx, act, day, ctx.lex.of)
        for a in doers:
            if a.code not in have:
                owners.setdefault(a.code, a)
    if not owners:
        return
    rel = ctx.res.ontology.relations[REPROACH]
    trig = Trigger(rel.name, "verb", fold(verb.lemma_))
    yield from _events(ctx, sent, verb, trig, rel, sources, list(owners.values()), False,
                       "asserted", *when)


def _named_doers(ctx: Ctx, noun: Token, day: str | None, preps: set[str]
                 ) -> list[ActorRef]:
    """The actors an act or reproach noun names as whoever did or made it: its possessor,
    or a name as its nationality adjective or after one of `preps` ("Lebanon's support", "les
    critiques américaines", "les accusations de Kiev", "by Iran")."""
    return [a for d, c, prep in dependents(noun)
            if d in ("poss", "nmod:poss") or (d == "amod" or prep in preps) and
            c.i in ctx.mentions for a in actors_of(ctx, c, day)]


def _go_between_events(ctx: Ctx, sent: Span, tok: Token, trig: Trigger, verb: Token,
                       sources: list[ActorRef], targets: list[ActorRef], modality: str,
                       when: tuple[str | None, str | None, str | None, bool],
                       day: str | None) -> Iterator[Event]:
    """"Bakou et Erevan ont conclu un accord par l'entremise du Kazakhstan", "talks held under
    the auspices of the AU": the go-between named on a cooperative act mediates between its
    sides (each of them), on the act's day."""
    rel = ctx.res.ontology.relation_of(trig)
    if not (rel.symmetric or len(sources) >= 2) or trig.within:
        return  # a one-way act ("delivered aid to Syria under the auspices of the UN"); a
        # presence ("en présence de l'ambassadeur de Chine") is no act brought about
    sides = list({a.code: a for a in [*sources, *targets]}.values())
    if len(sides) < 2:
        return
    mediators: list[ActorRef] = []
    for head in dict.fromkeys([tok, verb]):
        for c in head.children:
            for t in (c, *c.children):
                if not {fold(t.lemma_), fold(t.text)} & ctx.lex.go_between_nouns:
                    continue  # (the English lemma of "auspices" is "auspex")
                # "of" the go-between, or its adjective or name before ("l'égide
                # européenne", "under AU auspices"), or an official named with a title
                # ("sous la houlette du président du Conseil européen Charles Michel")
                mediators += [a for d, arg, prep in dependents(t)
                              if prep in ctx.lex.of or d in ("amod", "compound")
                              for m in [ctx.mentions.get(arg.i)]
                              for a in (mention_actor(ctx, m, day) if m is not None
                                        else actors_of(ctx, arg, day)[:1])]
                # (the official's own state, not one named further on: "sous la houlette
                # du président ougandais, en présence de l'ambassadeur de Chine")
    have = {a.code for a in sides}
    mediation = next((r for r in ctx.res.ontology.relations.values()
                      if r.source_role == "mediator"), None)
    if mediation is None:
        return  # (an ontology with no mediating relation)
    for m in {a.code: a for a in mediators if a.code not in have}.values():
        yield from _events(ctx, sent, tok, Trigger(mediation.name, "noun", fold(tok.lemma_)),
                           mediation, [m], sides, False, modality, *when)


def _called_for(ctx: Ctx, tok: Token, carrier: Token, trig: Trigger, rel: Relation,
                verb: Token, threat: Token | None, day: str | None,
                parties: tuple[list[ActorRef], list[ActorRef], bool]
                ) -> tuple[Relation, str, tuple[list[ActorRef], list[ActorRef], bool]] | None:
    """What must or should happen, said by someone: "« les fenêtres de dialogue entre la
    Grèce et la Turquie doivent être ouvertes », a déclaré Heiko Maas" is Germany's appeal
    to both; what the speaker's own side must do keeps its relation ("Shoigu told Wang Yi
    both countries must counter US policy"). None: no event."""
    sources, targets, _ = parties
    speaker = speech_subject(ctx, verb, day) or quoting_speaker(ctx, verb, day)
    codes = {a.code for a in speaker}
    if not sources or codes & {a.code for a in sources}:
        modality = _modality(ctx, tok, trig, verb, threat, obligation=False)
        own = _parties(ctx, carrier, trig, rel, day)
        return None if own is None or modality is None else (rel, modality, own)
    addressed = [a for a in dict((a.code, a) for a in [*sources, *targets]).values()
                 if a.code not in codes]
    if not speaker or not addressed:
        return None
    return ctx.res.ontology.flagged("appeal"), "asserted", (speaker, addressed, False)


@dataclass
class Parties:
    """Who acts and towards whom, as the party rules settle it for one trigger."""

    sources: list[ActorRef]
    targets: list[ActorRef]
    direct: bool
    passive: bool


def _parties(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
             speaker_rules: bool = True
             ) -> tuple[list[ActorRef], list[ActorRef], bool] | None:
    """(sources, targets, direct) of a trigger, or None when it has no one to act on: its
    frame's arguments, then PARTY_RULES in order (without those that bring in a speaker or
    a mediator's sides, for an act that is only called for)."""
    if trig.pos == "verb":
        sources, passive, direct = subject_of(ctx, tok, day)
    else:
        sources, direct = noun_source(ctx, tok, trig, day)
        passive = False
    p = Parties(sources, targets_of(ctx, tok, trig, rel, passive, day), direct, passive)
    for rule in PARTY_RULES if speaker_rules else [_between_sides, _owner_source]:
        if rule(ctx, tok, trig, rel, day, p) is False:
            return None
    return p.sources, p.targets, p.direct


def _causative_sides(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                     p: Parties) -> bool | None:
    """"China would make Prague pay a high price", "Israël fera payer le prix au Liban": a
    price made to pay (`caused`) is the causer's threat, aimed at whom it makes pay (the
    verb's own subject, the causative's object, or the one it is made "à"/"to"); with no
    causative ("Israel will pay for its crimes, Ankara said"), the speaker's."""
    if not trig.caused:
        return None
    causer = causative_head(ctx, tok)
    if causer is None:
        # "Israel will pay for its crimes, Ankara said": whoever says it threatens the payer
        payers = p.sources
        p.sources, p.direct = speech_subject(ctx, tok, day), False
        p.targets = [a for a in payers if a.code not in {s.code for s in p.sources}]
        return None
    p.sources = subject_of(ctx, causer, day)[0]
    p.direct = True
    made = [arg for t in (tok, causer) for d, arg, prep in dependents(t)
            if d in ("nsubj", "obj", "dobj", "iobj", "dative") and arg.i != tok.i
            or prep in ctx.lex.destination_preps]
    for obj in (arg for d, arg, _ in dependents(tok) if d in ("obj", "dobj")):
        # ("payer un lourd prix au Liban": the "à" phrase hung on the price)
        made += [arg for _, arg, prep in dependents(obj) if prep in ctx.lex.destination_preps]
    mine = {a.code for a in p.sources}
    p.targets = [a for arg in made for a in actors_of(ctx, arg, day) if a.code not in mine]
    return None


def _between_sides(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                   p: Parties) -> bool | None:
    """"un contrat d'armement entre Erevan et Paris", "hosted rounds of dialogue between
    the two sides": a noun's sides are named by "entre"/"between" (a mediation's are its
    targets); "A friendship treaty was signed between France and Japan"."""
    if trig.pos == "noun":
        owner = tok.head if dep_of(tok) in ("nmod", "pobj") and tok.head.pos_ == "NOUN" \
            or dep_of(tok) in SUBJECT_DEPS and \
            tok.head.pos_ in ("VERB", "ADJ") and match_trigger(ctx, tok.head) is None \
            else tok  # "la signature d'un contrat entre X et Y", "relations have been
        # strained between X and Y" (the sides on the predicate of the noun)
        between = [a for t in dict.fromkeys([tok, owner]) for _, arg, prep in dependents(t)
                   if prep in ctx.lex.between for a in actors_of(ctx, arg, day)]
        if len(between) == 1 and between[0].start is not None:
            # "la médiation entre la Russie et l'Ukraine" with "l'Ukraine" parsed elsewhere
            between += listed_after(ctx, between[0], day, pair=True)
        if len(between) >= 2 and rel.has("mediation") and p.sources:
            p.targets = between  # "a mené une médiation entre la Russie et l'Ukraine"
        elif len(between) >= 2 and (not p.sources or not p.direct):
            # a meeting "between" three or more: each pair of them (GUIDELINES.md)
            p.sources, p.targets = (between, []) if rel.symmetric and \
                not rel.has("mediation") else (between[:1], between[1:])
        elif between and not p.direct and rel.symmetric and not rel.has("mediation"):
            # "deux semaines après la rupture entre ce pays centraméricain et Taïwan": its
            # sides are those "entre", one of them unnamed; not the clause's subject
            p.sources = []
    if rel.symmetric and not rel.has("mediation") and not p.sources and \
            len(p.targets) >= 2 and (any(
                fold(t.text) in ctx.lex.between and t.pos_ == "ADP" for t in tok.subtree)
                or _gathering(ctx, tok, trig, rel)):
        # "brought together Iran, Russia and China": those it gathers are its parties
        p.sources, p.targets = p.targets, []
    return None


def _gathering(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation) -> bool:
    """Whether a meeting verb's subject is itself a meeting ("the talks brought together",
    "la réunion a réuni"): what it gathers are the participants, none of them the host."""
    if trig.pos != "verb" or not rel.has("meeting"):
        return False
    for d, arg, _ in dependents(tok):
        if d in ("nsubj", "nsubj:pass"):
            sub = match_trigger(ctx, arg)
            return sub is not None and ctx.res.ontology.relation_of(sub).has("meeting")
    return False


def _owner_source(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                  p: Parties) -> bool | None:
    """"French troops were withdrawn from Niger", "le rappel de l'ambassadeur polonais en
    Biélorussie": with no agent, the state whose envoy, troops or arms they are (a relation
    flagged `owned`)."""
    if p.sources or not rel.has("owned") or not trig.objects:
        return None
    patients = [arg for d, arg, prep in dependents(tok)
                if (d in ("nsubj:pass", "nsubjpass") and p.passive) or
                (trig.pos == "noun" and d in ("nmod", "pobj") and prep in ctx.lex.of)]
    if trig.pos == "verb" and dep_of(tok) == "acl" and p.passive:
        patients.append(tok.head)  # "les troupes françaises retirées du Niger"
    for patient in patients:
        owners = adjective_owners(ctx, patient, day)
        if owners:
            p.sources = owners
            p.targets = [a for a in p.targets if a.code not in {o.code for o in owners}]
            return None
    return None


def _place_source(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                  p: Parties) -> bool | None:
    """"Two Russian diplomats were expelled from Germany", "The German ambassador to Chad
    was expelled": with no agent, the state they are sent away from, or where they serve
    (a relation flagged `from_place`), also the object's of an active verb whose subject
    names no state; not when the clause sends them to their own state ("the German
    ambassador in Moscow was summoned back to Berlin")."""
    if p.sources or not rel.has("from_place"):
        return None
    if not p.passive:
        # "The Ministry of Foreign Affairs summoned the Eritrean ambassador to Sudan": an
        # active verb whose subject names no state, where the envoy serves
        patients = ("obj", "dobj")
    else:
        patients = ("nsubj:pass", "nsubjpass")
        for d, arg, prep in dependents(tok):
            if d in ("obl", "obl:mod", "obl:arg", "nmod") and prep in ctx.lex.origin_preps:
                found = actors_of(ctx, arg, day)
                if found:
                    p.sources = found
                    return None
    places = ctx.lex.destination_preps | ctx.lex.locative
    home = {a.code for h in [tok, *(c for c in tok.children if dep_of(c) == "advmod")]
            for d, arg, prep in dependents(h) if prep in places
            for a in actors_of(ctx, arg, day)}  # ("back to Berlin")
    if home & {t.code for t in p.targets}:
        return None  # "summoned back to Berlin", "convoqué à Paris": called home
    for d, arg, _ in dependents(tok):
        if d not in patients:
            continue
        # (or the apposition that names the envoy's office: "Ahmed Sidi, ambassadeur de
        # Mauritanie à Dakar, a été convoqué")
        for d2, post, prep in (x for h in [arg, *offices_apposed(ctx, arg)]
                               for x in dependents(h)):
            if d2 in ("nmod", "pobj", "obl") and \
                    prep in ctx.lex.destination_preps | ctx.lex.locative:
                found = actors_of(ctx, post, day)
                if found:
                    p.sources = found
                    p.targets = [t for t in p.targets if t.code not in {f.code for f in found}]
                    return None
    return None


def _rejected_reproach(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation,
                       day: str | None, p: Parties) -> bool | None:
    """"Moscou a rejeté les accusations de Kiev", "a jugé « infondées » les accusations
    ukrainiennes": an accusation or a criticism that someone rejects was made by its owner
    (a name after "de"/"of" included) and aimed at the one who rejects it."""
    verb = tok.head
    if dep_of(tok) not in ("obj", "dobj", "nmod"):
        return None
    if verb.i in ctx.doc.user_data.get(DATE_TOKENS, ()):
        verb = verb.head  # "a rejeté vendredi les critiques": the object hung on the date
    elif dep_of(tok) == "nmod":
        return None
    if trig.pos != "noun" or not rel.has("reproach"):
        return None
    if dep_of(verb) == "xcomp" and verb.pos_ == "ADJ":
        verb = verb.head  # (the parser hangs the object on the naming adjective)
    said = match_trigger(ctx, verb) if verb.i != tok.i else None
    if said is None or not ctx.res.ontology.relation_of(said).has("rejection"):
        return None
    rejecters = subject_of(ctx, verb, day)[0]
    accusers = list({a.code: a for a in [*p.sources, *_named_doers(ctx, tok, day, ctx.lex.of)]
                     if a.code not in {r.code for r in rejecters}}.values())
    aimed = rel.preps.get(ctx.lang, frozenset()) - ctx.lex.of
    # its own complement, or its participle's ("made by Israel against Hamas"); not a place
    # further down ("protest against a survey ship near the coast of the Philippines")
    against = [a for t in [tok, *(c for c in tok.children if dep_of(c) in ("acl", "amod")
                                  and c.pos_ == "VERB")]
               for _, c, prep in dependents(t) if prep in aimed
               for a in _nationals(ctx, c, day)] or _content_subject(ctx, tok, day)
    if accusers and rejecters:
        # (aimed at the one who rejects them unless they name their own target: "rejected
        # Washington's accusations against Moscow")
        p.sources, p.targets, p.direct = accusers, against or rejecters, False
    return None


def _content_subject(ctx: Ctx, noun: Token, day: str | None) -> list[ActorRef]:
    """The actors a reproach's content clause is about ("the allegations that the Syrian
    army was behind the attack", "l'accusation que Kiev aurait frappé l'usine"):
    the one accused, not whoever rejects the reproach; not a passive's or a sufferer's
    subject ("that civilians were killed", "that Gaza faced famine")."""
    return [a for c in noun.children if dep_of(c) in ("acl", "acl:relcl")
            and any(dep_of(m) == "mark" for m in c.children if m.i < c.i)
            and not verb_lemmas(ctx, c) & ctx.lex.facing_verbs
            for s in c.children if dep_of(s) == "nsubj"
            for a in _nationals(ctx, s, day)]


def _speaker(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
             p: Parties) -> bool | None:
    """The speaker who reports a trigger: the source of blame put on the subject ("a jugé
    que la Russie portait la responsabilité"), and of an act with no named source (but not
    of one whose own subject is a name no table knows: "Addis Abba rejected")."""
    if _judged_act(ctx, tok) or _judged_decision(ctx, tok, day):
        return None
    if trig.pos == "noun" and rel.has("force") and dep_of(tok) in SUBJECT_DEPS and \
            not p.sources and _condemned(ctx, tok.head):
        return None  # "Iran said the strikes against Yemen were an aggression": force
        # the clause condemns, with no owner, is not the judge's ("Russia said the strikes
        # were retaliation" still is)
    speaker = speech_subject(ctx, tok, day)
    if trig.holds("target", "subject"):
        p.sources, p.targets, p.direct = speaker, p.sources, False
    elif speaker and (not p.sources and not _unknown_name_subject(ctx, tok, trig) and
                      not _described_by_participle(ctx, tok) and
                      not _object_of_other_actor(ctx, tok, speaker, day) and
                      not _relative_doer(ctx, tok, day) or
                      len(p.sources) == 2 and not p.direct and
                      not _named_pair_with_speaker(ctx, tok, speaker, p)):
        p.sources, p.direct = speaker, False
    return None


def _condemned(ctx: Ctx, pred: Token) -> bool:
    """Whether a clause's predicate condemns its subject: the predicate word itself, or
    its attribute ("were an aggression", "étaient illégales")."""
    words = ctx.lex.condemning_predicates
    return fold(pred.lemma_) in words or any(
        dep_of(c) in ("attr", "acomp", "xcomp", "obj", "dobj") and fold(c.lemma_) in words
        for c in pred.children)


def _described_by_participle(ctx: Ctx, tok: Token) -> bool:
    """A bare participle with no agent that describes people, named by a pronoun or by a
    nationality ("those arrested were Russian citizens accused of past crimes"): what was
    done to them, by someone the clause does not say; not the speaker's act (unlike "the
    weapons delivered to Ukraine", said by their supplier)."""
    head = tok.head
    return dep_of(tok) == "acl" and (tok.tag_ == "VBN" or "VerbForm=Part" in str(tok.morph)) \
        and not any(dep_of(c) in ("obl:agent", "agent") or dep_of(c).startswith("aux")
                    for c in tok.children) \
        and (head.pos_ == "PRON" or any(c.i in ctx.mentions for c in head.children
                                        if dep_of(c) == "amod"))


def _judged_decision(ctx: Ctx, tok: Token, day: str | None) -> bool:
    """Whether tok is the act of a decision no one is named for, which its clause judges:
    "Katz said the decision to recognise a Palestinian state undermined Israel's right"
    is others' decision, not the speaker's ("Mali announced the decision to expel" is)."""
    noun = act_noun_of(ctx, tok)
    return noun is not None and dep_of(noun) in SUBJECT_DEPS and \
        not act_noun_owner(ctx, noun, tok, day)


def _named_pair_with_speaker(ctx: Ctx, tok: Token, speaker: list[ActorRef], p: Parties
                             ) -> bool:
    """Whether two sources, the speaker's among them, are not a pair the clause's subject
    points back to ("Vietnam and Indonesia forged an agreement, the Vietnamese ministry
    said"): the pair acts, not the speaker alone (unlike "both countries must", said by one
    of them)."""
    if not {a.code for a in speaker} & {a.code for a in p.sources}:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
    for _ in range(3):  # the subject of the clause, or of the verb it complements
        subjects = [c for c in verb.children if dep_of(c) == "nsubj"]
        if subjects or dep_of(verb) != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return not any(c.i not in ctx.mentions and
                   (fold(c.lemma_) in ctx.lex.pair_heads or fold(c.text) in ctx.lex.pair_heads)
                   for c in subjects)


def _relative_doer(ctx: Ctx, tok: Token, day: str | None) -> bool:
    """Whether a verb's subject is a relative pronoun whose antecedent is a group a clause
    says a state is not among ("Mali is not among the countries that criticised Russia,
    its spokesman said"): none of them is the speaker."""
    return tok.pos_ in ("VERB", "AUX") and dep_of(tok) in ("relcl", "acl:relcl") and any(
        dep_of(c).startswith("nsubj") and fold(c.text) in ctx.lex.relative
        for c in tok.children) and members_said(ctx, tok.head, day) is None


def _object_of_other_actor(ctx: Ctx, tok: Token, speaker: list[ActorRef], day: str | None
                           ) -> bool:
    """A relation noun that is the object of a clause whose subject is another actor ("Chile
    keeps up its blockade of the port, the Peruvian minister said"): the subject's act or
    stance, whoever reports it; never the speaker's."""
    if tok.pos_ != "NOUN" or dep_of(tok) not in ("obj", "dobj") or \
            tok.head.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [a for d, arg, _ in dependents(tok.head) if d == "nsubj"
                for a in actors_of(ctx, arg, day)]
    return bool(subjects) and not {a.code for a in subjects} & {a.code for a in speaker}


def _judged_act(ctx: Ctx, tok: Token) -> bool:
    """A relation noun that a verb of judgement takes as its object ("a dénoncé les sanctions
    contre l'Iran", "condemned the blockade"): someone else's act, not the judge's, even
    when the verb also reports speech."""
    if tok.pos_ != "NOUN" or dep_of(tok) not in ("obj", "dobj") or \
            fold(tok.head.lemma_) not in ctx.lex.speech_verbs:
        return False
    judge = match_trigger(ctx, tok.head)
    return judge is not None and ctx.res.ontology.relation_of(judge).has(
        "stance", "reproach", "rejection", "approval", "blame")


def _mediator_sides(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                    p: Parties) -> bool | None:
    """"in a deal brokered by China", "the meeting was hosted by X": the host or mediator
    acts towards the two sides just reported; co-mediators are no pair (False: no event)."""
    if not p.sources or p.targets or not rel.has("mediation"):
        return None
    if any(d in ("obj", "dobj") and (fold(arg.lemma_) in ctx.lex.counterpart or
                                     fold(arg.lemma_) in ctx.lex.agent_titles)
           for d, arg, _ in dependents(tok)):
        return None  # "a accueilli son homologue": a guest, not two sides
    noun = tok.head if dep_of(tok) in ("amod", "acl") and tok.head.pos_ == "NOUN" else None
    # (or what it mediates in: "to mediate in the dispute between Ethiopia and Sudan")
    nouns = [noun] if noun is not None else [
        arg for d, arg, _ in dependents(tok) if arg.pos_ == "NOUN" and
        d in ("obl", "obl:arg", "nmod", "pobj") and match_trigger(ctx, arg) is not None]
    between = [a for n in nouns for _, arg, prep in dependents(n)
               if prep in ctx.lex.between for a in actors_of(ctx, arg, day)]
    if len(between) == 1 and between[0].start is not None:
        # "between Israel and the UAE" with "the UAE" parsed elsewhere
        between += [a for a in listed_after(ctx, between[0], day, pair=True)
                    if a.code != between[0].code]
    if len(between) < 2:
        # "the Saudi-Iran deal brokered by China": two sides in one word on the noun
        between = next((acts for n in nouns for c in n.subtree if c.i < n.i
                        and (m := ctx.mentions.get(c.i)) is not None and len(m.codes) >= 2
                        for acts in [mention_actor(ctx, m, day)]), between)
    # "the US-brokered deal between Israel and the UAE": the sides the noun names
    mediators = {a.code for a in p.sources}
    sides = between if len(between) >= 2 else \
        ctx.memory.sentence_pair or ctx.memory.last_pair
    if sides and mediators & {a.code for a in sides} and \
            dep_of(tok) in ("relcl", "acl:relcl", "acl"):
        # in a relative clause, the last two sides reported the mediator is not one of
        # ("released a joint communique on the deal with China, which brokered it")
        sides = next(([ev.source, ev.target] for ev in reversed(ctx.memory.acts)
                      if not {ev.source.code, ev.target.code} & mediators), sides)
    if not sides or mediators & {a.code for a in sides}:
        return False
    p.targets = list(sides)
    return None


def _gapped_remnants(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                     p: Parties) -> bool | None:
    """"Oslo had expelled three Russian envoys, and Helsinki two": a name conjoined with a
    number after it is the subject of the same act with its verb left out (a name takes
    no numeral), so it acts along with the subject rather than being acted on."""
    if trig.pos != "verb" or not p.sources:
        return None
    remnants = []
    for a in p.targets:
        span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand") \
            if a.start is not None and a.end is not None else None
        if span is None or dep_of(span.root) != "conj" or span.end >= len(ctx.doc):
            continue
        number, after = ctx.doc[span.end], ctx.doc[span.end + 1:span.end + 2]
        if number.like_num and not (after and after[0].pos_ in ("NOUN", "PROPN")):
            remnants.append(a)
    if remnants:
        gone = {a.code for a in remnants}
        p.targets = [a for a in p.targets if a.code not in gone]
        p.sources = p.sources + [a for a in remnants
                                 if a.code not in {s.code for s in p.sources}]
    return None


def _acting_along(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                  p: Parties) -> bool | None:
    """"Egypt, along with Saudi Arabia and the UAE, condemned Iran", "aux côtés de", "à
    l'instar de": who acts along with the subject acts too, and is none of its targets."""
    if trig.pos != "verb" or not p.sources:
        return None
    have = {a.code for a in p.sources}
    own = set(have)
    along_codes: set[str] = set()
    for head in [tok, *(arg for d, arg, _ in dependents(tok) if d == "nsubj")]:
        along = [arg for d, arg, _ in dependents(head)
                 if d in ("obl", "obl:mod", "nmod") and acts_along(arg)]
        # "along with X" (a preposition on a preposition), "aux côtés de X" (on a noun),
        # anywhere in the verb's own clause ("recalled ... after the vote, along with X")
        words = [c for c in head.subtree if c.i != head.i and clause_verb(c).i == head.i] \
            if head.i == tok.i else list(head.children)
        along += [t for c in words if fold(c.text) in ctx.lex.along or (
                      fold(c.text) in ctx.lex.along_nouns and c.i + 1 < len(ctx.doc) and
                      along_phrase(ctx.doc[c.i + 1]))
                  for t in c.subtree if t.i != c.i and dep_of(t) in ("pobj", "nmod")
                  and t.i in ctx.mentions]
        for arg in along:
            acts = actors_of(ctx, arg, day)
            last = max((a for a in acts if a.start is not None), key=lambda a: a.start or 0,
                       default=None)
            if last is not None:  # the rest of a list the parser hung elsewhere
                acts += listed_after(ctx, last, day)
            for a in acts:
                along_codes.add(a.code)
                if a.code not in have:
                    have.add(a.code)
                    p.sources.append(a)
    # (a target only when the parser took it for one; nor is the subject one of theirs: "un
    # employé de l'ambassade de Russie à Oslo", where Norway's is no target of Germany's)
    if along_codes:
        p.targets = [a for a in p.targets if a.code not in along_codes | own]
    return None


def _also_source(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                 p: Parties) -> bool | None:
    """"L'ambassadeur du Japon a lui aussi été convoqué", "the South Korean envoy was also
    summoned": a passive with no agent, done again, is done by whoever did it in this
    sentence or the one before (not when the clause dates it otherwise: "In 2022, dozens
    were also expelled")."""
    if p.sources or not p.passive or not any(
            fold(c.text) in ctx.lex.also_words for c in tok.children):
        return None
    value, _, _, explicit = event_date(ctx, tok, tok)
    aimed = {a.code for a in p.targets}
    for ev in reversed(_recent_acts(ctx, tok.sent)):
        if ev.relation == rel.name and ev.source.code not in aimed and \
                ev.target.code not in aimed and not (explicit and value != ev.date):
            p.sources = [replace(ev.source, mention=None, start=None, end=None)]
            break
    return None


def _prompter_target(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                     p: Parties) -> bool | None:
    """"Rabat recalled its envoy after Algerian troops entered a buffer zone", "a rappelé son
    ambassadeur après l'incursion de soldats algériens": a hostile act whose clause leaves
    its target unsaid is aimed at the one actor who did what prompted it (the subject of a
    clause, or the doer of an act noun, after one of the language's prompt words)."""
    if trig.pos != "verb" or not p.sources or p.targets or rel.quad_class < 3:
        return None
    mine = {a.code for a in p.sources}
    bare = _bare_threatened(ctx, tok) if rel.has("threat") else []
    if _target_said(ctx, tok, trig, rel, clauses=not bare):
        return None
    found: dict[str, ActorRef] = {}
    heads = [tok, *bare]
    for d, arg, prep in (dep for h in heads for dep in dependents(h)):
        doers: list[Token] = []
        if d == "advcl" and any(fold(m.text) in ctx.lex.prompt_words for m in arg.children
                                if dep_of(m) in ("mark", "case")):
            if _friendly(ctx, arg):
                continue  # "after Lithuania asked it to coordinate": no offence to answer
            # (a passive's doer is its agent: "after Kosovo was recognised by Montenegro")
            doers = [a for sd, a, p2 in dependents(arg) if sd == "nsubj" or
                     sd in ("obl:agent", "obl") and p2 in ctx.lex.agent]
        elif prep in ctx.lex.prompt_words and arg.pos_ == "NOUN" and arg.i not in ctx.mentions:
            if _friendly(ctx, arg):
                continue  # "suite à une demande de la Pologne"
            # "after the incursion of Algerian troops", "Bolivia's decision"
            # (a by-phrase the parser hung lower down is still the act's)
            doers = [c for cd, c, cp in dependents(arg) if cd in ("poss", "nmod:poss", "amod")
                     or cp in ctx.lex.of] + [
                c for t in arg.subtree for _, c, cp in dependents(t) if cp in ctx.lex.agent]
        for doer in doers:
            found.update((a.code, a) for a in _nationals(ctx, doer, day) if a.code not in mine)
    if len(found) == 1:
        p.targets = [replace(a, mention=None, start=None, end=None) for a in found.values()]
        p.direct = False
    return None


def _restraint_sides(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                     p: Parties) -> bool | None:
    """"Moscow urged calm after the clashes", "a appelé au calme à la suite de ces
    affrontements": an appeal for restraint that names no one but the hostile act that
    prompted it is made to the two sides of the last hostile act reported (the word for
    restraint is its topic, not its target)."""
    if trig.pos != "verb" or not rel.has("appeal") or not p.sources or p.targets:
        return None
    deps = list(dependents(tok))
    if not any(fold(arg.lemma_) in ctx.lex.restraint_words for _, arg, _ in deps) or not any(
            (prep in ctx.lex.prompt_words or fold(arg.text) in ctx.lex.prompt_words) and
            _hostile_act(ctx, arg) for _, arg, prep in deps):
        return None  # (not "called for calm after the earthquake")
    hostile = [ev for ev in ctx.memory.acts
               if ctx.res.ontology.relations[ev.relation].quad_class >= 3]
    if not hostile:
        return None
    mine = {a.code for a in p.sources}
    sides = [replace(a, agent=None) for a in (hostile[-1].source, hostile[-1].target)
             if a.code not in mine]
    if len(sides) == 2:
        p.targets, p.direct = sides, False
    return None


def _hostile_act(ctx: Ctx, noun: Token) -> bool:
    """Whether a noun (or the one "suite à" leads to) names a hostile act ("after the
    strike", "à la suite de ces affrontements")."""
    for n in [noun, *(c for c in noun.children if dep_of(c) in ("nmod", "pobj", "prep"))]:
        trig = match_trigger(ctx, n) if n.pos_ == "NOUN" else None
        if trig is not None and ctx.res.ontology.relation_of(trig).quad_class >= 3:
            return True
    return False


def _hostile_promise(ctx: Ctx, verb: Token) -> bool:
    """Whether what a verb promises is a hostile act: a trigger of conflict, or a step or a
    countermeasure taken "against" someone ("vowed to take action against", "promis de
    prendre des mesures contre")."""
    for comp in (c for c in verb.children if dep_of(c) == "xcomp"):
        trig = match_trigger(ctx, comp)
        if trig is not None and ctx.res.ontology.relation_of(trig).quad_class >= 3:
            return True
        if trig is None and any(
                _step_or_threat(ctx, arg) and p2 in ctx.lex.against_preps
                for d, arg, _ in dependents(comp) if d in ("obj", "dobj")
                for _, _, p2 in dependents(arg)):
            return True  # (not "promised to help Ukraine against Russia", "to lift
            # sanctions against Seoul")
    return False


def _step_or_threat(ctx: Ctx, noun: Token) -> bool:
    """Whether a noun names a step of no kind of its own ("action", "mesures") or a threat
    ("countermeasures")."""
    trig = match_trigger(ctx, noun)
    return fold(noun.lemma_) in ctx.lex.act_nouns if trig is None else \
        ctx.res.ontology.relation_of(trig).has("threat")


def _bare_threatened(ctx: Ctx, verb: Token) -> list[Token]:
    """What a threat says it will do, when that is no act of its own and names no one but
    in what prompted it: "threatened that his country would respond with equal force after
    Trump imposed tariffs" (where the prompt is looked for too)."""
    out = []
    for comp in verb.children:
        if dep_of(comp) not in ("xcomp", "ccomp") or comp.pos_ != "VERB" or \
                match_trigger(ctx, comp) is not None:
            continue
        prompts = {t.i for c in comp.children if dep_of(c) == "advcl" and any(
            dep_of(m) == "mark" and fold(m.text) in ctx.lex.prompt_words for m in c.children)
            for t in c.subtree}
        if not any(t.i in ctx.mentions for t in comp.subtree if t.i not in prompts):
            out.append(comp)
    return out


def _friendly(ctx: Ctx, act: Token) -> bool:
    """Whether a prompting act is no offence: cooperation, an appeal or a request ("suite à
    une demande de la Pologne")."""
    if fold(act.lemma_) in ctx.lex.unasserting_nouns:
        return True
    said = match_trigger(ctx, act)
    return said is not None and ctx.res.ontology.relation_of(said).quad_class <= 2


def _nationals(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The actor a noun names, or whose nationals it names ("Algeria", "Algerian
    troops", "Bolivia's congress")."""
    if tok.i in ctx.mentions:
        return actors_of(ctx, tok, day)
    # (every conjunct: "US, South Korean and Japanese leaders")
    return [a for c in tok.children if dep_of(c) in ("amod", "poss", "nmod:poss", "nmod")
            and (dep_of(c) != "nmod" or case_of(c) in ctx.lex.of) for k in conjuncts_of(c)
            if k.i in ctx.mentions for a in mention_actor(ctx, ctx.mentions[k.i], day)]


def _counterpart_in_context(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation,
                            day: str | None, p: Parties) -> bool | None:
    """"Ghana summoned Burkina Faso's ambassador ... On Tuesday, Accra recalled its own envoy
    for consultations": a hostile act or a meeting whose clause leaves its target unsaid
    (no object, complement by the relation's prepositions or clause of its own) is aimed
    at the other side of the source's last act of the same kind (hostile, or a meeting or
    cooperation; of any kind for a trigger with an object of its own). Verbs only:
    a relation noun with no complement is often a purpose or a topic ("recalled for
    consultations"), and a cooperative verb without one often helps someone the text does
    not name."""
    if trig.pos != "verb" or not p.sources or p.targets or (
            rel.symmetric and len(p.sources) >= 2) or (
            rel.quad_class <= 2 and not rel.has("meeting")) or \
            _target_said(ctx, tok, trig, rel):
        return None
    if "VerbForm=Inf" in str(tok.morph) and tok.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return None  # "the readiness of both sides to meet": whose act is not the subject's
    mine = {a.code for a in p.sources}
    hostile = rel.quad_class >= 3
    for ev in reversed(ctx.memory.acts):
        if (ctx.res.ontology.relations[ev.relation].quad_class >= 3) != hostile and \
                not trig.objects:
            continue  # (a trigger with an object of its own, "rompu les relations",
            # "recalled its envoy", is between two sides whatever was done before)
        pair = {ev.source.code: ev.source, ev.target.code: ev.target}
        others = [a for code, a in pair.items() if code not in mine]
        if len(others) == 1 and len(pair) == 2:
            p.targets = [replace(others[0], mention=None, start=None, end=None)]
            p.direct = False
            break
    return None


def _target_said(ctx: Ctx, verb: Token, trig: Trigger, rel: Relation,
                 clauses: bool = True) -> bool:
    """Whether a verb's clause names what it acts on, even if no actor: an object that is
    not the trigger's own ("supported the cell members", "a dénoncé la construction"), a
    complement by the relation's prepositions ("met with opposition leaders"), a name no
    table resolved, a personal pronoun or a clause ("warned that ..."); not a relative
    pronoun ("un voisin qu'il a accusé": the neighbour is the one last dealt with; "rejected
    what it called ...")."""
    preps = rel.preps.get(ctx.lang, frozenset()) | trig.preps  # ("speaking to reporters")
    dates = ctx.doc.user_data.get(DATE_TOKENS, ())
    for d, arg, prep in dependents(verb):
        if d in ("ccomp", "xcomp") and clauses:
            return True
        if prep is not None and prep in preps and arg.pos_ in ("NOUN", "PROPN") and \
                arg.i not in dates:  # (not "recalled its envoy in May 2020": a time)
            return True
        if d not in ("obj", "dobj", "iobj"):
            continue
        if arg.i in ctx.mentions:
            return True  # named, but not as an actor of this date ("les trois pays")
        if fold(arg.lemma_) in trig.objects and any(
                p2 is not None and p2 in preps and a2.pos_ in ("NOUN", "PROPN")
                for _, a2, p2 in dependents(arg)):
            return True  # on the trigger's own object: "held a meeting with his ministers"
        if arg.pos_ in ("NOUN", "PROPN") and fold(arg.lemma_) not in trig.objects:
            return True
        if arg.pos_ == "PRON" and "PronType=Rel" not in str(arg.morph) and \
                fold(arg.lemma_) not in ctx.lex.free_relatives:
            return True  # "accusing them of espionage": someone the pronoun rules missed
    return False


def _received_from(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                   p: Parties) -> bool | None:
    """"Ukraine received military aid from the United States", "a reçu un appel
    téléphonique du président américain": what a subject receives is done to it, by whom a
    "from"/"de" complement (on the noun or on the verb) or the noun's owner names; so is a
    hostile act it faces ("face trade threats from Washington", "font face aux menaces de
    Washington"), not one it benefits from ("benefited from its invasion")."""
    verb = tok.head.head if dep_of(tok) == "pobj" else tok.head
    words = ctx.lex.facing_verbs if rel.quad_class > 2 else ctx.lex.receiving_verbs
    if trig.pos != "noun" or dep_of(tok) not in ("obj", "dobj", "obl:arg", "pobj") or \
            verb.pos_ != "VERB" or not (verb_lemmas(ctx, verb) | {
                fold(c.text) for c in tok.children if dep_of(c) == "case"}) & words:
        return None  # (or its oblique: "bénéficie du soutien de la Turquie")
    if any(fold(c.text) in ctx.lex.third_person_possessives
           for c in tok.children if c.i < tok.i):
        return None  # "from its invasion", "from the sanctions on Venezuela"
    receivers = subject_of(ctx, verb, day)[0]
    givers = [a for h in (tok, verb) for d, arg, prep in dependents(h)
              if (prep in ctx.lex.origin_preps or h is tok and prep in ctx.lex.of) and
              d in ("nmod", "obl", "obl:arg", "pobj", "obl:mod")
              for a in actors_of(ctx, arg, day)]  # ("enjoys the backing of Turkey")
    mine = {a.code for a in receivers}
    givers = [a for a in givers or p.sources if a.code not in mine]
    if receivers and givers:
        p.sources, p.targets, p.direct = givers, receivers, True
    return None


def _exchanged(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation) -> Token | None:
    """The verb of exchanging a hostile noun is the object of ("traded accusations", "ont
    échangé des tirs"), when no third party is named to exchange it with."""
    verb = tok.head
    if dep_of(tok) == "nmod" and verb.i in ctx.doc.user_data.get(DATE_TOKENS, ()):
        verb = verb.head  # "ont échangé lundi de vives accusations": hung on the date
    if trig.pos != "noun" or rel.quad_class < 3 or \
            dep_of(tok) not in ("obj", "dobj", "obl:arg", "nmod") or \
            verb.i == tok.i or fold(verb.lemma_) not in ctx.lex.exchanging_verbs or \
            any(prep in ctx.lex.exchanging_preps for h in (verb, tok)
                for _, _, prep in dependents(h)):
        return None
    return verb


def _exchanged_sides(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                     p: Parties) -> bool | None:
    """Those who exchange a hostile noun are its sources ("Armenia and Azerbaijan traded
    accusations"): each does it to the other (see _trigger_events)."""
    verb = _exchanged(ctx, tok, trig, rel)
    if verb is not None and not p.sources:
        p.sources, p.direct = subject_of(ctx, verb, day)[0], True
    return None


def _thing_exerts(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                  p: Parties) -> bool | None:
    """A reproach carried by a light verb, or an appeal, whose subject is a thing, not an
    actor ("Russia's offensive has put pressure on Ukraine's army", "the influx of refugees
    from Sudan put pressure on Chad", "the deal encouraged Israel to deny their rights"):
    no one makes it."""
    if trig.pos == "verb" and rel.has("appeal"):
        verb: Token | None = tok
    elif trig.pos == "noun" and trig.carried and rel.has("reproach"):
        verb = light_verb(ctx, tok)
    else:
        return None
    # (the subject nearest the verb: "the co-chairs" may come as "co", "-", "chairs")
    subj = max((c for c in verb.children if dep_of(c) in ("nsubj", "nsubjpass")),
               key=lambda c: c.i, default=None) if verb is not None else None
    lex = ctx.lex
    if subj is not None and subj.pos_ == "NOUN" and subj.i not in ctx.mentions and (
            fold(subj.lemma_) not in lex.state_heads | lex.agent_titles |
            lex.institution_nouns | lex.state_nouns | lex.pair_heads or
            trig.pos == "verb" and match_trigger(ctx, subj) is not None):
        return False  # (an act is a thing too: "China's support has encouraged Russia")
    return None


def _at_whose_invitation(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, day: str | None,
                         p: Parties) -> bool | None:
    """"arrived in Washington at the invitation of the Secretary of State", "est arrivé à
    Paris à l'invitation d'Emmanuel Macron": whose invitation it is invited the act's
    subject."""
    if trig.pos != "noun" or fold(tok.lemma_) not in ctx.lex.invitation_nouns or \
            case_of(tok) not in ctx.lex.invitation_preps:
        return None
    verb = clause_verb(tok)
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX") or \
            fold(verb.lemma_) in ctx.lex.speech_verbs or any(
                prep in ctx.lex.destination_preps for _, _, prep in dependents(tok)):
        return False  # what is said about an invitation ("commented on the invitation of
        # Zelensky to the summit", "a ironisé sur l'invitation du président au sommet")
    hosts = [a for d, arg, prep in dependents(tok) if prep in ctx.lex.of or
             d in ("poss", "nmod:poss", "amod") for a in actors_of(ctx, arg, day)]
    mine = {a.code for a in hosts}
    guests = [a for a in subject_of(ctx, verb, day)[0] if a.code not in mine]
    if not hosts or not guests:
        return False  # (an invitation whose host is not named: not the guest's own)
    p.sources, p.targets, p.direct = hosts, guests, True
    return None


PartyRule = Callable[[Ctx, "Token", Trigger, Relation, "str | None", Parties], "bool | None"]
PARTY_RULES: list[PartyRule] = [_received_from, _exchanged_sides, _at_whose_invitation,
                                _thing_exerts,
                                _causative_sides,
                                _gapped_remnants,
                                _between_sides, _owner_source,
                                _place_source, _rejected_reproach, _speaker, _mediator_sides,
                                _acting_along, _also_source, _prompter_target,
                                _restraint_sides, _counterpart_in_context]


def _unknown_name_subject(ctx: Ctx, tok: Token, trig: Trigger) -> bool:
    """Whether a verb's own subject, or the first subject up its clauses, is a name that
    resolves to no actor ("Addis Abba rejected"), or its passive's by-phrase is someone
    no table knows ("a penalty rejected by the international community")."""
    if trig.pos != "verb":
        return False
    deps = [(d, arg) for d, arg, _ in dependents(tok)]
    if any(d in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for d, _ in deps) and any(
            d == "obl:agent" and not actors_of(ctx, arg, None, loose=True) for d, arg in deps):
        return True
    cur = tok
    for _ in range(4):
        subjects = [arg for d, arg, _ in dependents(cur)
                    if d in ("nsubj", "nsubj:pass", "nsubjpass")]
        if subjects:
            return all(s.pos_ == "PROPN" and not actors_of(ctx, s, None, loose=True)
                       for s in subjects)
        if dep_of(cur) not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _recoded(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, verb: Token, modality: str,
             sources: list[ActorRef], targets: list[ActorRef]
             ) -> tuple[Relation, str, list[ActorRef], list[ActorRef]]:
    """The relation a trigger's context makes of it: invitations to meet, announced
    intentions and threats, rejections of an earlier reproach."""
    if rel.has("appeal") and fold(tok.lemma_) in ctx.lex.inviting_verbs and \
            invites_to_meet(ctx, tok):
        rel = ctx.res.ontology.flagged("intent")
    if modality == "intent":
        # what an actor says it will do: an intention to cooperate, or a threat
        modality = "asserted"
        if not rel.has("intent", "threat") and _intent_shows(ctx, tok, trig, verb) and \
                not (rel.has("decree") and _decided(ctx, verb, sources)):
            if rel.quad_class in (1, 2) or rel.has("force"):
                if rel.symmetric and not targets and len(sources) >= 2:
                    sources, targets = sources[:1], sources[1:]
                rel = ctx.res.ontology.flagged("intent" if rel.quad_class in (1, 2)
                                               else "threat")
            elif not rel.has("rejection", "opposes"):
                # "Moscow will summon a Ukrainian diplomat to complain": a word of reproach
                # announced is an announced act, not a threat ("said it would oppose
                # Sweden's bid", "would block the sanctions": a stance taken now)
                modality = "future"
    if rel.has("intent") and trig.pos == "verb" and _hostile_promise(ctx, tok):
        # "vowed to take firm steps against Seoul's move", "a promis de riposter":
        # a promise of a hostile act is a threat
        rel = ctx.res.ontology.flagged("threat")
    if trig.pos == "verb" and fold(tok.lemma_) in ctx.lex.agreeing_verbs and \
            len(sources) >= 2 and targets and \
            not {a.code for a in targets} & {a.code for a in sources} and \
            any(dep_of(c) == "xcomp" for c in tok.children):
        # "Japan and the Philippines agreed to work closely with the US": what two sides
        # agree to do with a third is their intention towards it, not an agreement with it
        rel = ctx.res.ontology.flagged("intent")
    if not targets and rel.has("rejection") and trig.pos == "verb":
        # "a rejeté les accusations de Kiev", "dismissed Seoul's allegations": whoever
        # made them; "La Chine a rejeté ces accusations", "Beijing rejected the criticism":
        # those of the last actor who criticised or accused the one who rejects them
        targets = _reproach_owners(ctx, tok, sources) or _reproacher(ctx, tok, sources)
    if not targets and trig.pos == "verb" and rel.quad_class in (1, 3) and sources:
        # "Mexico's foreign ministry denounced the decision", "a salué cette mesure":
        # whoever last acted on the one judging
        targets = _judged_act_doer(ctx, tok, sources)
    if not targets and trig.pos == "verb" and sources and (
            rel.has("stance") or rel.has("decree")):
        targets = _judged_deal_sides(ctx, tok, sources)
        if targets and not rel.has("stance"):
            # "Washington a dénoncé cet accord" (signed by two others): no one ends a deal
            # they are no side of; they condemn it
            rel = ctx.res.ontology.relations[REPROACH]
    return rel, modality, sources, targets


# How many sentences back an act judged as "the decision" or "the move" may have been told
JUDGED_ACT_SENTENCES = 4


def _acts_before(ctx: Ctx, verb: Token) -> Iterator[Event]:
    """The acts reported in a verb's sentence and the JUDGED_ACT_SENTENCES before, last
    first."""
    since = ctx.doc[sentence_back(ctx, verb, JUDGED_ACT_SENTENCES)].idx
    for ev in reversed(ctx.memory.acts):
        if ev.evidence.start < since:
            return
        yield ev


def _judged_act_doer(ctx: Ctx, verb: Token, sources: list[ActorRef]) -> list[ActorRef]:
    """Who did the act a verb judges, when its object is a decision or a move no one is
    named for and no clause says ("denounced the decision", "a dénoncé cette mesure"; not
    "welcomed the decision to extend the ceasefire"): the source of the last act reported
    on the judge, in this sentence or the JUDGED_ACT_SENTENCES before ("Abbas welcomed the
    move" after Spain, Ireland and Norway recognised Palestine)."""
    day = ctx.reference or ctx.article.published
    # (or the subject of the clause a verb set after it judges: "Cette décision est
    # « historique », s'est félicité le chef de la diplomatie")
    clause = incised_clause(ctx, verb) if incised_speaker(ctx, verb) is not None else None
    incised = clause is not None
    if not any((dep_of(o) in ("obj", "dobj") or incised and dep_of(o) in SUBJECT_DEPS) and
               fold(o.lemma_) in ctx.lex.act_nouns and definite(ctx, o) and
               not act_noun_owner(ctx, o, verb, day) and
               (incised or not any(dep_of(c) in ("acl", "xcomp") for c in o.children))
               for o in [*verb.children, *(clause.children if clause is not None else ())]):
        return []
    mine = {a.code for a in sources}
    # (the clause a verb set after it judges may point to an act told well before)
    for ev in reversed(ctx.memory.acts) if incised else _acts_before(ctx, verb):
        if ev.target.code in mine and ev.source.code not in mine:
            return [replace(ev.source, mention=None, start=None, end=None, agent=None)]
    return []


def _judged_deal_sides(ctx: Ctx, verb: Token, sources: list[ActorRef]) -> list[ActorRef]:
    """The sides of the deal a verb judges, when its object names one no one is named for
    ("Rubio hailed the agreement" after Kinshasa and Kigali signed it, "a salué l'accord"):
    those of the last mutual agreement reported in this sentence or the
    JUDGED_ACT_SENTENCES before, the judge not among them."""
    # (a bare "the agreement", "cet accord", a weekday the parser hung on it aside: not "the
    # nuclear agreement", "le traité de 1987", which name another)
    dates = ctx.doc.user_data.get(DATE_TOKENS, ())
    deals = [o for o in verb.children if dep_of(o) in ("obj", "dobj") and definite(ctx, o)
             and all(dep_of(c) in ("det", "punct") or c.i in dates and case_of(c) is None
                     for c in o.children)]
    if not any(fold(o.lemma_) in ctx.lex.deal_nouns for o in deals):
        return []
    mine = {a.code for a in sources}
    for ev in _acts_before(ctx, verb):
        rel = ctx.res.ontology.relations.get(ev.relation)
        if rel is None or not rel.symmetric or not rel.has("approval"):
            continue
        sides = [p.actor for p in ev.participants] or [ev.source, ev.target]
        if mine & {a.code for a in sides}:
            return []
        return [replace(a, mention=None, start=None, end=None, agent=None) for a in sides]
    return []


def _decided(ctx: Ctx, verb: Token, sources: list[ActorRef]) -> bool:
    """Whether an act is one its own actor announces or says it will do: an expulsion, a
    recall or a sanction so announced ("Anez announced that the country will expel Mexico's
    ambassador", "Sudan said it will recall its ambassador") is the decision itself, not a
    threat of it ("announced it will strike" stays a threat; GUIDELINES.md: an announced act
    is optional in the gold, a threat is not)."""
    if dep_of(verb) not in ("ccomp", "xcomp"):
        return False
    head = fold(verb.head.lemma_)
    if head in ctx.lex.deciding_verbs:
        return True
    # said by its own actor, indicative, with no condition ("a affirmé que la Russie
    # imposerait", "said it will expel diplomats if...": threats; "China said the United
    # States will impose": not China's act)
    if head not in ctx.lex.stating_verbs or conditional_form(ctx, verb) or any(
            fold(t.text) in ctx.lex.condition_marks and t.pos_ in ("SCONJ", "ADP") and
            t.i > verb.i for t in verb.subtree):
        return False
    sayers = {a.code for a in subject_of(ctx, verb.head, None)[0]}
    return bool(sayers & {a.code for a in sources})


def _reproach_owners(ctx: Ctx, verb: Token, sources: list[ActorRef]) -> list[ActorRef]:
    """Who made the criticism or accusation a verb rejects, named on its object (also one
    the parser hung on a date): its possessor or nationality adjective, or a name right
    after "de"/"of"/"from" ("les accusations de Kiev", "criticism from the United
    States")."""
    mine = {a.code for a in sources}
    day = ctx.reference or ctx.article.published
    found: dict[str, ActorRef] = {}
    # (the object, or the object the parser hung on the naming adjective: "a jugé
    # « infondées » les accusations")
    dates = ctx.doc.user_data.get(DATE_TOKENS, ())
    heads = [verb, *(c for c in verb.children if dep_of(c) == "xcomp" or c.i in dates)]
    for d, obj, _ in (x for h in heads for x in dependents(h)):
        if d in ("obj", "dobj", "nmod") and fold(obj.lemma_) in ctx.lex.reproach_nouns:
            found.update((a.code, a) for a in _named_doers(
                ctx, obj, day, ctx.lex.of | ctx.lex.origin_preps) if a.code not in mine)
    return list(found.values())


def _ended_by_head(ctx: Ctx, noun: Token, rel: Relation) -> bool:
    """A cooperative relation noun whose head is a trigger that ends or reduces it: "la
    rupture des relations", "suspended its cooperation", "le gel de la coopération"."""
    if rel.quad_class > 2 or noun.head.i == noun.i:
        return False
    head = noun.head
    if head.pos_ == "ADP":
        head = head.head  # "the suspension of cooperation"
    head_trig = match_trigger(ctx, head) if head.i != noun.i else None
    return head_trig is not None and ctx.res.ontology.relation_of(head_trig).has("force") \
        and dep_of(noun) in ("obj", "dobj", "nmod", "pobj")  # not a stance: "a dénoncé le
    # soutien apporté par la Chine" asserts the support


def _asked_for(ctx: Ctx, noun: Token, striving: bool = False) -> bool:
    """A relation noun in the complement of a verb of asking ("appelé au dialogue"); with
    `striving`, not of seeking ("sought better ties": an intention)."""
    head = noun.head
    if head.pos_ == "ADP" and dep_of(noun) == "pobj":
        head = head.head  # "called for talks"
    lemmas = verb_lemmas(ctx, head)
    return head.i != noun.i and head.pos_ == "VERB" and \
        bool(lemmas & ctx.lex.unasserting_verbs) and \
        not (striving and bool(lemmas & ctx.lex.striving_words)) and \
        dep_of(noun) in ("obl", "obl:arg", "obj", "dobj", "pobj")


def _reproacher(ctx: Ctx, verb: Token, sources: list[ActorRef]) -> list[ActorRef]:
    """Who made the criticism or accusation a verb rejects, when its object only names it
    (also a charge the verb's clause is set after: "une accusation rejetée par Kigali", "a
    charge Kigali denies", "ce que Kigali dément", "which Kigali denies")."""
    names = any(dep_of(o) in ("obj", "dobj") and (
        fold(o.lemma_) in ctx.lex.reproach_nouns or
        fold(o.text) in ctx.lex.relative and o.i < verb.i) for o in verb.children) or \
        dep_of(verb) == "acl" and fold(verb.head.lemma_) in ctx.lex.reproach_nouns or \
        charge_denied(ctx, verb)
    if not names:
        return []
    mine = {a.code for a in sources}
    for src, tgt in reversed(ctx.memory.reproaches):
        if tgt.code in mine and src.code not in mine:
            return [replace(src, mention=None, start=None, end=None)]
    return []


def _events(ctx: Ctx, sent: Span, tok: Token, trig: Trigger, rel: Relation,
            sources: list[ActorRef], targets: list[ActorRef], direct: bool, modality: str,
            value: str | None, precision: str | None, date_text: str | None,
            explicit: bool) -> Iterator[Event]:
    pairs: list[tuple[ActorRef, ActorRef]] = []
    if rel.has("membership"):
        targets = [t for t in targets if t.kind == "organisation"]
        if not targets:
            return
    if targets:
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
    elif rel.symmetric and len(sources) >= 2:
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]
                 if a.code != b.code]
    if not pairs:
        return
    published = ctx.article.published
    if modality != "future" and value and published and value > published[:len(value)]:
        # what is asserted happened by the day it was written: "a ajouté qu'il rencontrerait
        # son homologue le 20 juin" is an intention of the day, the meeting is to come
        value, precision, date_text, explicit = published, "day", None, False
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
    extra: dict[str, object] = {}
    if rel.symmetric and len({c for pair in pairs for c in (pair[0].code, pair[1].code)}) >= 3:
        # a gathering: its pairs are stored as one event with their roles
        roles: dict[str, Participant] = {}
        for a in sources:
            role = "participant" if not targets else \
                "initiator" if rel.source_role == "participant" else rel.source_role
            roles.setdefault(a.code, Participant(a, role))
        for a in targets:
            roles.setdefault(a.code, Participant(a))
        stands_for = {frozenset(x) for x in derived_pairs([(c, p.role)
                                                           for c, p in roles.items()])}
        if {frozenset((a.code, b.code)) for a, b in pairs} <= stands_for:
            extra[GATHERING] = tuple(roles.values())
    for s, t in pairs:
        c = conf + (0.05 if t.mention and t.start is not None and
                    abs(t.start - tok.idx) < 80 else 0.0)
        yield Event(article=ctx.article.id, source=s, target=t, relation=rel.name,
                    cameo=rel.cameo, symmetric=rel.symmetric, date=value,
                    date_text=date_text, date_precision=precision if value else None,
                    confidence=round(min(c, 0.95), 3), evidence=evidence, modality=modality,
                    extractor=EXTRACTOR_VERSION, extra=dict(extra))
    among = _met_together(ctx, sent, tok, trig, rel, sources, targets) \
        if rel.among_targets is not None else []
    if len(among) >= 2:
        assert rel.among_targets is not None
        yield from _events(ctx, sent, tok, trig, ctx.res.ontology.get(rel.among_targets),
                           among, [], direct, modality, value, precision, date_text,
                           explicit)


def _met_together(ctx: Ctx, sent: Span, tok: Token, trig: Trigger, rel: Relation,
                  sources: list[ActorRef], targets: list[ActorRef]) -> list[ActorRef]:
    """The targets that meet each other too: the leaders a host receives (its object) or
    those one call is with (the noun's own complement): "Poutine a reçu les dirigeants
    arménien et azerbaïdjanais", "in a phone call with Trump and Hamdok"; not those at "a
    ceremony hosted by Trump", nor in a sentence that says the meetings were separate."""
    if trig.pos == "noun" and "Number=Plur" in str(tok.morph) or any(
            fold(w.lemma_) in ctx.lex.separate_words or fold(w.text) in ctx.lex.separate_words
            for w in sent):
        return []
    if trig.pos == "verb":
        together = [o for d, o, _ in dependents(tok) if d in ("obj", "dobj")
                    and rel.source_role == "host" and fold(o.lemma_) in ctx.lex.summit_heads]
    else:
        preps = rel.preps.get(ctx.lang, frozenset())
        together = [o for _, o, p in noun_dependents(tok) if p in preps]
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in together]
    mine = {a.code for a in sources}
    return list({t.code: t for t in targets if t.code not in mine and t.start is not None
                 and any(a <= t.start < b for a, b in spans)}.values())


class Extraction(NamedTuple):
    """What extraction gives for one article: its events, the names it could not resolve,
    and, when it could not be parsed or read, why (then it has no events)."""

    article: Article
    events: list[Event]
    unresolved: tuple[str, ...] = ()
    error: str | None = None


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
    for lang in sorted({a.lang or DEFAULT for a in batch}):
        idx = [i for i, a in enumerate(batch) if (a.lang or DEFAULT) == lang]
        try:
            docs: list[Doc | None] = list(
                pipelines.pipe((parser_input(batch[i].text) for i in idx), lang,
                               batch_size=len(idx)))
        except Exception:  # noqa: BLE001 - one bad text: parse the batch one by one
            docs = [None] * len(idx)
        for i, doc in zip(idx, docs, strict=True):
            out[i] = _isolated(batch[i], doc, lang, pipelines, res, include_future)
    return [out[i] for i in range(len(batch))]


def _isolated(article: Article, doc: Doc | None, lang: str, pipelines: Pipelines,
              res: Resources, include_future: bool) -> Extraction:
    """One article's extraction; a failure costs that article only, as a one-line error."""
    try:
        if doc is None:
            doc = next(iter(pipelines.pipe([parser_input(article.text)], lang, batch_size=1)))
        return Extraction(article, *_extract(doc, article, res, include_future))
    except Exception as exc:  # noqa: BLE001 - isolation is the point
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        return Extraction(article, [], (), f"{type(exc).__name__}: {reason}")
