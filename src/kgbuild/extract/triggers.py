"""Triggers: which tokens may start a relation, and which relation they start."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..actors import fold
from ..lang import lexicon_of
from ..relations import Trigger
from .context import (
    Ctx,
    case_of,
    child_lemmas,
    conditional_form,
    dep_of,
    dependents,
    future_form,
    is_light,
    is_negated,
    is_reflexive,
    light_verb,
    morphology,
    noun_dependents,
    offices_apposed,
    stranded_auxiliary,
)
from .words import DATE_TOKENS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def match_trigger(ctx: Ctx, tok: Token) -> Trigger | None:
    if tok.pos_ in ("VERB",) or (tok.pos_ in ("ADJ", "AUX") and (
            "VerbForm=Part" in str(tok.morph)
            or any(dep_of(c).startswith("aux") for c in tok.children))) or \
            _verb_read_as_noun(tok):
        pos = "verb"
    elif tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "ADJ" and dep_of(tok) in (
            "obj", "dobj", "nsubj", "obl", "obl:arg", "nmod") and any(
            dep_of(c) == "det" for c in tok.children):
        pos = "noun"  # "a adressé de vives critiques": a noun the tagger read as adjective
    else:
        return None
    candidates = ctx.res.ontology.lookup(ctx.lang, pos, tok.lemma_)
    if not candidates and pos == "noun":
        candidates = ctx.res.ontology.lookup(ctx.lang, pos, tok.text)
    if not candidates and tok.pos_ in ("ADJ", "VERB"):
        guess = morphology(ctx).verb_guess(tok.text)
        if guess and (tok.pos_ == "VERB" or any(
                dep_of(c).startswith("aux") for c in tok.children)):
            pos = "verb"
            candidates = ctx.res.ontology.lookup(ctx.lang, pos, guess)
    # a particle that a trigger of the word requires, and nothing else, makes another verb
    # of it: "called off the talks with India" is no call with India ("ordered French troops
    # out" is still an order)
    phrasal = {p for t in candidates if t.specificity == 1 for p in t.particles} & child_lemmas(
        tok, {"prt", "compound:prt"}) if pos == "verb" else set()
    for trig in candidates:  # most specific first
        if phrasal and not trig.particles & phrasal:
            continue
        if trig.reflexive and not is_reflexive(tok):
            continue
        if trig.negated and not is_negated(tok):
            continue
        if trig.caused and not _caused(ctx, tok):
            continue
        if trig.intransitive and any(dep_of(c) in ("obj", "dobj") for c in tok.children):
            continue
        if pos == "verb" and not trig.modifiers and _small_clause(tok):
            continue  # "called Russia a partner": another sense
        if trig.carried and not _carried(ctx, tok):
            continue
        if trig.objects and not _has_object(ctx, tok, trig.objects, trig.strict):
            continue  # (strict: the direct object, "a salué leurs relations", not "a salué
            # la solidité des relations")
        if trig.unless_objects and _has_object(ctx, tok, trig.unless_objects, trig.strict):
            continue  # "released a joint communique": another sense (strict: the direct
            # object only, "prévenir tout acte" but not "prévenir Washington d'une escalade")
        if trig.modifiers and not _modifiers_fit(tok, trig):
            continue
        if trig.unless_modifiers and _opposite(tok, trig):
            continue  # "tensions have eased", "to reduce tensions": the opposite
        if trig.preps and not _preps_fit(ctx, tok, pos, trig):
            continue
        if trig.particles and not _particle_fits(ctx, tok, trig):
            continue
        if trig.within and _governing_preposition(ctx, tok) not in trig.within:
            continue
        if trig.doers and not child_lemmas(tok, {"nsubj"}) & trig.doers:
            continue  # "troops crossed the border", not "Macron crossed the border"
        return trig
    return None


def _small_clause(verb: Token) -> bool:
    """Whether a verb's object has a predicate after it ("called Russia a partner",
    "calling the move overdue"; not a measure, "fund a port worth $400 million"): another
    sense than the verb alone."""
    objects = [c for c in verb.children if dep_of(c) in ("obj", "dobj")]
    return bool(objects) and any(
        dep_of(c) in ("oprd", "acomp") and c.i > objects[0].i and
        not any(dep_of(g) == "npadvmod" for g in c.children) for c in verb.children)


def _governing_preposition(ctx: Ctx, tok: Token) -> str | None:
    """The preposition a noun is the object of ("in the presence of", "en présence de")."""
    if dep_of(tok) == "pobj" and tok.head.pos_ == "ADP":
        return fold(tok.head.text)
    return case_of(tok)


def _verb_read_as_noun(tok: Token) -> bool:
    """A verb the tagger read as a noun, as it does in quotation marks ("said that it
    “rejects” Uganda's claim"): a subject and an object of its own, no copula."""
    deps = {dep_of(c) for c in tok.children}
    return tok.pos_ == "NOUN" and bool(deps & {"nsubj", "nsubj:pass"}) and \
        bool(deps & {"obj", "dobj"}) and "cop" not in deps


def _particle_fits(ctx: Ctx, tok: Token, trig: Trigger) -> bool:
    """Whether a phrasal verb has its own particle ("called in the ambassador", not "called
    the ambassador in Canberra") and an object that is no envoy of its own subject's ("has
    called in its ambassador": a recall)."""
    right_after = [c for c in tok.children if c.i == tok.i + 1 and dep_of(c) == "prep"]
    if not (child_lemmas(tok, {"prt", "compound:prt"}) |
            {fold(c.text) for c in right_after}) & trig.particles:
        return False  # (the particle may be parsed as a preposition, if right after it)
    objects = [c for c in tok.children if dep_of(c) in ("obj", "dobj")] + [
        g for c in right_after for g in c.children if dep_of(g) == "pobj"]
    return not any(fold(g.text) in ctx.lex.third_person_possessives
                   for c in objects for g in c.children)


def _carried(ctx: Ctx, tok: Token) -> bool:
    """Whether a noun is the object of a light verb that is no trigger of its own
    ("unveiled an agreement", not "signed an agreement"), also when the parser hung it on
    the day after the verb ("ont dévoilé vendredi un accord")."""
    verb = tok.head
    if dep_of(tok) == "nmod" and verb.i in tok.doc.user_data.get(DATE_TOKENS, ()):
        verb = verb.head
    elif dep_of(tok) not in ("obj", "dobj"):
        return False
    return verb.pos_ in ("VERB", "AUX") and is_light(ctx, verb) and \
        match_trigger(ctx, verb) is None


def causative_head(ctx: Ctx, tok: Token) -> Token | None:
    """The causative verb a verb is the complement of ("would make Prague pay", "fera
    payer"), if any."""
    head = tok.head
    return head if head.i != tok.i and dep_of(tok) in ("xcomp", "ccomp") and \
        fold(head.lemma_) in ctx.lex.causative_verbs else None


def _caused(ctx: Ctx, tok: Token) -> bool:
    """Whether a verb says a price to be made to pay: what a causative not in the past makes
    happen ("would make Prague pay", "fera payer"), or what is to come to the payer for its
    own act or under a condition ("will pay for its crimes", "paiera le prix fort si elle
    attaque"); not a price paid ("made Kyiv pay"), nor a forecast ("will pay the price for
    Western hesitation")."""
    head = causative_head(ctx, tok)
    if head is not None:
        return "Tense=Past" not in str(head.morph)
    if not (future_form(ctx, tok) or conditional_form(ctx, tok)):
        return False
    for c in tok.subtree:
        if dep_of(c) == "mark" and fold(c.text) in ctx.lex.condition_marks:
            return True  # "si elle attaque"
        if dep_of(c) in ("poss", "nmod:poss", "det") and \
                fold(c.text) in ctx.lex.third_person_possessives and c.head.i != tok.i and \
                case_of(c.head) in ctx.lex.for_preps:
            return True  # "for its crimes", "pour son agression"
    return False


def _has_object(ctx: Ctx, tok: Token, objects: frozenset[str], strict: bool) -> bool:
    """Whether the trigger has one of these objects: with `strict`, as its direct object."""
    if strict:
        return bool(child_lemmas(tok, {"obj", "dobj"}) & objects)
    return _objects_fit(ctx, tok, objects)


def _objects_fit(ctx: Ctx, tok: Token, objects: frozenset[str]) -> bool:
    """Whether the object (or a noun's complement) is one the trigger requires: also the
    subject of a passive ("the Swiss envoy was summoned") and the noun after a quantity
    or a duration ("lever une partie des sanctions", "une rupture de décennies
    d'animosité")."""
    objs = child_lemmas(tok, {"obj", "dobj", "nmod", "pobj", "compound", "obl:arg",
                              "nsubj:pass", "nsubjpass"})
    if tok.pos_ == "NOUN":  # "le rappel par la Pologne de son ambassadeur"
        objs |= {fold(arg.lemma_) for d, arg, prep in noun_dependents(tok) if prep in ctx.lex.of}
    objs |= {fold(g.lemma_) for c in tok.children if dep_of(c) == "prep" for g in c.children}
    objs |= {fold(g.lemma_) for c in tok.children if dep_of(c) in ("obj", "dobj", "nmod")
             and fold(c.lemma_) in ctx.lex.quantity_heads | ctx.lex.time_nouns
             for g in c.children if dep_of(g) in ("nmod", "prep", "pobj")}
    objs |= {fold(g.lemma_) for c in tok.children if dep_of(c) in ("obj", "dobj")
             and fold(c.lemma_) in ctx.lex.quantity_heads for p in c.children
             if dep_of(p) == "prep" for g in p.children}
    # (the de/of complement of a passive's subject, as a verb's object has it a few words
    # on: "les lignes de communication ont été coupées")
    objs |= {fold(arg.lemma_) for c in tok.children if dep_of(c) in ("nsubj:pass", "nsubjpass")
             for _, arg, prep in noun_dependents(c) if prep in ctx.lex.of}
    if dep_of(tok) == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        objs.add(fold(tok.head.lemma_))  # "the ambassador recalled by Poland"
    # "brought in Pierre Laurent, France's chargé d'affaires in Accra": a person
    # the object's apposition names by office (a title of several words, too; also the
    # subject of a passive: "Ahmed Sidi, ambassadeur de Mauritanie à Dakar, a été convoqué")
    titles = [_title(g) for c in tok.children
              if dep_of(c) in ("obj", "dobj", "nsubj:pass", "nsubjpass")
              for g in offices_apposed(ctx, c)]
    objs |= {o for o in objects for title in titles if f" {o} " in f" {title} "}
    if NATIONALS in objects and any(
            dep_of(c) in ("obj", "dobj", "nsubj:pass", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
            and (m := ctx.mentions.get(c.i)) is not None and m.form == "adj"
            for c in tok.children):
        objs.add(NATIONALS)  # "deported 300 Indonesians", "2 000 Haïtiens ont été expulsés"
    if PERSONS in objects and any(
            g.ent_type_ == "PERSON" or fold(g.lemma_) in
            ctx.lex.agent_titles | ctx.lex.summit_heads | ctx.lex.counterpart
            for c in tok.children if dep_of(c) in ("obj", "dobj") for g in (c, *c.conjuncts)):
        # "welcomed his Hungarian counterpart", "welcomed Viktor Orban", "welcomed Serbia's
        # and Austria's ministers"
        objs.add(PERSONS)
    return bool(objs & objects) or _object_nearby(tok, objects)


# The object word of a frame that a state's people named by their nationality alone fit
NATIONALS = "<nationals>"
# In a trigger's objects: a person, by name or office ("welcomed the Slovak prime minister")
PERSONS = "<persons>"


def _title(appos: Token) -> str:
    """The words of an apposition, but for the clauses inside it ("Pierre Laurent, France's
    chargé d'affaires, who arrived in May": "france 's chargé d'affaires")."""
    clauses = {t.i for c in appos.subtree if c.i != appos.i and
               dep_of(c) in ("relcl", "acl:relcl", "acl") for t in c.subtree}
    return " ".join(fold(t.text) for t in appos.subtree if t.i not in clauses)


def _opposite(tok: Token, trig: Trigger) -> bool:
    """Whether a word of the trigger's `unless_modifier` list says the opposite of it: as
    its modifier or predicate ("tensions have eased"), or as the verb or noun it is the
    object or complement of ("to reduce tensions", "l'apaisement des tensions")."""
    head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    if dep_of(tok) in ("obj", "dobj", "nmod", "pobj") and head.i != tok.i and \
            fold(head.lemma_) in trig.unless_modifiers:
        return True
    if any(dep_of(c) == "advmod" and fold(c.lemma_) in trig.unless_modifiers
           for c in tok.children):
        return True  # "a peu apprécié": an adverb that says the opposite
    return _modifiers_fit(tok, trig, trig.unless_modifiers)


def _modifiers_fit(tok: Token, trig: Trigger, words: frozenset[str] | None = None) -> bool:
    """Whether one of `words` (the trigger's modifiers by default) modifies the word."""
    wanted = trig.modifiers if words is None else words
    mods = child_lemmas(tok, {"amod", "nmod", "compound", "obj", "dobj", "obl:mod",
                              "obl", "obl:arg", "prep", "npadvmod"})
    mods |= {fold(w) for c in tok.children
             if dep_of(c) in ("nmod", "prep", "conj", "obj", "dobj", "ccomp", "xcomp", "advcl")
             for g in [c, *c.children] for w in (g.lemma_, g.text)}
    mods |= {fold(g.lemma_) for c in tok.children if dep_of(c) == "amod"
             for g in c.children if dep_of(g) == "conj"}
    if tok.pos_ == "NOUN" and dep_of(tok) in SUBJECT_DEPS and tok.head.i != tok.i:
        # "ties have soured", "les relations sont tendues": the predicate of a subject
        # says what it is (and "began to deteriorate", its complement)
        pred = tok.head
        mods |= {fold(w) for g in [pred, *pred.children]
                 if g.i == pred.i or dep_of(g) in ("xcomp", "acomp", "attr")
                 for w in (g.lemma_, g.text)}
    if trig.strict:
        # said of the object: on the verb's own complements, or in the naming phrase the
        # parser hung inside the object ("described Lithuania's decision to open an office
        # as \"provocative\""), never in another clause ("warning that ... could be dangerous")
        other = ("advcl", "ccomp", "parataxis", "conj", "csubj")
        skip = {t.i for c in tok.children if dep_of(c) in other for t in c.subtree}
        naming = lexicon_of(tok.doc).naming_preps
        mods = {fold(w) for c in tok.children if dep_of(c) not in other
                for g in [c, *c.children] for w in (g.lemma_, g.text)}
        mods |= {fold(g.text) for t in tok.subtree if t.i not in skip and
                 fold(t.text) in naming for g in t.children}
    if tok.pos_ != "NOUN" and not mods & wanted and not trig.strict:
        # "declared a Pakistani official, said to work at the mission, persona non grata":
        # the verb's complement a few words on, wherever an inserted clause made the parser
        # hang it
        end = min(tok.sent.end, tok.i + 20)
        mods = {fold(t.text) for t in tok.doc[tok.i + 1:end]
                if t.text not in (";", ":")}
    return bool(mods & wanted)


def _preps_fit(ctx: Ctx, tok: Token, pos: str, trig: Trigger) -> bool:
    """Whether the particle or preposition the trigger requires follows it (on the word, on
    its object, on the auxiliary an inserted phrase stranded, on a noun's light verb)."""
    dates = tok.doc.user_data.get(DATE_TOKENS, ()) if pos == "verb" else ()
    # (not the preposition of a date on a verb: "called Japan's decision \"irresponsible\"
    # on Monday", "called his counterpart on Saturday afternoon" is no call on anyone)
    preps = {p for _, a, p in dependents(tok) if p and a.i not in dates and
             not any(c.i in dates for c in a.children)} | \
        child_lemmas(tok, {"prt", "compound:prt"})
    if trig.objects:
        # "a tiré des missiles contre l'Ukraine": the preposition on the object
        preps |= {p for _, o, _ in dependents(tok) if fold(o.lemma_) in trig.objects
                  for _, _, p in dependents(o) if p}
    aux = stranded_auxiliary(tok) if pos == "verb" else None
    if aux is not None:
        # "Biden a pour sa part appelé la Chine, lors de l'entretien, à faire preuve
        # de retenue": the clause after the participle hangs on the auxiliary
        preps |= {fold(m.text) for c in aux.children if dep_of(c) in ("xcomp", "advcl")
                  and c.i > tok.i for m in c.children if dep_of(m) == "mark"}
    light = light_verb(ctx, tok) if pos == "noun" else None
    if light is not None:
        # "expressed appreciation to China": the preposition hangs on the light verb
        preps |= {p for _, _, p in dependents(light) if p}
    # "appelé la Chine à faire preuve de retenue": the particle marks the clause
    preps |= {fold(m.text) for c in tok.children if dep_of(c) in ("xcomp", "advcl")
              for m in c.children if dep_of(m) == "mark" or fold(m.text) == "to"}
    # "a appelé les deux pays à un cessez-le-feu": the preposition hung on the object
    preps |= {p for d, o, p0 in dependents(tok) if d in ("obj", "dobj") or (
              d in ("obl", "obl:arg") and p0 is None and o.i > tok.i)
              for d2, _, p in dependents(o) if p and d2 in ("nmod", "obl", "obl:arg")}
    # "a appelé Ankara à cesser": the object taken for an xcomp, the clause hung on it
    preps |= {fold(m.text) for c in tok.children if dep_of(c) == "xcomp" and c.i > tok.i
              and (c.pos_ not in ("VERB", "AUX") or c.i in ctx.mentions) for g in c.children
              if dep_of(g) in ("xcomp", "advcl", "acl", "obl:arg") for m in g.children
              if dep_of(m) == "mark"}
    return bool(preps & trig.preps)


def _object_nearby(tok: Token, objects: frozenset[str]) -> bool:
    """The object noun a few words on, in the verb's subtree, when the parser hung it
    elsewhere ("rappelé pour consultations ses ambassadeurs": not parsed as the object)."""
    doc = tok.doc
    for t in doc[tok.i + 1: min(len(doc), tok.i + 13)]:
        if t.pos_ in ("VERB", "SCONJ") or t.text in (";", ":"):
            return False
        if t.pos_ == "NOUN" and fold(t.lemma_) in objects:
            cur = t
            for _ in range(3):
                cur = cur.head
                if cur.i == tok.i:
                    return True
    return False


def trigger_candidates(doc: Doc, guess: Callable[[str], str | None], lemmas: frozenset[str]
                       ) -> list[int]:
    """Indices of the tokens whose lemma or form (or the lemma `guess` makes of it) may be
    a trigger, found over the Doc's arrays (no Token objects): extraction then looks at
    these few tokens only."""
    from spacy.attrs import LEMMA, ORTH

    rows = doc.to_array([LEMMA, ORTH]).tolist()
    strings = doc.vocab.strings
    hits: set[int] = set()
    for h in {h for row in rows for h in row}:
        text = strings[h]
        if fold(text) in lemmas:
            hits.add(h)
        elif fold(guess(text) or "") in lemmas:
            hits.add(h)
    return [i for i, (lemma, orth) in enumerate(rows) if lemma in hits or orth in hits]
