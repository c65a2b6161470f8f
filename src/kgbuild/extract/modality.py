"""Modality: negation, condition, future, reported speech, asked-for acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors import fold
from .context import (
    Ctx,
    case_of,
    conditional_form,
    dep_of,
    dependents,
    future_form,
    inverted_subject,
    is_light,
    is_negated,
    verb_lemmas,
)
from .triggers import match_trigger
from .words import (
    DATE_TOKENS,
    REPORTED_DEPS,
    SUBJECT_DEPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def modality_of(ctx: Ctx, trig_tok: Token, verb: Token, under_speech: bool,
              threat: bool = False, negated: bool = False, obligation: bool = True
              ) -> str | None:
    """'asserted', 'future', or None when the statement is negated or hypothetical.

    A threat is asserted even under a condition ("menace de... si les tirs continuent").
    """
    chain = [trig_tok]
    if verb.i != trig_tok.i:
        chain.append(verb)
    # climb through control verbs ("n'a pas l'intention de", "refused to") and nouns
    cur = verb
    for _ in range(3):
        if cur.head.i != cur.i and (dep_of(cur) in ("xcomp", "obj", "dobj", "nmod") or
                                    # "s'est dit impatient de se rendre" (the adjective
                                    # parsed as a noun that the act qualifies)
                                    dep_of(cur) == "acl" and ready_word(ctx, cur.head)):
            cur = cur.head
            chain.append(cur)
        else:
            break
    if _failed(ctx, trig_tok, verb):
        return None
    for t in chain:
        if is_negated(t) and not (negated and t in (trig_tok, verb)) and not (
                t.i != trig_tok.i and fold(t.lemma_) in ctx.lex.negated_affirmers):
            # "n'a cessé de critiquer", "ne manque pas de saluer": still criticising
            return None  # a trigger that counts only negated keeps its own negation
        for c in t.children:
            if dep_of(c) in ("mark",) and fold(c.text) in ctx.lex.condition_marks:
                return None
            if dep_of(c) == "advcl" and not threat and any(
                    dep_of(m) == "mark" and fold(m.text) in ctx.lex.condition_marks
                    for m in c.children):
                return None  # "si l'Otan envoyait..., la Russie attaquerait"
    if obligation and not threat and _deontic(ctx, chain[: 2 + (0 if verb.i == trig_tok.i else 1)]):
        # "talks between Greece and Turkey should resume", "doivent être ouvertes": what
        # ought to happen has not; said by someone, it is their appeal
        return "deontic" if under_speech or speech_verb(ctx, verb) is not None else "future"
    future = conditional = False
    for t in chain[: 2 + (0 if verb.i == trig_tok.i else 1)]:
        if conditional_form(ctx, t):
            if not under_speech:
                return None
            conditional = True
        if future_form(ctx, t):
            future = conditional = True
        head = t.head
        lex = ctx.lex
        if dep_of(t) == "xcomp" and (fold(head.lemma_) in lex.future_heads | {"be"} or
                                     fold(head.text) in lex.future_words):
            # "doit se rendre", "plans to visit", "is due to sign", "are likely to hold"
            if fold(head.lemma_) != "devoir" or "Tense=Pres" in str(head.morph):
                if fold(head.lemma_) != "be" or any(fold(c.text) in lex.future_words
                                                    for c in head.children):
                    future = True
        if any(fold(c.text) in lex.future_words
               for c in t.children if dep_of(c) == "acomp"):
            future = True
    if under_speech and conditional and not threat:
        return "intent"  # "Seoul said it would normalise the pact": an announced intention
    if not future and (_meeting_agreed_to(ctx, chain, trig_tok) or any(
            ready_word(ctx, t) for t in chain + _purpose_governors(ctx, chain[-1]) +
            _between(trig_tok, verb) + [c for c in verb.children if dep_of(c) == "acomp"]
            if t.i != trig_tok.i)
            or _wished_for(ctx, trig_tok) or _striven_for(ctx, chain, trig_tok)
            or _decided_to_cooperate(ctx, trig_tok)):
        return "intent"  # "agreed to hold regular consultations", "s'est dit prêt à signer"
    return "future" if future else "asserted"


def _between(tok: Token, verb: Token) -> list[Token]:
    """The words on the way up from a noun trigger to its clause's verb ("is open to
    cooperation": "to", "open"; the parser may hang "to" on "is", whose "open" the
    caller reads as its complement)."""
    out: list[Token] = []
    cur = tok
    while cur.head.i != cur.i and cur.head.i != verb.i and len(out) < 4:
        cur = cur.head
        out.append(cur)
    return out if cur.head.i == verb.i else []


def ready_word(ctx: Ctx, tok: Token, adjective: bool = False) -> bool:
    """A word of readiness ("prêt", "willing"), or an adjective of openness ("open to
    cooperation", "s'est dite ouverte au dialogue"; not the verb: "opened talks", "a
    ouvert des négociations"); with `adjective`, only an adjective ("ready for talks", not
    "pledged aid after the strike")."""
    adj = tok.pos_ == "ADJ" or "VerbForm=Part" in str(tok.morph) and not any(
        dep_of(c) in ("aux", "aux:tense") for c in tok.children)
    if fold(tok.lemma_) in ctx.lex.readiness_words:
        return adj or not adjective
    return adj and fold(tok.lemma_) in ctx.lex.readiness_adjectives


def _purpose_governors(ctx: Ctx, tok: Token) -> list[Token]:
    """The clauses a purpose clause serves, and their controllers ("est prête à travailler
    avec la Chine pour renforcer la coopération", "is ready to work with China to
    strengthen cooperation"): what one is ready to do for is intended too."""
    out: list[Token] = []
    cur = tok
    for _ in range(4):
        if dep_of(cur) == "advcl" and any(
                dep_of(c) in ("mark", "aux") and fold(c.text) in ctx.lex.purpose_marks
                for c in cur.children):
            cur = cur.head
        elif fold(cur.head.text) in ctx.lex.purpose_marks and cur.head.head.i != cur.head.i:
            cur = cur.head.head  # ("afin de renforcer", the verb hung on "afin")
        elif out and (dep_of(cur) == "xcomp" or dep_of(cur) == "acl" and ready_word(ctx, cur.head)):
            cur = cur.head  # ("est prête à travailler", "s'est dit impatient de se rendre")
        else:
            break
        out.append(cur)
    return out


def _failed(ctx: Ctx, trig_tok: Token, verb: Token) -> bool:
    """Whether a word of failing controls the trigger's own clause ("failed to reach an
    agreement", "were unable to strike a deal", "a échoué à conclure"): the act did not
    happen. Not its subject ("the strikes failed to destroy..."), nor an act named further
    down ("failed to condemn the invasion": the invasion happened)."""
    head = verb.head
    if head.i == verb.i or dep_of(verb) not in ("xcomp", "advcl", "obl:arg", "acl") or \
            fold(head.lemma_) not in ctx.lex.failing_words or is_negated(head):
        return False
    if trig_tok.i == verb.i or dep_of(trig_tok) in ("obj", "dobj") and \
            trig_tok.head.i == verb.i and bool(verb_lemmas(ctx, verb) & ctx.lex.light_verbs):
        return True
    # what a deal that was not reached was about ("ont échoué à conclure un accord sur la
    # réouverture de la frontière"): cooperation named in its object, under a verb of making
    # deals or a light verb (not "failed to condemn the invasion": the invasion happened)
    trig = match_trigger(ctx, trig_tok)
    own = match_trigger(ctx, verb)
    return trig is not None and ctx.res.ontology.relation_of(trig).quad_class <= 2 and \
        (own is not None and ctx.res.ontology.relation_of(own).quad_class <= 2 or
         bool(verb_lemmas(ctx, verb) & ctx.lex.light_verbs)) and \
        any(t.i == trig_tok.i for o in verb.children if dep_of(o) in ("obj", "dobj")
            for t in o.subtree)


def _striven_for(ctx: Ctx, chain: list[Token], trig_tok: Token) -> bool:
    """Cooperation one seeks, tries or hopes for ("Angola sought closer ties with Portugal",
    "cherche à renforcer sa coopération avec le Japon", "pour tenter de désamorcer les
    tensions et de parvenir à un accord"): intended, not done."""
    if dep_of(trig_tok) in SUBJECT_DEPS:
        return False  # "the visit aims to deepen cooperation": the visit took place
    cur = chain[1] if len(chain) > 1 else trig_tok  # the trigger's clause verb
    heads = [cur] if cur.i != trig_tok.i else []  # ("sought closer ties")
    if dep_of(cur) == "conj" and cur.head.i != cur.i:
        cur = cur.head  # (conjuncts share their governor)
    for _ in range(3):
        if cur.head.i == cur.i or dep_of(cur) not in ("xcomp", "advcl", "obl:arg"):
            break  # (not "hopes that X and Y will": theirs, not the subject's)
        cur = cur.head
        heads.append(cur)
    if not any(_strives(ctx, t) for t in heads):
        return False
    trig = match_trigger(ctx, trig_tok)
    return trig is not None and ctx.res.ontology.relation_of(trig).quad_class <= 2


def _wished_for(ctx: Ctx, trig_tok: Token) -> bool:
    """A relation noun, or a verb's infinitive, under a noun of will ("reaffirmed their
    commitment to closer cooperation", "their commitment to boost ties", "leur volonté de
    renforcer leur coopération"): intended, not done."""
    if trig_tok.pos_ == "VERB" and dep_of(trig_tok) in ("acl", "xcomp"):
        trig = match_trigger(ctx, trig_tok)  # (an act of cooperation: "their intention to
        # denounce X" is no intent to cooperate)
        if trig is None or ctx.res.ontology.relation_of(trig).quad_class > 2:
            return False
    elif trig_tok.pos_ != "NOUN":
        return False
    cur = trig_tok
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN":
            return fold(cur.lemma_) in ctx.lex.will_nouns
    return False


def _deontic(ctx: Ctx, chain: list[Token]) -> bool:
    """Whether a clause says what must or should be: a modal auxiliary ("should resume"), or
    a modal verb heading it ("doivent être ouvertes") inside a quotation or reported
    speech (outside one, French "doit se rendre" is a schedule, read as future)."""
    for t in chain:
        for a in t.children:
            if dep_of(a).startswith("aux") and (fold(a.text) in ctx.lex.deontic_words or (
                    fold(a.lemma_) in ctx.lex.deontic_words and
                    speech_verb(ctx, t) is not None)):
                return True
        modal = t if fold(t.lemma_) in ctx.lex.deontic_words and any(
            dep_of(c) == "xcomp" for c in t.children) else \
            t.head if dep_of(t) == "xcomp" and fold(t.head.lemma_) in ctx.lex.deontic_words \
            else None
        if modal is not None and speech_verb(ctx, modal) is not None:
            return True
    return False


def _decided_to_cooperate(ctx: Ctx, trig_tok: Token) -> bool:
    """Whether a cooperative act is the infinitive of a verb of deciding that reports no
    speech ("decided to join NATO"; not "a annoncé reprendre ses relations"): intended,
    not yet done (a measure decided, "ont décidé de fermer les frontières", is the
    measure)."""
    head = trig_tok.head
    trig = match_trigger(ctx, trig_tok)
    return dep_of(trig_tok) == "xcomp" and head.i != trig_tok.i and \
        fold(head.lemma_) in ctx.lex.deciding_verbs - ctx.lex.speech_verbs and \
        trig is not None and \
        ctx.res.ontology.relation_of(trig).quad_class <= 2


def _meeting_agreed_to(ctx: Ctx, chain: list[Token], trig_tok: Token) -> bool:
    """Whether a meeting is only agreed to or declared ready for (an intent to meet, CAMEO
    036): a verb of agreeing above it. Other acts agreed to are coded as the agreement the
    dev and held-out gold read them as ("agreed to restore diplomatic relations": 05)."""
    if case_of(trig_tok) in ctx.lex.background:
        return False  # "agreed to expand cooperation after their talks": the talks were held
    if fold(trig_tok.lemma_) in ctx.lex.agreeing_verbs:
        # the agreeing verb itself says the same intention as the meeting it agrees to
        return any(_is_meeting(ctx, c) or any(_is_meeting(ctx, o) for o in c.children
                                              if dep_of(o) in ("obj", "dobj"))
                   for c in trig_tok.children if dep_of(c) == "xcomp")
    return _is_meeting(ctx, trig_tok) and any(
        fold(t.lemma_) in ctx.lex.agreeing_verbs for t in chain if t.i != trig_tok.i)


def _is_meeting(ctx: Ctx, tok: Token) -> bool:
    trig = match_trigger(ctx, tok)
    return trig is not None and ctx.res.ontology.relation_of(trig).has("meeting")


def promises_force(ctx: Ctx, verb: Token) -> bool:
    """Whether what a verb promises is an act of conflict ("promis une riposte")."""
    for d, obj, _ in dependents(verb):
        if d in ("obj", "dobj") or (d == "nmod" and obj.head.i in
                                    ctx.doc.user_data.get(DATE_TOKENS, ())):
            trig = match_trigger(ctx, obj)
            if trig is not None and ctx.res.ontology.relations[trig.relation].quad_class >= 3:
                return True
    return False


def invites_to_meet(ctx: Ctx, verb: Token) -> bool:
    """Whether what a verb invites to is a visit or a meeting ("à se rendre en Corée")."""
    invited = [o for d, o, _ in dependents(verb) if d in ("obj", "dobj")]
    for d, c, prep in (x for h in (verb, *invited) for x in dependents(h)):
        if d in ("obl", "obl:arg", "obl:mod", "nmod") and \
                prep in ctx.lex.destination_preps and c.i in ctx.mentions:
            return True  # "invited Xi to Australia", "a invité son homologue à Dakar" (the
            # parser hangs the place on the guest): to come to a state is to visit it
        if d not in ("xcomp", "advcl", "ccomp", "obl:arg", "obl"):
            continue
        acts = [c]
        if is_light(ctx, c):  # "to make a state visit"
            acts += [o for d2, o, _ in dependents(c) if d2 in ("obj", "dobj")]
        for act in acts:
            trig = match_trigger(ctx, act)
            if trig is not None and ctx.res.ontology.relation_of(trig).has("meeting"):
                return True
    return False


def unasserted(ctx: Ctx, verb: Token, striving: bool = False) -> bool:
    """Whether the clause is only asked for or denied: "exhorté X à soutenir Y" (not "à
    cesser de"), "denied supplying drones"; with `striving`, not what one seeks or tries
    ("sought to improve ties": an intention, which modality tells)."""
    cur = verb
    if dep_of(cur) == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "à cesser de... et à soutenir...": the conjuncts share a position
    for _ in range(3):
        if dep_of(cur) in ("acl", "relcl", "acl:relcl") and cur.head.pos_ == "NOUN" and \
                dep_of(cur.head) in ("obj", "dobj") and \
                verb_lemmas(ctx, cur.head.head) & ctx.lex.denying_verbs and \
                not is_negated(cur.head.head):
            return True  # "denied a US report that it had supplied drone engines"
        if dep_of(cur) in ("acl", "xcomp") and cur.head.pos_ == "NOUN" and \
                fold(cur.head.lemma_) in ctx.lex.unasserting_nouns or \
                dep_of(cur) == "advcl" and any(
                    dep_of(o) in ("obj", "dobj") and o.i < cur.i and
                    fold(o.lemma_) in ctx.lex.unasserting_nouns for o in cur.head.children):
            # "multiplie les appels pour renforcer les relations", "renewed calls to
            # strengthen ties" (the purpose clause hung on the verb): asked for
            return True
        if cur.head.i == cur.i or dep_of(cur) not in ("xcomp", "ccomp", "obj", "dobj", "advcl",
                                                 "obl:arg"):
            return False
        if dep_of(cur) in ("advcl", "obl:arg") and not any(
                fold(c.text) in ("to", "de", "d'", "a") for c in cur.children if c.i < cur.i):
            return False
        controlled = dep_of(cur) != "ccomp"
        cur = cur.head
        if fold(cur.lemma_) in ctx.lex.presupposing_verbs:
            continue  # "called on Iran to stop supplying drones": asked of Iran, not asserted
        lemmas = verb_lemmas(ctx, cur)
        if lemmas & ctx.lex.denying_verbs and not is_negated(cur) and \
                not charge_denied(ctx, cur):
            return True  # "denied supplying drones" (not "did not deny")
        if lemmas & ctx.lex.unasserting_verbs and not (
                striving and controlled and _strives(ctx, cur)):
            return True  # (what the subject itself tries for: the walk goes on, "urged X
            # to try to"; not "hopes that X and Y will", "wants X to")
    return False


def charge_denied(ctx: Ctx, denial: Token) -> bool:
    """Whether a denial after the clause denies a charge the clause reports ("Kinshasa
    accuses Rwanda of backing the rebels, a charge Kigali denies"): the accusation was
    made; it is its content that is denied."""
    return any(dep_of(c) in ("nsubj", "npadvmod", "dobj", "obj") and c.i < denial.i and any(
        fold(g.lemma_) in ctx.lex.reproach_nouns for g in c.subtree if g.i <= c.i)
        for c in denial.children)


def _strives(ctx: Ctx, verb: Token) -> bool:
    """A verb of seeking or trying with no object of its own ("seeks to", not "wants Egypt
    to")."""
    return bool(verb_lemmas(ctx, verb) & ctx.lex.striving_words) and not any(
        dep_of(c) in ("obj", "dobj") for c in verb.children)


def threat_head(ctx: Ctx, tok: Token, verb: Token) -> Token | None:
    """The threat verb ("menacer", "warn") whose complement holds this trigger, if any."""
    if fold(tok.lemma_) in ctx.lex.threat_verbs:
        return None
    cur = verb
    for _ in range(2):
        if cur.head.i == cur.i or dep_of(cur) not in ("xcomp", "ccomp", "obj", "dobj", "advcl"):
            return None
        if dep_of(cur) == "advcl" and not any(fold(c.text) in ("to", "de", "d'")
                                            for c in cur.children if c.i < cur.i):
            return None  # "threatened to suspend", not "warned when it attacked"
        cur = cur.head
        if fold(cur.lemma_) in ctx.lex.threat_verbs:
            return cur
    return None


def reciprocal(ctx: Ctx, verb: Token) -> bool:
    words = [fold(t.text) for t in verb.subtree]
    if len(words) > 60:
        return False
    text = " " + " ".join(words).replace("' ", "'") + " "
    return any(f" {w} " in text for w in ctx.lex.reciprocal_words)  # ("respectively": no)


def speech_verb(ctx: Ctx, tok: Token, deps: frozenset[str] = REPORTED_DEPS
                 ) -> Token | None:
    """The speech verb whose complement holds tok (within four heads), if any; or the one
    inserted in the quotation the sentence is ("« ..., a déclaré Emmanuel Macron, et notre
    soutien se poursuivra »": parsed as a parataxis of the quotation's root, or as its
    adverbial clause after a comma, its subject after it)."""
    cur = tok
    relative = False
    for _ in range(4):
        if cur.head.i == cur.i:
            return _inserted_speech(ctx, cur)
        dep = dep_of(cur)
        relative = relative or dep in ("acl:relcl", "relcl") and cur.i != tok.i
        cur = cur.head
        if dep in deps and fold(cur.lemma_) in ctx.lex.speech_verbs:
            if relative and fold(cur.lemma_) not in ctx.lex.deciding_verbs | \
                    ctx.lex.issuing_verbs:
                return None  # "a dénoncé cette vidéo qui apporte un soutien à l'attaque":
                # the clause says what its antecedent does, not the speaker (unless the
                # speaker issues it: "announced measures that include the expulsion of")
            return cur
    return None


def _inserted_speech(ctx: Ctx, root: Token) -> Token | None:
    for c in root.children:
        if (dep_of(c) == "parataxis" or dep_of(c) in ("conj", "advcl") and c.left_edge.i > 0 and (
                c.left_edge.is_punct or c.doc[c.left_edge.i - 1].is_punct)) and \
                c.i > root.i and \
                fold(c.lemma_) in ctx.lex.speech_verbs and (any(
                    dep_of(g).startswith("nsubj") and g.i > c.i for g in c.children) or
                    inverted_subject(c, ("parataxis", "conj")) is not None):
            return c  # the speaker follows the speech verb: an inserted incise
    return None
