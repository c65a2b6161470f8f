"""Timing: the date of an event, from the time expressions its clause reaches."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..actors import fold
from ..dates import DateExpr
from ..lang import lexicon_of
from .context import Ctx, case_of, clause_verb, dep_of
from .modality import speech_verb
from .triggers import match_trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..events import Event


def event_date(ctx: Ctx, trig_tok: Token, verb: Token
               ) -> tuple[str | None, str | None, str | None, bool]:
    """(value, precision, text, explicit) for the event of a trigger: the time expression
    that belongs to it, else what its tense and place in the article imply."""
    expr = _own_expression(ctx, trig_tok, verb)
    if expr is not None and expr.value:
        return expr.value, expr.precision, expr.text, True
    return _implied_date(ctx, trig_tok, verb)


def _own_expression(ctx: Ctx, trig_tok: Token, verb: Token) -> DateExpr | None:
    """The time expression of the trigger's sentence that belongs to it (reaches the
    trigger or its clause verb before any other verb), nearest first; else its governor's
    ("a exhorté mercredi X à cesser d'armer Taïwan et à soutenir...")."""
    heads = _time_heads(ctx, trig_tok, verb)
    governors: set[int] = set()
    up = verb
    for _ in range(3):
        if dep_of(up) not in ("xcomp", "conj") or up.head.i == up.i:
            break
        up = up.head
        governors.add(up.i)
    # a later verb of the same coordination, of acts done: "imposed sanctions on X and
    # suspended talks with Y on Friday" (the time said once, at the end, of both; not "will
    # build a plan and raise trade by 2028")
    if "Tense=Past" in str(verb.morph):
        governors.update(c.i for c in verb.children if dep_of(c) == "conj" and
                         c.i > verb.i and c.pos_ in ("VERB", "AUX") and
                         "Tense=Past" in str(c.morph) and not any(
                             dep_of(g).startswith("nsubj") for g in c.children))
        # (of the same subject: not "Mali expelled X, and Niger ordered Y out in August")
    best: tuple[int, int, DateExpr] | None = None
    for expr, span in ctx.dates:
        if ctx.sent_of[span.start] != ctx.sent_of[trig_tok.i]:
            continue
        if (expr.since or _after_since(ctx, span.root, trig_tok)) and \
                _first_meeting(ctx, trig_tok):
            continue  # "his first visit since 2019", "la première depuis sa réélection en
            # décembre": when the span began, not the visit
        tier = _tier(span.root, trig_tok, heads, governors)
        if tier is None:
            continue
        rank = (tier, abs(span.start - trig_tok.i))
        if best is None or rank < best[:2]:
            best = (*rank, expr)
    return best[2] if best is not None else None


def _first_meeting(ctx: Ctx, trig_tok: Token) -> bool:
    """Whether a meeting's sentence says it is the first (since some time): "his first visit
    since 2019"; not "had hosted rounds of talks since 2021", a series ("first" in lower
    case: not the title "Premier ministre")."""
    trig = match_trigger(ctx, trig_tok)
    if trig is None or not ctx.res.ontology.relation_of(trig).has("meeting"):
        return False
    start = ctx.sent_of[trig_tok.i]
    i = start
    while i < len(ctx.doc) and ctx.sent_of[i] == start:
        t = ctx.doc[i]
        if fold(t.text) in ctx.lex.first_words and t.text[:1].islower():
            return True
        i += 1
    return False


def _after_since(ctx: Ctx, root: Token, trig_tok: Token) -> bool:
    """Whether a time expression sits in a phrase that "since"/"depuis" heads, below the
    trigger ("depuis sa réélection en décembre")."""
    since = ctx.res.languages[ctx.lang].dates.since_words
    cur = root
    for _ in range(6):
        if cur.i == trig_tok.i or cur.head.i == cur.i:
            return False
        if any(dep_of(c) in ("case", "mark") and fold(c.text) in since for c in cur.children) \
                or dep_of(cur) == "pobj" and fold(cur.head.text) in since:
            return True
        cur = cur.head
    return False


def _tier(root: Token, trig_tok: Token, heads: set[int], governors: set[int]) -> int | None:
    """0 when a time expression belongs to the trigger, 1 to its governor, else None."""
    cur = root
    for _ in range(12):
        if cur.i in heads:
            return 0
        if cur.pos_ == "VERB" and cur.i != root.i and _describes(cur, trig_tok):
            return 0  # "sa guerre en Ukraine, lancée en février 2022"
        if cur.i in governors:
            return 1
        if cur.pos_ == "VERB" and cur.i != root.i and not _time_passes(cur, trig_tok):
            return None
        if cur.i != root.i and cur.pos_ != "VERB" and any(
                dep_of(c).startswith("nsubj") for c in cur.children):
            return None  # a clause of its own the parser did not take for one ("un
            # accord, dont les premières livraisons sont attendues en 2029")
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _implied_date(ctx: Ctx, trig_tok: Token, verb: Token
                  ) -> tuple[str | None, str | None, str | None, bool]:
    """No time expression: news of the day takes the reference date, background none."""
    if trig_tok.pos_ == "NOUN" and case_of(trig_tok) in ctx.lex.background:
        return None, None, None, False  # "trois mois après l'invasion de l'Ukraine"
    if any(dep_of(c) == "mark" and fold(c.text) in ctx.lex.background for c in verb.children):
        return None, None, None, False  # "the visit comes days after Abiy visited Eritrea"
    meeting = _meeting_day(ctx, trig_tok)
    if meeting is not None:
        return meeting.date, meeting.date_precision, meeting.date_text, True
    speech = speech_verb(ctx, trig_tok)
    if speech is not None and "Tense=Imp" in str(verb.morph) and not any(
            dep_of(c).startswith("aux") for c in verb.children):
        verb = speech  # "a jugé que la Russie portait": the tense of reported speech
    auxes = [c for c in verb.children if dep_of(c).startswith("aux")]
    pluperfect = any("Tense=Imp" in str(a.morph) or fold(a.text) == "had" for a in auxes)
    imperfect = "Tense=Imp" in str(verb.morph) and not auxes
    habitual = any(fold(c.text) in ctx.lex.habitual for c in verb.children)
    # "NATO has denounced" (present perfect) is a state of affairs, except in the lead:
    # "Japan and Vietnam have signed a defence pact" is the news of the day (GUIDELINES.md)
    perfect = any(fold(a.text) in ("has", "have") for a in auxes) and verb.tag_ == "VBN" \
        and not _in_lead(ctx, verb)
    if pluperfect or imperfect or habitual or perfect or ctx.reference is None:
        return None, None, None, False
    return ctx.reference, "day", None, False


def _in_lead(ctx: Ctx, tok: Token) -> bool:
    """Whether a token is in the article's first sentence (after a dateline)."""
    return ctx.sent_of[tok.i] == 0


def _meeting_day(ctx: Ctx, trig_tok: Token) -> Event | None:
    """The meeting already reported that a clause places itself in ("Lors de cette
    rencontre, ...", "during the talks"), when it was dated to the day."""
    doc = ctx.doc
    start = ctx.sent_of[trig_tok.i]
    i = start
    while i < len(doc) and ctx.sent_of[i] == start:
        if fold(doc[i].text) in ctx.lex.during:
            for j in range(i + 1, min(i + 5, len(doc))):
                t = doc[j]
                if t.pos_ != "NOUN" or t.i == trig_tok.i:
                    continue
                trig = match_trigger(ctx, t)
                if trig is None or not ctx.res.ontology.relation_of(trig).has("meeting") \
                        or not any(fold(c.text) in ctx.lex.definite for c in t.children):
                    break
                for ev in reversed(ctx.memory.acts):
                    if ctx.res.ontology.relations[ev.relation].has("meeting") and \
                            ev.date_precision == "day":
                        return ev
                break
        i += 1
    return None


def _time_heads(ctx: Ctx, trig_tok: Token, verb: Token) -> set[int]:
    """The tokens a time expression must reach to date a trigger's event."""
    heads = {trig_tok.i, verb.i}
    if dep_of(verb) == "conj":  # "rejected ... on Tuesday and accused": shared time
        heads.add(verb.head.i)
    up = verb
    for _ in range(3):
        # "a saisi la Cour le 29 décembre, accusant Israël", "took a step in March
        # 2022, recalling its ambassador after Spain endorsed...": an adverbial clause
        # without a date of its own shares its head's
        if dep_of(up) != "advcl" or up.head.i == up.i or _measured_before(ctx, up):
            break
        up = up.head
        heads.add(up.i)
    # "applied to join ... in May 2022": the complement's time is the verb's
    heads.update(c.i for c in verb.children
                 if dep_of(c) == "xcomp" and "VerbForm=Inf" in str(c.morph))
    rel_head = verb.head if dep_of(verb) == "conj" else verb
    if dep_of(rel_head) in ("relcl", "acl:relcl", "acl") and any(
            fold(c.text) in ("where", "où") for c in rel_head.children):
        # "made a visit to Kyiv on Tuesday, where he met Zelensky": the same time
        heads.add(clause_verb(rel_head.head).i)
    speech = speech_verb(ctx, trig_tok)
    if speech is not None:
        heads.add(speech.i)  # "a assuré mercredi que son pays soutiendrait"
    if dep_of(trig_tok) == "acl" and "VerbForm=Part" in str(trig_tok.morph) and \
            trig_tok.head.pos_ == "NOUN":
        # "le traité de 1994 paraphé par les deux voisins": the time of the noun a
        # participle describes is the participle's
        heads.add(trig_tok.head.i)
    return heads


def _measured_before(ctx: Ctx, clause: Token) -> bool:
    """An adverbial clause placed a span of time before or after its head ("on Thursday,
    a day after the speaker visited", "deux jours après que"): not on its head's day (but
    "minutes after", "quelques heures après" are the same day, as a rule)."""
    return any(dep_of(c) == "mark" and fold(c.text) in ctx.lex.background
               for c in clause.children) and any(
        dep_of(c) in ("npadvmod", "obl:mod") and c.pos_ == "NOUN" and c.i < clause.i and
        fold(c.lemma_) not in ctx.lex.short_spans for c in clause.children)


def _time_passes(verb: Token, trig_tok: Token) -> bool:
    """Whether a time expression under `verb` may still date what is above it."""
    dep = dep_of(verb)
    if dep in ("acl", "relcl", "acl:relcl") and verb.head.i == trig_tok.i:
        return True  # "curbs imposed in 2019": the participle describes the trigger
    if dep in ("advcl", "relcl", "acl:relcl") and any(
            fold(c.text) in lexicon_of(verb.doc).when
            for c in verb.children if dep_of(c) in ("mark", "advmod")):
        return True  # "hailed ... when it was announced in August"
    # "Lors du dîner offert mercredi soir, il a assuré": a participle on a time adjunct
    return dep == "acl" and "VerbForm=Part" in str(verb.morph) and \
        dep_of(verb.head) in ("obl", "obl:mod") and verb.head.pos_ == "NOUN"


def _describes(part: Token, noun: Token) -> bool:
    """A detached participle that agrees with the noun trigger just before it, whatever
    the parser hung it on ("sa guerre en Ukraine, lancée en février 2022")."""
    if noun.pos_ != "NOUN" or part.i <= noun.i or part.i - noun.i > 6 or \
            "VerbForm=Part" not in str(part.morph) or part.head.i == noun.i:
        return False
    if any(dep_of(c).startswith(("aux", "nsubj")) for c in part.children):
        return False
    if any(t.pos_ == "NOUN" for t in part.doc[noun.i + 1:part.i]):
        return False
    for feat in ("Gender", "Number"):
        a, b = part.morph.get(feat, []), noun.morph.get(feat, [])
        if a and b and a != b:
            return False
    return part.doc[part.i - 1].text == ","


def reference_date(dates: list[tuple[DateExpr, Span]], published: str | None) -> str | None:
    """The day an article's news happened: the first day its lead paragraph names within
    the week before publication, else the publication day. A day named further down
    dates a side event ("the UN chief, who flew in on Thursday"), not the news."""
    if not published:
        return None
    pub = date.fromisoformat(published)
    text = dates[0][1].doc.text if dates else ""
    breaks = [i for i in (text.find("\n\n"), text.find("\r\n\r\n")) if i >= 0]
    lead_end = min(breaks, default=-1)  # where the lead paragraph ends
    for expr, span in dates:
        if 0 <= lead_end < span.start_char:
            break
        if expr.precision == "day" and expr.value:
            d = date.fromisoformat(expr.value)
            if pub - timedelta(days=7) <= d <= pub:
                return expr.value
    return published
