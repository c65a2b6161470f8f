"""Arguments: the source and the target of a trigger, over the dependency parse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..actors import fold
from ..events import ActorRef
from ..lang import lexicon_of
from ..relations import Relation, Trigger
from .context import (
    Ctx,
    case_of,
    clause_verb,
    conjuncts_of,
    definite,
    dep_of,
    dependents,
    inverted_subject,
    is_light,
    is_negated,
    is_reflexive,
    light_verb,
    noun_dependents,
    sentence_root,
    stranded_auxiliary,
    verb_lemmas,
)
from .modality import speech_verb
from .parties import (
    actors_of,
    actors_or_owner,
    adj_counts,
    adjective_owners,
    bare_subject,
    group_not_stance,
    listed_after,
    listed_before,
    mention_actor,
    owner_adjective,
    person_before,
    preceding_actors,
    skip_mention,
)
from .triggers import match_trigger
from .words import (
    DATE_TOKENS,
    SPEAKER_DEPS,
    SUBJECT_DEPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def speech_subject(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The speaker when tok sits in the complement of a speech verb."""
    verb = speech_verb(ctx, tok, SPEAKER_DEPS)
    speaker = _speaker_of(verb) if verb is not None else None
    return actors_of(ctx, speaker, day) if speaker is not None else []


def _speaker_of(verb: Token) -> Token | None:
    """A speech verb's subject; after an incise verb with none, the noun the parser took
    for its object ("», a déclaré à Berlin le chef de la diplomatie allemande")."""
    subj = next((arg for d, arg, _ in dependents(verb)
                 if d in ("nsubj", "nsubjpass", "nsubj:pass")), None)
    return subj if subj is not None else \
        inverted_subject(verb, ("parataxis", "conj", "ROOT", "root"))


def _is_passive(verb: Token) -> bool:
    """A passive has a passive auxiliary; "Pékin a critiqué" parsed with nsubj:pass is not."""
    deps = [(dep_of(c), fold(c.lemma_)) for c in verb.children]
    if fold(verb.lemma_) in lexicon_of(verb.doc).etre_verbs:
        return False  # "est devenue", "sont convenus": être is their perfect auxiliary
    if any(d in ("aux:pass", "auxpass", "agent") for d, _ in deps):
        return True  # "agent" is the by-phrase of a passive only
    if "VerbForm=Part" in str(verb.morph) or verb.tag_ == "VBN":
        if any(d in ("agent", "obl:agent") for d, _ in deps):
            return True  # "a deal brokered by China": a participle with its agent
        if dep_of(verb) == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and \
                not any(d in ("obj", "dobj") for d, _ in deps):
            return True  # "Ukraine, accused of sabotage by Russia": a reduced relative
    if _set_off_participle(verb):
        return True  # "Poland, threatened with retaliation by Russia, put...": misread
    return any(d in ("nsubj:pass", "nsubjpass") for d, _ in deps) and \
        not any(d.startswith("aux") and lemma == "avoir" for d, lemma in deps) and \
        not is_reflexive(verb)  # "s'est engagée": pronominal, not passive


def _institution_of(ctx: Ctx, verb: Token, day: str | None) -> list[ActorRef]:
    """The state of the institution an agentless passive happens at: "L'ambassadeur suisse
    a été convoqué lundi au ministère turc des Affaires étrangères", "was summoned to the
    foreign ministry in Ankara" (who summons is who receives)."""
    for d, arg, prep in dependents(verb):
        if d not in ("obl", "obl:mod", "obl:arg", "nmod") or \
                prep not in ctx.lex.locative | ctx.lex.destination_preps:
            continue
        # "au siège madrilène du ministère espagnol": the institution the place is of
        for at in [arg, *(a for d2, a, p2 in dependents(arg) if p2 in ctx.lex.of and
                          fold(arg.lemma_) in ctx.lex.place_nouns)]:
            if fold(at.lemma_) in ctx.lex.institution_nouns:
                found = actors_of(ctx, at, day, loose=True)
                if found:
                    return found
    return []


def _coordinated_inside(ctx: Ctx, subj: Token, day: str | None) -> list[ActorRef]:
    """Every party named in a subject that coordinates two titled names the parser nested
    ("US President Donald Trump and North Korean leader Kim Jong Un held a summit"); not
    in a description or a relative clause set beside the subject ("Estonia, a NATO member
    and one of Ukraine's allies", "Lithuania, which has backed Taiwan and Ukraine")."""
    described = {t.i for c in subj.children if c.i > subj.i and (
                     dep_of(c) == "appos" and c.pos_ == "NOUN" and c.i not in ctx.mentions
                     or dep_of(c) in ("relcl", "acl:relcl")) for t in c.subtree}
    span = [t for t in subj.subtree if t.i not in described]
    if len(span) > 25 or not any(fold(t.text) in ("and", "et") and t.pos_ == "CCONJ"
                                 for t in span):
        return []
    out: list[ActorRef] = []
    seen: set[int] = set()
    for t in span:
        m = ctx.mentions.get(t.i)
        if m is None or m.start in seen or not adj_counts(ctx, ctx.doc[m.start], m):
            continue
        seen.add(m.start)
        out.extend(a for a in mention_actor(ctx, m, day) if a.code not in {o.code for o in out})
    return out if len(out) >= 2 else []


ARMED_ROOTS = frozenset({"18", "19", "20"})  # CAMEO: assault, fight, mass violence


def stance_on_act(ctx: Ctx, rel: Relation, noun: Token, day: str | None
                  ) -> list[ActorRef] | None:
    """The target of a stance taken on a relation noun, or None when the noun is no act.

    Blame ("condemned the attack on Ukraine") goes to whoever does the act, named or the one
    who did the same kind of act last in the article ("Syria condemned the offensive");
    approval of help ("a donné son feu vert à la livraison d'avions à l'Ukraine") to whom it
    helps; approval of force, to nobody; a mutual act's parties are its targets.
    """
    if not rel.has("stance") or noun.pos_ != "NOUN":
        return None
    act = match_trigger(ctx, noun)
    if act is None or act.pos != "noun":
        return None
    act_rel = ctx.res.ontology.relations[act.relation]
    if act_rel.symmetric:
        return None
    agents, named = noun_source(ctx, noun, act, day)
    if rel.has("approval"):
        if act_rel.quad_class >= 3:
            return []
        if agents and named:
            return agents  # "a ratifié la candidature finlandaise", "approved Finland's entry"
        return targets_of(ctx, noun, act, act_rel, False, day)
    if agents:
        return agents
    if rel.has("blame") and definite(ctx, noun):
        for done in reversed(ctx.memory.acts):
            if done.relation == act.relation or done.cameo[:2] == act_rel.root:
                return [replace(done.source, mention=None, start=None, end=None)]
        for done in reversed(ctx.memory.acts):
            # "condemned the attack" after "launched a full-scale invasion": an armed act
            # (CAMEO 18-20: assault, fight, mass violence) named by another noun
            if act_rel.root in ARMED_ROOTS and done.cameo[:2] in ARMED_ROOTS:
                return [replace(done.source, mention=None, start=None, end=None)]
    return []


def _object_after(verb: Token, subj: Token) -> bool:
    """A 'subject' after its verb when the clause already has one: the object ("n'accepterait
    pas ce plafonnement", "a dénoncé une décision et accusé l'Arabie saoudite")."""
    if subj.i < verb.i or _is_passive(verb):
        return False
    if any(dep_of(c) == "nsubj" and c.i < verb.i for c in verb.children):
        return True
    if incise(verb):
        return False  # "..., a reconnu un diplomate marocain": the speaker, set after
    head = verb.head
    return dep_of(verb) == "conj" and head.i < verb.i and head.pos_ == "VERB" and any(
        dep_of(c) in ("nsubj", "nsubj:pass") for c in head.children)


def incise(verb: Token) -> bool:
    """A speech verb set after its clause with a comma and no conjunction ("..., a reconnu
    un diplomate", "..., a admis le ministre"): its subject follows it."""
    first = min([verb, *(c for c in verb.children if dep_of(c).startswith("aux"))],
                key=lambda t: t.i)
    lex = lexicon_of(verb.doc)
    return fold(verb.lemma_) in lex.speech_verbs | lex.admitting_verbs and first.i > 0 and \
        verb.doc[first.i - 1].text == "," and \
        not any(dep_of(c) == "cc" and c.i < verb.i for c in verb.children)


def incised_clause(ctx: Ctx, verb: Token) -> Token | None:
    """The clause a verb of stance judges when it is set after it like a speech verb, its
    speaker after it ("Cette décision est « historique », a salué le ministre"): the
    head the parser made of that clause (taken for the verb's subject, or the verb's head
    when it hangs the verb on it)."""
    first = min([verb, *(c for c in verb.children if dep_of(c).startswith("aux"))],
                key=lambda t: t.i)
    if first.i == 0 or verb.doc[first.i - 1].text != ",":
        return None
    # (a head with a clause of its own before the comma: a copula or a subject)
    heads = [c for c in verb.children if dep_of(c) in SUBJECT_DEPS and c.i < first.i]
    if not heads and dep_of(verb) == "parataxis" and verb.head.i < verb.i:
        heads = [verb.head]
    clause = next((h for h in heads if any(dep_of(g) in ("cop", *SUBJECT_DEPS)
                                           for g in h.children)), None)
    trig = match_trigger(ctx, verb) if clause is not None else None
    if trig is None or not ctx.res.ontology.relation_of(trig).has("stance"):
        return None
    return clause


def incised_speaker(ctx: Ctx, verb: Token) -> Token | None:
    """The speaker set after a verb of stance that follows the clause it judges (see
    incised_clause): the parser takes the speaker for the verb's object."""
    if incised_clause(ctx, verb) is None:
        return None
    after = inverted_subject(verb, ("ROOT", "root", "parataxis", "conj"))
    if after is None or not (fold(after.lemma_) in ctx.lex.agent_titles or
                             after.i in ctx.mentions and ctx.mentions[after.i].form == "person"):
        return None
    return after


def _object_taken_for_subject(ctx: Ctx, verb: Token, subj: Token, day: str | None
                              ) -> bool:
    """A second verb of a coordination whose 'subject' is the first verb's object, no actor:
    "La Chine a rejeté ces accusations et a accusé Manille" ("accusations" as subject)."""
    cc = [c for c in verb.children if dep_of(c) == "cc" and subj.i < c.i < verb.i]
    return bool(cc) and verb.head.i != verb.i and verb.head.i < subj.i and \
        verb.head.pos_ == "VERB" and not actors_of(ctx, subj, day)


Found = tuple[list[ActorRef], bool, bool]  # (actors, passive, direct)


@dataclass
class Level:
    """One clause on the way up from a trigger verb: its verb, its subject and agent."""

    ctx: Ctx
    verb: Token
    depth: int
    passive: bool
    day: str | None
    subj: Token | None = None
    agent: Token | None = None
    more: tuple[Token, ...] = ()  # other name subjects ("L'Allemagne, la Pologne ainsi que
    # les Pays-Bas ont livré": two subjects in the parse)

    @property
    def bare(self) -> bool:
        """At the trigger itself, with neither subject nor agent."""
        return self.depth == 0 and self.subj is None and self.agent is None


def subject_of(ctx: Ctx, verb: Token, day: str | None) -> Found:
    """(actors, passive, direct) for a verb: the first of SUBJECT_RULES that decides, at the
    verb and then up through control, coordination and complement clauses."""
    level = Level(ctx, verb, 0, _is_passive(verb), day)
    for depth in range(4):
        level.depth = depth
        level.subj, level.agent = _subject_and_agent(level)
        level.more = tuple(arg for d, arg, _ in dependents(level.verb)
                           if d in ("nsubj", "nsubj:pass")
                           and (level.subj is None or arg.i != level.subj.i)
                           and arg.pos_ == "PROPN")
        for rule in SUBJECT_RULES:
            found = rule(level)
            if found is not None:
                return found
        parent = _climb(level)
        if parent is None:
            break
        if isinstance(parent, tuple):
            return parent
        level.verb, level.passive = parent, False
    return [], level.passive, False


def _subject_and_agent(level: Level) -> tuple[Token | None, Token | None]:
    agent = subj = None
    for d, arg, prep in dependents(level.verb):
        if d in ("obl:agent",) or (d in ("obl", "obl:mod", "nmod") and
                                   prep in level.ctx.lex.agent and
                                   level.passive):
            agent = arg
        elif d in ("nsubj", "nsubj:pass", "nsubjpass", "csubj") and (
                subj is None or fold(arg.text) not in level.ctx.lex.floating_quantifiers and
                not (arg.pos_ == "PRON" and subj.i < arg.i and subj.pos_ != "PRON")):
            # "Turkey, Hungary as well as Azerbaijan each summoned": not "each"; "Les
            # Émirats ont eux décidé": the name, not the stressed pronoun after it
            subj = arg
        elif d.startswith("expl") and subj is None and arg.text.startswith("-") and \
                fold(arg.text).lstrip("-") in level.ctx.lex.pronouns:
            subj = arg  # "», a-t-il prévenu": the inverted pronoun is the subject
    if subj is None:
        # "La Chine a, quant à elle, accusé l'Inde": an inserted phrase cut the auxiliary
        # from its verb and the parser hung the subject on the auxiliary
        subj = next((s for a in level.verb.children if dep_of(a).startswith("aux")
                     for s in a.children
                     if dep_of(s) in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    speaker = incised_speaker(level.ctx, level.verb) if not level.passive and (
        subj is None or subj.i < level.verb.i) else None
    if speaker is not None:
        return speaker, agent  # "Cette décision est « historique », a salué le ministre"
    if subj is None and not level.passive and \
            fold(level.verb.lemma_) in level.ctx.lex.speech_verbs:
        subj = inverted_subject(level.verb)  # "« ... », a écrit le ministre belge, accusant"
    if agent is None and level.passive:
        agent = _nested_agent(level.verb)
    if agent is None and dep_of(level.verb) == "acl" and \
            "VerbForm=Part" in str(level.verb.morph):
        # "une décision qualifiée d'« injustifiée » par Ottawa": the by-phrase the parser
        # hung on the judgement after the participle
        agent = next((arg for sib in level.verb.head.children
                      if dep_of(sib) in ("acl", "amod") and sib.i > level.verb.i
                      for d, arg, prep in dependents(sib)
                      if d == "obl:agent" or prep in level.ctx.lex.agent), None)
    if subj is not None and not level.passive and (
            _object_taken_for_subject(level.ctx, level.verb, subj, level.day) or
            _object_after(level.verb, subj)):
        subj = None  # "a rejeté ces accusations et a accusé Manille", "et accusé l'Arabie"
    return subj, agent


def _set_off_participle(verb: Token) -> bool:
    """A past form between commas right after its subject, with a by-phrase and no object:
    a participle the parser read as the main verb ("Poland, threatened with retaliation by
    Russia, put its army on alert")."""
    doc = verb.doc
    return verb.tag_ in ("VBD", "VBN") and verb.i > 1 and doc[verb.i - 1].text == "," and \
        any(dep_of(c) == "nsubj" and c.i == verb.i - 2 for c in verb.children) and \
        not any(dep_of(c) in ("dobj", "obj") for c in verb.children) and \
        any(t.text == "," for t in doc[verb.i + 1:verb.i + 12]) and \
        _nested_agent(verb) is not None


def _nested_agent(verb: Token) -> Token | None:
    """A passive's by-phrase the parser hung on the oblique before it: "Poland was
    threatened with retaliation by Russia", "des chars ont été livrés à l'Ukraine par
    l'Allemagne", "accused of sabotage by Russia"."""
    lex = lexicon_of(verb.doc)
    for d, arg, prep in dependents(verb):
        if d not in ("obl", "obl:mod", "obl:arg", "nmod") or arg.i < verb.i or \
                prep in lex.cause_preps:
            continue  # "summoned over remarks by Switzerland's president": the remarks'
        for d2, arg2, p2 in dependents(arg):
            if p2 in lexicon_of(verb.doc).agent and d2 in ("nmod", "obl", "obl:agent") and \
                    arg2.pos_ in ("PROPN", "NOUN"):
                return arg2
    return None


def _by_agent(level: Level) -> Found | None:
    """"Sweden's bid was blocked by Turkey", "le traité signé en 1951 par Washington et
    Manille": the agent of a passive or of a participle."""
    if level.agent is None:
        return None
    if level.passive:
        return actors_of(level.ctx, level.agent, level.day), True, level.depth == 0
    if level.depth == 0 and dep_of(level.verb) == "acl" and \
            "VerbForm=Part" in str(level.verb.morph):
        return actors_of(level.ctx, level.agent, level.day), True, True
    return None


def _at_institution(level: Level) -> Found | None:
    """"L'ambassadeur suisse a été convoqué au ministère turc des Affaires étrangères": an
    agentless passive at a state's institution is that state's act."""
    if not (level.passive and level.depth == 0 and level.agent is None):
        return None
    at = _institution_of(level.ctx, level.verb, level.day)
    return (at, True, False) if at else None


def _relative_subject(level: Level) -> Found | None:
    """"the countries which signed": a relative pronoun stands for its antecedent."""
    subj, verb = level.subj, level.verb
    if subj is None:
        return None
    set_off = subj.i > 0 and subj.doc[subj.i - 1].text == ","
    if level.passive or fold(subj.text) not in level.ctx.lex.relative or \
            dep_of(verb) not in ("acl:relcl", "relcl") and not (
                set_off and dep_of(verb) in ("ccomp", "advcl") and subj.i < verb.i):
        return None
    antecedent = verb.head
    if antecedent.pos_ in ("VERB", "AUX"):
        # "a affirmé Manille, qui a convoqué": the clause hung on the verb (also as its
        # complement: "les tensions restent vives entre Erevan et Bakou, qui se sont
        # affrontés"), the antecedent is the name just before the pronoun, with the names
        # it closes a coordination of
        before = subj.i - 1
        while before > 0 and subj.doc[before].is_punct:
            before -= 1
        m = level.ctx.mentions.get(before)
        if m is None:
            return [], False, False
        last = subj.doc[m.start:m.end].root
        if dep_of(last) == "conj" and set_off and not _singular(verb):
            return actors_of(level.ctx, last.head, level.day), False, False  # (its conjuncts)
        return mention_actor(level.ctx, m, level.day), False, False
    members = members_said(level.ctx, antecedent, level.day)
    if members is None:
        return [], False, False  # "Mali is not among the countries that": none of them
    if members:
        return members, False, True  # (named in the clause that puts them among the group)
    found = actors_of(level.ctx, antecedent, level.day)
    if dep_of(antecedent) == "conj" and set_off and not _singular(verb):
        # "l'Égypte et ses alliés, qui ont suspendu...", "Erevan et Bakou, qui se sont
        # affrontés": a clause set off after a coordination is said of all of it (the
        # first name and its conjuncts)
        found = actors_of(level.ctx, antecedent.head, level.day)
    if not found and fold(antecedent.lemma_) in level.ctx.lex.document_nouns:
        # "said in a statement which denounced...", "a publié un communiqué qui dénonce": a
        # text says what its author says, under a verb that issues or says it (not "vetoed
        # a resolution that condemned", "welcomed a statement that", "received a letter")
        up = antecedent.head.head if antecedent.head.pos_ == "ADP" else antecedent.head
        if up.pos_ in ("VERB", "AUX") and up.i != antecedent.i and verb_lemmas(
                level.ctx, up) & (level.ctx.lex.issuing_verbs | level.ctx.lex.speech_verbs):
            found = subject_of(level.ctx, up, level.day)[0]
    return found, False, False


def _singular(verb: Token) -> bool:
    """Whether a verb (or its auxiliary) agrees with a singular subject ("Modi, who has
    criticised": the last name of a coordination only)."""
    return any("Number=Sing" in str(t.morph) and "VerbForm=Fin" in str(t.morph) or
               t.tag_ == "VBZ" for t in [
                   verb, *(c for c in verb.children if dep_of(c).startswith("aux"))])


def members_said(ctx: Ctx, noun: Token, day: str | None) -> list[ActorRef] | None:
    """"Chile and Peru were among the states that recalled...", "le Chili et le Pérou font
    partie des pays qui ont rappelé...": the states a clause puts among a group of states
    (a membership word as the group's preposition or its verb's object) are those the
    group's relative clause speaks of; not the states listed in the group itself. None
    when the clause says they are not among them."""
    if fold(noun.text) not in ctx.lex.state_nouns and fold(noun.lemma_) not in ctx.lex.state_nouns:
        return []
    verb = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return []
    marked = case_of(noun) in ctx.lex.membership_words or any(
        fold(c.text) in ctx.lex.membership_words for c in verb.children
        if dep_of(c) in ("obj", "dobj", "prep", "case"))
    if not marked:
        return []
    return None if is_negated(verb) else subject_of(ctx, verb, day)[0]


def _first_person_subject(level: Level) -> Found | None:
    """"« We are pursuing cooperation in the economy », Putin said": in a quotation, "we"
    and "I" are the speaker."""
    subj = level.subj
    if subj is None or level.passive or \
            fold(subj.text) not in level.ctx.lex.first_person_subjects:
        return None
    speaker = speech_subject(level.ctx, level.verb, level.day) or \
        quoting_speaker(level.ctx, level.verb, level.day)
    return (speaker, False, False) if speaker else None


def _pronoun_subject(level: Level) -> Found | None:
    """"Kishida made a visit to Kyiv, where he met...": a pronoun is the subject of a clause
    above it (the nearest that names an actor before it), or the last subject named."""
    subj = level.subj
    if subj is None or level.passive or fold(subj.text).lstrip("-") not in level.ctx.lex.pronouns:
        return None
    ctx = level.ctx
    root = sentence_root(ctx, level.verb)
    # the clauses above, nearest first, up to the sentence's root ("Tunisia said it
    # was severing ties ..., the agency reported": Tunisia, not the agency)
    heads: list[Token] = []
    cur = level.verb
    if subj.text.startswith("-"):
        # "« Ankara doit cesser ses frappes », a-t-il prévenu": an inverted pronoun after
        # a quotation is never the quoted clause's subject, wherever the parser hung it
        return list(ctx.memory.last_subject), False, False
    while cur.i != root.i and cur.head.i != cur.i and len(heads) < 6:
        sibling = dep_of(cur) == "conj"
        if dep_of(cur) == "advcl" and not any(
                d in SUBJECT_DEPS and fold(arg.text) not in ctx.lex.pronouns
                for h in heads for d, arg, _ in dependents(h)) and any(
                dep_of(m) == "mark" and fold(m.text) in ctx.lex.prompt_words
                for m in cur.children):
            # "backed Estonia after it announced the expulsion of": what
            # prompts an act is done by the one it names as its object or complement
            named = {a.code: a for d, arg, _ in dependents(cur.head)
                     if d not in SUBJECT_DEPS and arg.i < subj.i
                     for n in [arg, *(g for _, g, p in noun_dependents(arg) if p)]
                     for a in actors_of(ctx, n, level.day)}
            # (unless the prompted act is aimed at that very actor: "criticised Russia
            # after it decided to expel Russian diplomats" is the critic's own step)
            inner = {t.i for c in cur.subtree if c.i != cur.i
                     and dep_of(c) in ("relcl", "acl:relcl") for t in c.subtree}
            aimed = {a.code for t in cur.subtree if t.i != subj.i and t.i not in inner
                     and (m := ctx.mentions.get(t.i)) is not None and m.form != "anaphor"
                     for a in m.aliases}
            if len(named) == 1 and not named.keys() & aimed:
                return list(named.values()), False, False
        cur = cur.head
        if not sibling:
            heads.append(cur)  # (not a clause conjoined to it: "said X had fired ... and
            # that it had struck": "it" is the speaker's, not X's)
    for head in heads:
        for d, arg, _ in dependents(head):
            if d in SUBJECT_DEPS and arg.i < subj.i \
                    and fold(arg.text) not in level.ctx.lex.pronouns:
                acts = actors_of(ctx, arg, level.day)
                if acts:
                    return acts, False, False
    return list(ctx.memory.last_subject), False, False


def _named_subject(level: Level) -> Found | None:
    """The subject's actors, with the names listed or coordinated with it."""
    subj, verb, ctx, day = level.subj, level.verb, level.ctx, level.day
    if subj is None or level.passive:
        return None
    led = _led_by(ctx, subj, day)
    if led:
        return led, False, level.depth == 0
    acts = [a for s in (*level.more, subj) for a in actors_of(ctx, s, day)]
    acts = [a for a in listed_before(ctx, subj, day)
            if a.code not in {x.code for x in acts}] + acts
    if len(acts) == 1:
        acts = _coordinated_inside(ctx, subj, day) or acts
    if not acts and dep_of(verb) in ("acl:relcl", "relcl") and any(
            fold(c.text) in ("dont", "whose") for c in [*verb.children, *subj.children]):
        # "Ankara, dont le Parlement a ratifié", "Turkey, whose parliament ratified"
        acts = actors_of(ctx, verb.head, day)
    if dep_of(verb) == "conj" and verb.head.pos_ in ("PROPN", "NOUN") and \
            any(dep_of(c) == "cc" and c.i < subj.i for c in [*subj.children, *verb.children]):
        # "Pékin et Moscou ont renforcé": the parser hangs the verb on "Pékin"
        acts = actors_of(ctx, verb.head, day) + acts
    return acts, False, level.depth == 0


def _led_by(ctx: Ctx, subj: Token, day: str | None) -> list[ActorRef]:
    """"L'opération conduite par Ryad en soutien au Yémen et contre l'Iran mobilise...":
    a subject that names no actor itself, with a participle's agent on it, is that agent's
    (not the names in its other complements)."""
    if subj.pos_ != "NOUN" or subj.i in ctx.mentions:
        return []
    for c in subj.children:
        if dep_of(c) == "acl" and ("VerbForm=Part" in str(c.morph) or c.tag_ == "VBN") \
                and verb_lemmas(ctx, c) & ctx.lex.leading_verbs:
            # (its by-phrase, also when the parser hung it on the noun)
            for d2, arg2, p2 in [*dependents(c), *((d, a, p) for d, a, p in dependents(subj)
                                                   if a.i > c.i)]:
                if by_phrase(ctx, d2, p2):
                    return actors_of(ctx, arg2, day)
    return []


def by_phrase(ctx: Ctx, dep: str, prep: str | None) -> bool:
    """Whether a dependent is an agent's by-phrase: by its preposition, not by the parser's
    label alone ("les sanctions prises contre la Russie" labelled as an agent)."""
    return dep == "obl:agent" and prep is None or prep in ctx.lex.agent


def _passive_patient(level: Level) -> Found | None:
    """A passive's subject is its patient: with no agent, nobody is said to act."""
    return ([], True, False) if level.subj is not None and level.passive else None


def _hyphen_agent(level: Level) -> Found | None:
    """"a Russian-brokered deal": Russia brokered it."""
    if level.bare and level.verb.i in level.ctx.hyphen_agents:
        return mention_actor(level.ctx, level.ctx.hyphen_agents[level.verb.i], level.day), \
            False, True
    return None


def _unparsed_subject(level: Level) -> Found | None:
    """Names before a verb the parser gave no subject ("Lors de cette rencontre, Washington
    et Pékin sont convenus"), or the name a finite verb was hung under ("Ankara, dont le
    Parlement a ratifié..., reproche à Stockholm"); also above the trigger, at a verb with
    an auxiliary of its own, which no one controls ("a déclaré qu'Israël et le Soudan
    avaient accepté de normaliser", the names parsed as the complement)."""
    finite = level.subj is None and level.agent is None and any(
        dep_of(c).startswith("aux") for c in level.verb.children)
    if not (level.bare or finite) or level.passive:
        return None
    ctx, verb = level.ctx, level.verb
    bare = bare_subject(ctx, verb, level.day)
    if bare:
        return bare, False, False
    root = sentence_root(ctx, verb)
    if "VerbForm=Fin" in str(verb.morph) and root.pos_ == "PROPN" and root.i < verb.i:
        acts = actors_of(ctx, root, level.day)
        if acts:
            return acts, False, False
    return None


def _decided_by(level: Level) -> Found | None:
    """"France's decision to expel", "la décision française de rappeler": the infinitive of
    a decision or a move is done by whose decision it is."""
    verb = level.verb
    lex = level.ctx.lex
    parent = act_noun_of(level.ctx, verb)
    if parent is None:
        return _decider_hung(level)
    owners = act_noun_owner(level.ctx, parent, verb, level.day)
    if not owners and any(fold(c.text) in lex.plural_possessives | lex.third_person_possessives
                          for c in parent.children):
        # "ont réaffirmé vendredi leur volonté de renforcer": theirs, the clause's subject
        # (past the weekday the parser hung the noun on)
        dates = level.ctx.doc.user_data.get(DATE_TOKENS, ())
        head = parent.head
        while head.i in dates and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX") and head.i != parent.i:
            owners = subject_of(level.ctx, head, level.day)[0]
    return (owners, False, False) if owners else None


def _decider_hung(level: Level) -> Found | None:
    """"la décision samedi par le Mali de suspendre": the infinitive right after the name of
    a decision noun's "par"/"de" complement is that decider's, wherever the parser hung it
    (on the name, or on the clause the decision noun is in)."""
    ctx, verb = level.ctx, level.verb
    mark = next((c for c in verb.children if dep_of(c) == "mark" and c.i == verb.i - 1), None)
    if dep_of(verb) not in ("acl", "xcomp", "advcl") or mark is None or mark.i < 1:
        return None
    m = ctx.mentions.get(mark.i - 1)
    if m is None or m.end != mark.i or m.form == "adj":
        return None
    k = m.start - 1
    while k >= 0 and ctx.doc[k].pos_ == "DET":
        k -= 1
    if k < 1 or ctx.doc[k].pos_ != "ADP" or fold(ctx.doc[k].text) not in ctx.lex.of | \
            ctx.lex.agent:
        return None
    start = ctx.sent_of[verb.i]
    if not any(fold(t.lemma_) in ctx.lex.act_nouns | ctx.lex.will_nouns
               for t in ctx.doc[max(start, k - 3):k]):
        return None
    acts = list(mention_actor(ctx, m, level.day))
    return (acts, False, False) if acts else None


def _stranded_participle(level: Level) -> Found | None:
    """"Pékin avait de son côté accusé...": a participle hung on a noun by an inserted
    phrase keeps its auxiliary's subject; a participle on a noun has no other."""
    verb = level.verb
    if dep_of(verb) != "acl" or level.passive or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    aux = stranded_auxiliary(verb)
    if aux is not None:
        for d, arg, _ in dependents(aux):
            if d in ("nsubj", "nsubj:pass") and fold(arg.text) not in level.ctx.lex.pronouns:
                return actors_of(level.ctx, arg, level.day), False, True
    morph = str(verb.morph)
    if "VerbForm=Ger" in morph or verb.tag_ == "VBG" or (
            "VerbForm=Part" in morph and "Tense=Pres" in morph) or (
            "VerbForm=Fin" in morph and verb.head.i < verb.i and
            verb.head.left_edge.i == level.ctx.sent_of[verb.i]):
        # "le ministre belge, accusant le Rwanda de...", "the minister, accusing Rwanda":
        # a present participle on a noun says what that noun does; so does a finite verb
        # the parser hung on the noun before it ("Le ministre libanais avertit le Conseil")
        return actors_of(level.ctx, verb.head, level.day), False, False
    return [], False, False


# In order, at each clause on the way up: the first rule that decides gives the source.
SUBJECT_RULES: list[Callable[[Level], Found | None]] = [
    _by_agent, _at_institution, _relative_subject, _first_person_subject, _pronoun_subject,
    _named_subject,
    _passive_patient, _hyphen_agent, _unparsed_subject, _decided_by, _stranded_participle]

CLIMB_DEPS = ("xcomp", "advcl", "conj", "ccomp", "acl", "obl", "obl:arg", "obj", "nmod",
              "pcomp", "pobj", "obl:mod")


def _climb(level: Level) -> Token | Found | None:
    """The clause above, or, under a verb that embeds an act in its object ("accuse X of
    doing", "reprocher à X de faire", "call on X to"), that object as the doer."""
    verb = level.verb
    if verb.head.i == verb.i or dep_of(verb) not in CLIMB_DEPS and not (
            # "s'est dit prêt à se rendre", "said it was ready to mediate"
            verb.pos_ == "ADJ" and dep_of(verb) in ("advmod", "acomp")):
        return None
    parent = verb.head
    if dep_of(verb) == "pcomp" and parent.pos_ == "ADP" and dep_of(parent) == "prep" and \
            parent.head.i != parent.i:
        parent = parent.head  # "admitted to bombing Syria", "responded by downgrading ties"
    parent_trig = match_trigger(level.ctx, parent)
    # (set off by a comma, or fronted: "Après avoir rencontré X, l'envoyé a appelé Y à...":
    # the envoy met X, not Y)
    set_off = dep_of(verb) == "advcl" and (verb.i < parent.i or verb.left_edge.i > 0 and
                                           verb.doc[verb.left_edge.i - 1].text == ",")
    if dep_of(verb) in ("advcl", "obl", "obl:arg", "xcomp", "pcomp", "pobj") and \
            parent_trig is not None and not set_off and \
            level.ctx.res.ontology.relation_of(parent_trig).has("embeds"):
        # ("condemned Israel, promising Syria...": a participle set off by a comma is
        # the subject's own act, not one the object is blamed for)
        for d, arg, _ in dependents(parent):
            if d in ("obj", "dobj"):
                return actors_of(level.ctx, arg, level.day), False, False
    return parent


def act_noun_of(ctx: Ctx, verb: Token) -> Token | None:
    """The decision, move or will noun whose clause a verb is ("the decision to recognise",
    "leur volonté de renforcer"), if any."""
    noun = verb.head
    if dep_of(verb) in ("acl", "xcomp") and noun.pos_ == "NOUN" and \
            fold(noun.lemma_) in ctx.lex.act_nouns | ctx.lex.will_nouns:
        return noun
    return None


def act_noun_owner(ctx: Ctx, noun: Token, verb: Token, day: str | None) -> list[ActorRef]:
    """Whose decision or move a noun names: its possessor, nationality adjective, or "de"/
    "of" complement before the verb it introduces."""
    for d, arg, prep in noun_dependents(noun):
        if d in ("poss", "nmod:poss") or (
                (prep in ctx.lex.of or prep in ctx.lex.agent) and arg.i < verb.i and
                d in ("nmod", "pobj", "obl:agent")):
            # ("la décision par l'Arabie saoudite de rompre", "the decision by Riyadh to")
            return actors_of(ctx, arg, day)
        m = ctx.mentions.get(arg.i)
        if d == "amod" and m is not None and m.form == "adj":
            return mention_actor(ctx, m, day)
    return []


@dataclass(frozen=True)
class Query:
    """What an argument rule reads: the trigger, its frame and relation, the event's day."""

    ctx: Ctx
    tok: Token
    trig: Trigger
    rel: Relation
    passive: bool
    day: str | None

    @property
    def preps(self) -> frozenset[str]:
        """The relation's prepositions, and the one a trigger with an object, or a noun
        trigger, requires ("rejeter la faute sur X", "put the blame on X", "solidarity
        with X"): both name the target (not a verb's "call for": what is called for is no
        target)."""
        own = self.trig.preps if self.trig.objects or self.trig.pos == "noun" else frozenset()
        return self.rel.preps.get(self.ctx.lang, frozenset()) | own

    def actors(self, tok: Token, loose: bool = False) -> list[ActorRef]:
        return actors_of(self.ctx, tok, self.day, loose=loose)


Rule = Callable[[Query], list[ActorRef]]
ObjectRule = Callable[[Query, "Token"], list[ActorRef]]


def targets_of(ctx: Ctx, tok: Token, trig: Trigger, rel: Relation, passive: bool,
               day: str | None) -> list[ActorRef]:
    """The targets of a trigger: what its frame's slots name (obliques, then objects), else
    what the first of the fallback rules (TARGET_FALLBACKS) finds."""
    q = Query(ctx, tok, trig, rel, passive, day)
    out, objs = (_verb_slots if trig.pos == "verb" else _noun_slots)(q)
    for obj in objs or _implicit_objects(q):
        out.extend(_object_targets(q, obj))
    if not out:
        for obj in _stranded_relative(q):
            out.extend(_object_targets(q, obj))
    for rule in TARGET_FALLBACKS:
        if out:
            break
        out = rule(q)
    return out


def _stance_or_actors(q: Query, arg: Token, owner: bool = False) -> list[ActorRef]:
    """An oblique's actors, or, when it names an act, whoever the stance is towards."""
    on_act = stance_on_act(q.ctx, q.rel, arg, q.day)
    if on_act is not None:
        return on_act
    return actors_or_owner(q.ctx, arg, q.rel, q.day) if owner else q.actors(arg)


def _verb_slots(q: Query) -> tuple[list[ActorRef], list[Token]]:
    """(oblique targets, object heads) of a verb, by its dependents."""
    out: list[ActorRef] = []
    objs: list[Token] = []
    complements: list[Token] = []
    speaker = incised_speaker(q.ctx, q.tok) if q.trig.pos == "verb" else None
    for d, arg, prep in dependents(q.tok):
        kind = _verb_dependent(q, d, arg, prep)
        if speaker is not None and arg.i == speaker.i:
            continue  # "..., a salué le ministre": who speaks, not whom
        if kind == "object":
            objs.append(arg)
        elif kind == "oblique":
            out.extend(_stance_or_actors(q, arg, owner=True))
        elif kind == "complement":
            complements.append(arg)
    clause = min((c.i for c in q.tok.children if dep_of(c) in ("xcomp", "ccomp", "advcl") and
                  c.i > q.tok.i), default=None)
    if clause is not None and any(o.i < clause for o in objs):
        # "a appelé les pays du Golfe à engager un dialogue avec l'Iran, l'Irak et le
        # Yémen": a second object the parser hung past the verb's own clause is that clause's
        objs = [o for o in objs if o.i < clause]
    if not objs:
        # "called on X to" has its target in the complement; "urged Germany to deliver
        # tanks to Ukraine" has it in its object only
        for arg in complements:
            out.extend(_complement_targets(q, arg))
    return out, objs


def _verb_dependent(q: Query, d: str, arg: Token, prep: str | None) -> str | None:
    """What a verb's dependent is to its frame: object, oblique, complement, or nothing."""
    tok = q.tok
    if d in ("obj", "dobj", "iobj", "dative") or (
            q.passive and d in ("nsubj:pass", "nsubjpass")) or (
            # "Le Japon, félicité par Joe Biden": a passive participle's parsed subject
            q.passive and d == "nsubj" and arg.i < tok.i and (
                "VerbForm=Part" in str(tok.morph) or _set_off_participle(tok))):
        return "object" if q.trig.holds("target", "object") else None
    if d == "nsubj" and _object_after(tok, arg):
        return "object"  # "n'accepterait pas ce plafonnement": a second subject
    if d in ("obl", "obl:mod", "obl:arg") and prep is None and arg.i > tok.i and \
            arg.doc[arg.left_edge.i - 1].text != "," and (
            arg.pos_ == "PROPN" or arg.pos_ == "NOUN" and arg.i not in
            arg.doc.user_data.get(DATE_TOKENS, ())):
        return "object"  # a direct object the parser took for a bare oblique
    if d in ("obl", "obl:arg", "obl:mod", "nmod", "pobj", "obl:agent") and prep in q.preps \
            and not (q.passive and prep in q.ctx.lex.agent) and not acts_along(arg) and \
            fold(arg.lemma_) not in q.ctx.lex.counsel_nouns and not (
                q.rel.quad_class >= 3 and fold(arg.lemma_) in q.ctx.lex.request_nouns):
        # ("invited him against the advice of Pretoria", "arrested at the request of the
        # US": whose counsel or request, not whom it is aimed at)
        return "oblique" if q.trig.holds("target", "oblique") else None
    if d == "xcomp" and arg.i > tok.i and (arg.pos_ == "PROPN" or arg.i in q.ctx.mentions):
        # "Pékin appelle Washington à": an object parsed as xcomp ("Ankara" even as an
        # adverb or a verb)
        return "object"
    if d == "conj" and arg.pos_ in ("PROPN", "NOUN") and arg.i > tok.i and q.trig.holds(
            "target", "object") and not any(dep_of(c).startswith("nsubj") for c in arg.children):
        return "object"  # "a critiqué le Japon et la Corée du Sud": "Corée" hung on the verb
    if d == "xcomp" and (q.trig.holds("target", "oblique") or q.trig.holds("target", "clause")):
        return "complement"  # (not for a frame whose target is its object alone: "denied
        # supplying drones to Moscow" is no denial aimed at Moscow)
    return None


def _complement_targets(q: Query, comp: Token) -> list[ActorRef]:
    """Targets inside a verb's infinitive complement: its obliques ("called on X to"), and
    for a promise or a threat the object of what is promised ("applied to join NATO",
    "threatened to obliterate Turkey's economy") or what it is aimed at."""
    out: list[ActorRef] = []
    for d2, arg2, p2 in dependents(comp):
        if d2 in ("obl", "obl:arg", "obl:mod") and p2 in q.preps and not acts_along(arg2):
            out.extend(q.actors(arg2))
        elif d2 in ("obj", "dobj") and q.rel.has("intent", "threat"):
            # (or what the act it names is aimed at: "threatened to take strong economic
            # action against the government", "menacé de prendre des mesures contre")
            out.extend(q.actors(arg2) or [
                a for d3, arg3, p3 in dependents(arg2) if p3 in q.ctx.lex.against_preps and
                d3 in ("nmod", "obl", "pobj") and not acts_along(arg3) for a in q.actors(arg3)])
    if not out and q.rel.has("rejection") and \
            verb_lemmas(q.ctx, comp) & q.ctx.lex.permitting_verbs:
        # "refused to allow Cavusoglu's plane to land", "a refusé de laisser entrer les
        # camions ukrainiens": aimed at the one not permitted (or whose it is)
        # (the one let: the permitting verb's object, the subject of the clause it lets
        # happen, or, with neither, the object of a verb right after it: "laisser entrer les
        # camions"; not what the one let would act on: "refused to allow the EU to sanction
        # Russia's patriarch" is no rejection of Russia)
        let = [arg2 for d2, arg2, _ in dependents(comp) if d2 in ("obj", "dobj")]
        for c in (c for c in comp.children if dep_of(c) in ("ccomp", "xcomp")):
            let += [arg2 for d2, arg2, _ in dependents(c) if d2 == "nsubj"]
            if not let and c.i == comp.i + 1:
                let += [arg2 for d2, arg2, _ in dependents(c) if d2 in ("obj", "dobj")]
        out.extend(a for arg2 in let for a in actors_or_owner(q.ctx, arg2, q.rel, q.day))
    return out


def _topic(q: Query, prep: str | None) -> bool:
    """Whether a complement of a noun of speech says what it is about ("remarks on
    Taiwan"), not whom it is aimed at."""
    return q.trig.pos == "noun" and prep in q.ctx.lex.topic_preps and \
        q.trig.lemma in q.ctx.lex.speech_nouns


def _noun_slots(q: Query) -> tuple[list[ActorRef], list[Token]]:
    """(targets, no objects) of a noun: its de/of complement when the frame says so, its
    obliques, and the obliques of a participle on it ("l'aide apportée à l'Ukraine")."""
    out: list[ActorRef] = []
    for d, arg, prep in noun_dependents(q.tok):
        if d in ("nmod", "obl", "obl:arg", "pobj") and prep in q.ctx.lex.of:
            if q.trig.objects and fold(arg.lemma_) in q.trig.objects:
                # "le rappel de l'ambassadeur polonais en Biélorussie": where he is posted;
                # "the summoning of the Swiss ambassador": else whose he is
                out.extend(_hung_on_object(q, arg) or q.actors(arg))
            elif q.trig.holds("target", "of"):
                out.extend(q.actors(_through_quantity(q.ctx, arg)))
        elif d in ("nmod", "obl", "obl:arg", "obl:mod", "pobj") and prep in q.preps \
                and not acts_along(arg) and not _topic(q, prep):
            # "the green light to deliveries"; "sanctions on Japanese shipping firms": a
            # measure on what a state owns is aimed at that state (but remarks "on Taiwan"
            # are about it, not aimed at it)
            out.extend(_stance_or_actors(q, arg, owner=True))
        elif d == "acl" and "VerbForm=Fin" not in str(arg.morph):
            # "l'aide apportée à l'Ukraine", "the sanctions imposed by the EU on Russia"
            # (the parser hangs "on Russia" on the agent)
            obliques = [(d2, arg2, p2) for d2, arg2, p2 in dependents(arg)]
            obliques += [x for d2, arg2, p2 in obliques if p2 in q.ctx.lex.agent
                         for x in dependents(arg2) if x[2] not in q.ctx.lex.agent | q.ctx.lex.of]
            out.extend(a for d2, arg2, p2 in obliques
                       if d2 in ("obl", "obl:arg", "obl:mod", "iobj", "nmod") and
                       p2 in q.preps and p2 not in q.ctx.lex.agent for a in q.actors(arg2))
    return out, []


def _implicit_objects(q: Query) -> list[Token]:
    """Objects a verb has without an object dependent."""
    tok = q.tok
    named = _free_relative_name(q.ctx, tok)
    if named:
        return named
    if q.passive and dep_of(tok) == "xcomp" and tok.head.i != tok.i:
        # "l'adhésion de la Suède reste bloquée par la Turquie": the patient is the subject
        # of the verb the participle complements
        return [arg for d, arg, _ in dependents(tok.head) if d in ("nsubj", "nsubj:pass")]
    if q.trig.pos == "verb" and dep_of(tok) in ("relcl", "acl:relcl") and any(
            fold(c.text) in ("que", "qu'") and c.i < tok.i for c in tok.children):
        return [tok]  # "des exercices que la Corée du Nord condamne": "que" is the object

    if q.trig.pos == "verb" and dep_of(tok) == "acl" and q.passive and \
            tok.head.pos_ in ("NOUN", "PROPN") and q.trig.holds("target", "object"):
        # "le Maroc, accusé d'être impliqué", "the envoy summoned on Monday": a participle
        # on a noun says what was done to it
        return [tok.head]
    if q.trig.pos == "verb" and dep_of(tok) == "advcl" and q.passive and \
            "VerbForm=Part" in str(tok.morph) and q.trig.holds("target", "object"):
        # "Le Japon, félicité par Joe Biden, a relevé...": a participle set off after the
        # subject describes it
        return [arg for d, arg, _ in dependents(tok.head)
                if d in ("nsubj", "nsubj:pass") and arg.i < tok.i]
    if q.trig.pos == "verb" and not q.passive:
        # "declared a Pakistani official persona non grata": the parser made the object
        # the subject of a small clause after the verb
        # (even when it took the frame's word for a verb: "declared two envoys personae")
        small = [s for c in tok.children if dep_of(c) in ("ccomp", "xcomp") and c.i > tok.i
                 and (c.pos_ in ("NOUN", "ADJ") or fold(c.text) in q.trig.modifiers)
                 for s in c.children
                 if dep_of(s) == "nsubj" and tok.i < s.i < c.i]
        # "ont convoqué l'ambassadeur de Turquie, a indiqué le ministère": the object taken
        # for a first subject of the speech verb inserted after it, whose subject follows it
        incise = [s for c in tok.children if dep_of(c) == "parataxis" and c.i > tok.i and
                  fold(c.lemma_) in q.ctx.lex.speech_verbs and
                  any(dep_of(g) == "nsubj" and g.i > c.i for g in c.children)
                  for s in c.children if dep_of(s) == "nsubj" and tok.i < s.i < c.i]
        return small + incise
    return []


def _stranded_relative(q: Query) -> list[Token]:
    """"a sanctionné des responsables vénézuéliens, qu'il accuse de corruption": a relative
    the parser took for a complement clause ("qu'" as a conjunction); its antecedent, the
    object of the verb it hangs on, is its object."""
    tok = q.tok
    rel = next((c for c in tok.children if fold(c.text) in ("que", "qu'") and c.i < tok.i
                and c.i >= 2 and tok.doc[c.i - 1].text == ","), None)
    if q.trig.pos != "verb" or rel is None or dep_of(tok) not in ("ccomp", "advcl", "conj"):
        return []
    ante = tok.doc[rel.i - 2]
    while dep_of(ante) in ("nmod", "conj", "amod", "flat", "flat:name", "fixed") and \
            ante.head.i < ante.i:
        ante = ante.head
    return [ante] if ante.pos_ in ("NOUN", "PROPN") and ante.head.i == tok.head.i else []


def _free_relative_name(ctx: Ctx, tok: Token) -> list[Token]:
    """"condemned what it described as \"false allegations\" by Mali": the object is a free
    relative; what the speaker names it stands for it (its "as" complement or predicate)."""
    for c in tok.children:
        if dep_of(c) != "ccomp" or c.i < tok.i or not any(
                dep_of(w) in ("dobj", "obj") and fold(w.text) in ctx.lex.free_relatives
                and w.i < c.i for w in c.children):
            continue
        names = [g for d, g, prep in dependents(c) if d in ("oprd", "attr", "xcomp")
                 or d in ("obl", "pobj", "prep") and prep in ctx.lex.naming_preps]
        if names:
            # (a by-phrase the parser hung on the naming verb is the named act's doer:
            # "what it called \"provocations\" by Morocco")
            return names[:1] + [g for d, g, prep in dependents(c) if prep in ctx.lex.agent
                                and g.i > names[0].i]
    return []


def _object_targets(q: Query, obj: Token) -> list[ActorRef]:
    """The targets an object names: the first object rule that finds any, with the names
    listed after it; else who owns or does what the object names."""
    antecedent = _antecedent(q, obj)
    if antecedent is None:
        return []
    if isinstance(antecedent, list):
        return antecedent
    obj = _through_quantity(q.ctx, antecedent)
    if obj is not antecedent and q.trig.objects:
        # "recalled some of its diplomats from Belarus": "from Belarus" is on "some"
        hung = _hung_on_object(q, antecedent) or _hung_on_object(q, obj)
        if hung:
            return hung
    for special in (_plural_owner, _act_stance, _promised_act):
        decided = special(q, obj)
        if decided is not None:
            return decided
    # with a required object (an envoy, troops, tanks) the target is where it is sent or
    # posted, not whose it is: "the Polish ambassador to Belarus was recalled"; but a
    # stance taken by summoning an envoy is towards the envoy's state ("Iraq summoned the
    # Turkish ambassador to Iraq")
    posted = q.trig.objects and not q.rel.has("stance")
    for rule in ([_hung_on_object, *OBJECT_RULES] if posted else OBJECT_RULES):
        found = rule(q, obj)
        if found:
            if len(found) == 1 and found[0].start is not None:
                # "accusé jeudi Washington, Londres et Canberra": a list of names the
                # parser did not coordinate
                found += [a for a in listed_after(q.ctx, found[0], q.day)
                          if a.code not in {f.code for f in found}]
            return found
    for rule in OWNER_RULES:
        found = rule(q, obj)
        if found:
            return found
    return []


def _antecedent(q: Query, obj: Token) -> Token | list[ActorRef] | None:
    """What a relative object stands for: "exercises held by South Korea and the United
    States, which Pyongyang condemns" (the antecedent, with its conjuncts); "Les États-Unis
    mènent des exercices que Pyongyang condamne" (the subject of the light verb)."""
    tok = q.tok
    if not (obj.i == tok.i or fold(obj.text) in q.ctx.lex.relative and
            dep_of(tok) in ("relcl", "acl:relcl")
            and obj.i < tok.i):
        return obj
    obj = tok.head.head if dep_of(tok.head) == "conj" else tok.head
    if q.rel.has("reproach") and not _conduct_complement(q.ctx, tok):
        obj = _act_on(q.ctx, obj)
    light = light_verb(q.ctx, obj)
    if light is not None and not q.actors(obj, loose=True):
        return subject_of(q.ctx, light, q.day)[0]
    return obj


def _conduct_complement(ctx: Ctx, verb: Token) -> bool:
    """Whether a verb says what its object did ("which Vilnius accuses of orchestrating",
    "que Paris accuse de recruter", "praised for its mediation"): then the object is a
    state, not an act."""
    words = ctx.lex.of | ctx.lex.for_preps
    return any(dep_of(c) == "prep" and fold(c.text) in words or
               dep_of(c) in ("xcomp", "advcl", "obl", "obl:arg") and any(
                   dep_of(g) in ("mark", "case") and fold(g.text) in words
                   for g in c.children)
               for c in verb.children)


def _act_on(ctx: Ctx, name: Token) -> Token:
    """The act a relative's antecedent name is the target of ("the Israeli strike on
    Qatar, which Egypt condemned": the parser hung "which" on "Qatar", but a stance is
    taken on the strike), else the name."""
    head = name.head
    if name.pos_ != "PROPN" or dep_of(name) not in ("pobj", "nmod"):
        return name
    if dep_of(name) == "pobj" and dep_of(head) == "prep":
        head = head.head
    if head.i == name.i or head.pos_ != "NOUN" or match_trigger(ctx, head) is None:
        return name
    return head


def _through_quantity(ctx: Ctx, obj: Token) -> Token:
    """The noun a quantity or part names ("une partie des sanctions", "some of the curbs",
    "un nouveau train de sanctions"): the noun that follows is the argument."""
    if fold(obj.lemma_) not in ctx.lex.quantity_heads:
        return obj
    for d, arg, prep in dependents(obj):
        if prep in ctx.lex.of and d in ("nmod", "pobj", "obl") and arg.pos_ in ("NOUN", "PROPN"):
            return arg
    return obj


def _act_stance(q: Query, obj: Token) -> list[ActorRef] | None:
    """A verbal stance on an act: towards whoever does it ("condemned the attack on Kyiv")."""
    return stance_on_act(q.ctx, q.rel, obj, q.day) if q.trig.pos == "verb" else None


def _promised_act(q: Query, obj: Token) -> list[ActorRef] | None:
    """A promise of an act: to whom the act is aimed ("pledged Japan's continued support
    for Ukraine": promised to Ukraine)."""
    if not (q.rel.has("intent") and q.trig.pos == "verb"):
        return None
    noun_trig = match_trigger(q.ctx, obj)
    if noun_trig is None or noun_trig.pos != "noun":
        return None
    found = targets_of(q.ctx, obj, noun_trig, q.ctx.res.ontology.relation_of(noun_trig),
                       False, q.day)
    return found or None


def _named_object(q: Query, obj: Token) -> list[ActorRef]:
    """"Japan criticised China": the object names the target."""
    return q.actors(obj)


def _hung_on_object(q: Query, obj: Token) -> list[ActorRef]:
    """"rappeler ses ambassadeurs aux États-Unis": the target hangs off the object the
    trigger requires."""
    if not q.trig.objects:
        return []
    found = [a for d, arg, prep in dependents(obj)
             if prep in q.preps and d in ("nmod", "obl", "pobj", "obl:arg")
             for a in actors_or_owner(q.ctx, arg, q.rel, q.day)]
    if not found:
        # "son aide au développement au Niger": the target hung on the object's own
        # complement (a kind of aid, not an actor)
        found = [a for d, arg, _ in dependents(obj) if d in ("nmod", "pobj")
                 and arg.i not in q.ctx.mentions
                 for d2, arg2, prep2 in dependents(arg)
                 if prep2 in q.preps and d2 in ("nmod", "obl", "pobj")
                 for a in q.actors(arg2)]
    return found


def _loose_object(q: Query, obj: Token) -> list[ActorRef]:
    """"convoqué l'ambassadeur de Russie": a name anywhere in the object phrase (but not in
    the participle itself when the object is the noun it describes: "a deal brokered by
    China" is no deal with China)."""
    if dep_of(q.tok) == "acl" and obj.i == q.tok.head.i:
        return []
    found = q.actors(obj, loose=True)
    if q.rel.symmetric:
        # "a signé un accord de paix à Washington": a capital after a preposition of place
        # is where a mutual act happens, not a side of it
        where = {q.ctx.doc[m.start].idx for t in obj.subtree if t.i != obj.i
                 and (m := q.ctx.mentions.get(t.i)) is not None and m.form == "seat"
                 and case_of(t) in q.ctx.lex.locative}
        found = [a for a in found if a.start not in where]
    return found


def _person_pronoun(q: Query, obj: Token) -> list[ActorRef]:
    """"thanked Macron ... and invited him": the person named last before the pronoun."""
    if obj.pos_ == "PRON" and fold(obj.text) in q.ctx.lex.person_objects:
        return person_before(q.ctx, obj, q.day)
    return []


def _shares_first_target(q: Query, verb: Token) -> bool:
    """Whether a verb conjoined to a first one shares its subject and has no object of the
    first the pronoun could stand for instead of its target ("a accusé Israël ... et l'a
    menacé"; not "a rappelé son ambassadeur ... et l'a reçu")."""
    dates = q.ctx.doc.user_data.get(DATE_TOKENS, ())
    return not any(dep_of(c) in SUBJECT_DEPS for c in verb.children) and not any(
        dep_of(o) in ("obj", "dobj") and o.pos_ == "NOUN" and o.i not in q.ctx.mentions and
        o.i not in dates for o in verb.head.children)


def _main_act_pronoun(q: Query, obj: Token) -> list[ActorRef]:
    """"Morocco cut ties with Iran, accusing it of", "a rompu avec l'Iran, l'accusant de": a
    participle's pronoun object stands for the target of the act it comments on."""
    lex, tok = q.ctx.lex, q.tok
    gerund = tok.tag_ == "VBG" or {"VerbForm=Part", "Tense=Pres"} <= set(str(tok.morph).split("|"))
    if fold(obj.text) not in lex.object_pronouns or not (obj.pos_ == "PRON" or obj.i < tok.i) \
            or not (dep_of(tok) in ("advcl", "xcomp") or dep_of(tok) == "conj" and (
                gerund or _shares_first_target(q, tok))) \
            or tok.head.pos_ != "VERB" or tok.head.i > tok.i:
        # (a French clitic comes before its verb; after it, "le"/"la" is an article; a
        # present participle the parser coordinated with the verb still comments on it, and
        # so does a verb sharing its subject: "a accusé Israël ... et l'a menacé de
        # représailles")
        return []
    return _act_targets(q, tok.head)[1]


def _act_targets(q: Query, verb: Token) -> tuple[Relation | None, list[ActorRef]]:
    """The relation a verb triggers and its targets ((None, []) when it triggers none)."""
    trig = match_trigger(q.ctx, verb)
    if trig is None:
        return None, []
    rel = q.ctx.res.ontology.relation_of(trig)
    return rel, targets_of(q.ctx, verb, trig, rel, _is_passive(verb), q.day)


def _title_then_name(q: Query, obj: Token) -> list[ActorRef]:
    """"qualifié son homologue Xi Jinping de dictateur": the name the parser did not attach
    to the title right before it."""
    lex = q.ctx.lex
    if fold(obj.lemma_) not in lex.agent_titles and fold(obj.lemma_) not in lex.counterpart:
        return []
    m = q.ctx.mentions.get(obj.i + 1)
    if m is not None and m.start == obj.i + 1 and m.form != "adj":
        return mention_actor(q.ctx, m, q.day)
    return []


def _reproached_doer(q: Query, obj: Token) -> list[ActorRef]:
    """"dénoncé le soutien, jugé crucial, apporté par la Chine": the participle that carries
    the agent hangs on the verb, not on its object."""
    if not q.rel.has("reproach", "rejection"):
        return []
    return _participle_agent(q.ctx, q.tok, obj, q.day)[0]


def _stance_adjective(q: Query, obj: Token) -> list[ActorRef]:
    """"Spain endorsed the Moroccan plan", "dénoncé la décision française": a stance on a
    state's act is a stance towards that state."""
    if not q.rel.has("stance") or group_not_stance(q.ctx, obj):
        return []  # (not "a dénoncé le soutien à l'opposition biélorusse": a group)
    return adjective_owners(q.ctx, obj, q.day)


def _owner_adjective(q: Query, obj: Token) -> list[ActorRef]:
    """"plafonner le prix du pétrole russe", "attacked Armenian territory", "a libéré la
    basketteuse américaine": a measure, a strike or a release on what a state owns."""
    if q.rel.has("force"):
        return owner_adjective(q.ctx, obj, q.day)
    if q.rel.has("stance", "concession"):
        return owner_adjective(q.ctx, obj, q.day, depth=2, places=False)
    return []


def _reporter_owned(q: Query, obj: Token) -> list[ActorRef]:
    """"Germany said Russia was expelling four of its diplomats", "a annoncé que la Russie
    expulsait quatre de ses diplomates": what the object's third-person possessive points
    to is whoever reports the act (not for acts on what the doer owns: "recall its
    ambassador")."""
    if q.rel.has("owned") or fold(obj.lemma_) in q.trig.objects:
        return []  # ("réduire leurs relations avec Téhéran": the relations the doer has)
    subj = next((c for c in q.tok.children if dep_of(c) in ("nsubj", "nsubj:pass")), None)
    if subj is not None and ("Number=Plur" in str(subj.morph) or
                             any(dep_of(c) == "conj" for c in subj.children)):
        return []  # "the two leaders ordered their ministers": theirs
    lex = q.ctx.lex
    nouns = [obj, *(arg for d, arg, prep in dependents(obj) if prep in lex.of
                    and d in ("nmod", "pobj", "obl", "obl:arg"))]
    if not any(fold(c.text) in lex.third_person_possessives and c.i < n.i
               for n in nouns for c in n.children):
        return []
    return speech_subject(q.ctx, q.tok, q.day)


def _possessed_object(q: Query, obj: Token) -> list[ActorRef]:
    """"after Iran violated its airspace", "Russian jets violated its airspace, Lithuania
    said": a state's territory that force requires as object, owned by a third-person
    possessive, is the last actor named before it other than the doer's (not for acts on
    what the doer owns: "Estonia, a NATO member, closed its border")."""
    lex = q.ctx.lex
    if q.trig.pos != "verb" or not q.rel.has("force") or q.rel.has("owned") or \
            fold(obj.lemma_) not in q.trig.objects & lex.territory_nouns or not any(
            fold(c.text) in lex.third_person_possessives - lex.plural_possessives
            and c.i < obj.i for c in obj.children):
        return []
    doers = {a.code for a in subject_of(q.ctx, q.tok, q.day)[0]}
    before = [a for a in preceding_actors(q.ctx, obj, q.day) if a.code not in doers]
    return before[-1:]


def _plural_owner(q: Query, obj: Token) -> list[ActorRef] | None:
    """"Australia and New Zealand recalled their envoys after Jakarta ignored their appeals
    and put three of their nationals to death": what a plural possessive owns is the plural
    subject of the nearest clause up that has one (else the last subject named), when the
    doer is none of it."""
    owned = [obj, *(g for _, g, p in noun_dependents(obj) if p in q.ctx.lex.of)]
    if q.trig.pos != "verb" or not any(fold(c.text) in q.ctx.lex.plural_possessives and
                                       c.i < n.i for n in owned for c in n.children):
        return None  # (or of what a quantity counts: "three of their citizens")
    doers = {a.code for a in subject_of(q.ctx, q.tok, q.day)[0]}
    owners = q.ctx.memory.last_subject
    cur = q.tok
    while cur.head.i != cur.i:  # (the nearest clause up whose subject names two or more)
        cur = cur.head
        here = [a for d, arg, _ in dependents(cur) if d == "nsubj" and arg.i < obj.i
                for a in actors_of(q.ctx, arg, q.day)]
        if len(here) >= 2:
            owners = here
            break
    if not doers or len(owners) < 2 or doers & {a.code for a in owners}:
        return None
    return [replace(a, agent=None) for a in owners]


# The object rules, in order: the first that finds a target wins.
OBJECT_RULES: list[ObjectRule] = [_possessed_object, _named_object, _hung_on_object,
                                  _loose_object, _person_pronoun, _main_act_pronoun,
                                  _title_then_name, _reporter_owned]
def _located_object(q: Query, obj: Token) -> list[ActorRef]:
    """"struck a military site in Syria", "a frappé des positions en Ukraine", "funds
    projects in Namibia": force, or aid to works, aimed at what lies in a state's land is
    aimed at that state."""
    lex = q.ctx.lex
    if not q.rel.has("force") and not (q.rel.has("located") and
                                       fold(obj.lemma_) in lex.works_nouns):
        return []
    found = [a for d, arg, prep in dependents(obj) if prep in lex.locative
             and d in ("nmod", "pobj", "obl") for a in q.actors(arg)]
    if found:
        return found
    # "a frappé Kharkiv, deuxième ville d'Ukraine", "struck Kharkiv, Ukraine's second
    # city": a place no table knows, said to be a state's city or region
    # (the parser may make the description a second object of the verb)
    beside = [c for c in obj.head.children if dep_of(c) in ("obj", "dobj") and c.i > obj.i]
    places = [c for c in [*obj.children, *beside]
              if dep_of(c) in ("appos", "conj", "obj", "dobj") and
              fold(c.lemma_) in lex.place_nouns and fold(c.lemma_) not in lex.owned_places]
    return [a for place in places for d, arg, prep in dependents(place)
            if d in ("poss", "nmod:poss") or (prep in lex.of and d in ("nmod", "pobj", "obl"))
            for a in q.actors(arg)]


# When no object rule finds one: who does or owns what the object names.
OWNER_RULES: list[ObjectRule] = [_reproached_doer, _stance_adjective, _owner_adjective,
                                 _located_object]


def _participle_recipient(q: Query) -> list[ActorRef]:
    """"le soutien apporté par la Chine à la Russie": the recipient of a participle the
    parser hung on the verb whose object the relation noun is."""
    tok = q.tok
    if q.trig.pos != "noun" or dep_of(tok) not in ("obj", "dobj") or tok.head.i == tok.i:
        return []
    return _participle_agent(q.ctx, tok.head, tok, q.day)[1]


def _adjacent_target(q: Query) -> list[ActorRef]:
    """"sa guerre en Ukraine" when the parser hung "en Ukraine" on another word."""
    return _adjacent_complement(q.ctx, q.tok, q.preps, q.day) if q.trig.pos == "noun" else []


def _lifted_measure(q: Query) -> list[ActorRef]:
    """"lever les restrictions imposées en 2019 sur les exportations vers la Corée": the
    measure was aimed where its lifting is."""
    lifter = lifter_of(q.ctx, q.tok, q.trig) if q.trig.pos == "noun" else None
    if lifter is None:
        return []
    head, head_trig = lifter
    return targets_of(q.ctx, head, head_trig, q.ctx.res.ontology.relation_of(head_trig),
                      False, q.day)


def _light_verb_oblique(q: Query) -> list[ActorRef]:
    """"a exprimé sa gratitude à la Chine", "issued a warrant for Putin": the target the
    parser hung on the light verb whose object the relation noun is (or that a relative
    clause on the noun has: "the loans which Tokyo had extended to Hanoi")."""
    light = (light_verb(q.ctx, q.tok) or _relative_light(q.ctx, q.tok)) \
        if q.trig.pos == "noun" else None
    if light is None:
        return []
    out = [a for d, arg, prep in dependents(light)
           if d in ("obl", "obl:arg", "obl:mod", "iobj") and prep in q.preps
           and prep not in q.ctx.lex.agent | q.ctx.lex.of
           for a in _stance_or_actors(q, arg, owner=True)]  # "face à la réaction chinoise"
    # "put its signature to a friendship treaty with Japan": on what the oblique names
    # (or "filed a complaint with the Security Council against Israel", "une plainte devant
    # le Conseil de sécurité contre Israël": an "against" phrase the parser hung on where
    # the complaint is lodged)
    return out or [a for d, arg, prep in dependents(light)
                   if d in ("obl", "obl:arg", "obl:mod", "pobj")
                   for d2, arg2, p2 in dependents(arg) if d2 in ("nmod", "pobj", "obl")
                   and p2 in q.preps and p2 not in q.ctx.lex.agent | q.ctx.lex.of and (
                       arg.pos_ == "NOUN" and arg.i not in q.ctx.mentions or
                       p2 in q.ctx.lex.against_preps)
                   for a in _stance_or_actors(q, arg2, owner=True)]


def _relative_light(ctx: Ctx, noun: Token) -> Token | None:
    """A light verb in a relative clause on the noun that has no object of its own (the
    noun is its object): "the loans (that) the emirate granted to Amman"."""
    return next((c for c in noun.children if _relative_clause(ctx, c) and
                 is_light(ctx, c) and not any(dep_of(g) in ("obj", "dobj") and
                                              fold(g.text) not in ctx.lex.relative
                                              for g in c.children)), None)


def _relative_clause(ctx: Ctx, clause: Token) -> bool:
    """Whether a noun's dependent is a relative clause (French parses "l'aide que Riyad a
    apportée" as a clause marked by "que")."""
    return dep_of(clause) in ("relcl", "acl:relcl") or dep_of(clause) == "acl" and any(
        fold(c.text) in ctx.lex.relative and c.i < clause.i for c in clause.children)


def _clause_subject(q: Query) -> list[ActorRef]:
    """"demanded that Ottawa reduce...", "a prévenu que Pyongyang paierait": with a clause
    slot, the subject of the complement clause is who is asked, accused or threatened (not
    the speaker's own state: "a prévenu que Moscou prendrait des contre-mesures")."""
    if not q.trig.holds("target", "clause"):
        return []
    own = {a.code for a in subject_of(q.ctx, q.tok, q.day)[0]}
    lex = q.ctx.lex
    # (an act noun as that subject is its owner's: "insisted that the Chinese fishing ban be
    # lifted"; blame goes to an actor that acts in the clause, not to a victim in a passive
    # nor to names inside a subject: "deplored that Lebanon had been struck", "that talks
    # between Israel and Hamas had stalled")
    # (praise, too, goes to whoever acts, not to the one a passive says was acted on:
    # "welcomed that Hezbollah had been weakened"; a demand is of whoever must act: "demanded
    # that the Chinese ban be lifted")
    blame = q.rel.has("blame")
    judging = blame or q.rel.has("approval")
    return [a for c in q.tok.children if dep_of(c) == "ccomp"
            for d, arg, _ in dependents(c) if d in ("nsubj", "nsubj:pass", "nsubjpass")
            and fold(arg.text) not in lex.pronouns
            and not (judging and d != "nsubj")
            and not (blame and arg.i not in q.ctx.mentions and
                     fold(arg.lemma_) not in lex.state_heads | lex.state_nouns |
                     lex.agent_titles)
            for a in q.actors(arg) or _act_owner(q.ctx, arg, q.day, c) if a.code not in own]


def _act_owner(ctx: Ctx, noun: Token, day: str | None, clause: Token) -> list[ActorRef]:
    """The state whose adjective qualifies an act noun ("the Chinese ban", "la décision
    française"), when the clause names no one else to act on it ("be backed by the UN")."""
    if noun.pos_ != "NOUN" or fold(noun.lemma_) not in ctx.lex.act_nouns and \
            match_trigger(ctx, noun) is None or any(
                d in ("obl:agent", "agent") or prep in ctx.lex.agent
                for d, _, prep in dependents(clause)):
        return []
    return adjective_owners(ctx, noun, day)


def _threatened_act(q: Query) -> list[ActorRef]:
    """"warned that it would draw the consequences of the French decision": a threat is
    aimed at what the threatened act bears on."""
    if q.trig.pos != "verb" or not q.rel.has("threat"):
        return []
    return [a for c in q.tok.children if dep_of(c) == "ccomp"
            for d, arg, prep in dependents(c)
            if d in ("obj", "dobj") or (d in ("obl", "obl:arg", "obl:mod") and prep in q.preps)
            for a in (q.actors(arg) or owner_adjective(q.ctx, arg, q.day))]


def _inserted_phrase(q: Query) -> list[ActorRef]:
    """"s'est entretenu mardi au téléphone avec Joe Biden", "le retrait sans délai de ses
    diplomates de Russie": the argument hangs on an inserted phrase (no actor, no trigger,
    no date) right after the trigger; it is the trigger's."""
    out: list[ActorRef] = []
    for d, arg, _ in dependents(q.tok):
        if d not in ("obl", "obl:mod", "obl:arg", "nmod", "advmod") or arg.i < q.tok.i or \
                arg.i - q.tok.i > 8 or arg.i in q.ctx.mentions or \
                fold(arg.lemma_) in q.ctx.lex.act_nouns or \
                arg.i in q.ctx.doc.user_data.get(DATE_TOKENS, ()) or \
                match_trigger(q.ctx, arg) is not None:
            continue
        for d2, arg2, p2 in dependents(arg):
            if d2 in ("nmod", "obl", "pobj") and p2 in q.preps and p2 not in q.ctx.lex.agent and \
                    not (p2 in q.ctx.lex.of and not q.trig.holds("target", "of")) and \
                    fold(arg2.lemma_) not in q.ctx.lex.counsel_nouns and not _topic(q, p2):
                out.extend(q.actors(arg2))
    return out


# When the slots give no target, these rules are tried in order; the first that finds one wins.
def _act_called_for(q: Query) -> list[ActorRef]:
    """"The EU called for Russia's withdrawal", "a appelé au retrait des troupes russes": an
    appeal or a demand for an act is made to whoever is named as doing it."""
    if not q.rel.has("appeal", "reproach") or q.trig.pos != "verb":
        return []
    for d, arg, _ in dependents(q.tok):
        if arg.pos_ != "NOUN" or d not in ("obj", "dobj", "obl", "obl:arg", "pobj", "xcomp"):
            continue
        act = match_trigger(q.ctx, arg)
        if act is None or act.pos != "noun":
            continue
        agents, named = noun_source(q.ctx, arg, act, q.day)
        if agents and named:
            return agents
        if q.ctx.res.ontology.relation_of(act).has("membership", "concession"):
            # "a demandé le retrait de la Minusma": the name a withdrawal is "of" withdraws
            # (a name, not a people's adjective: "the release of French hostages")
            # (also hung on a phrase between them: "le retrait sans délai de la Minusma")
            inner = [g for _, g, p in noun_dependents(arg) if p and p not in q.ctx.lex.of
                     and g.pos_ == "NOUN" and g.i > arg.i]
            named_of = [a for n in (arg, *inner) for _, g, p in noun_dependents(n)
                        if p in q.ctx.lex.of and g.pos_ == "PROPN"
                        and (m := q.ctx.mentions.get(g.i)) is not None
                        and m.form in ("name", "seat") for a in q.actors(g)]
            if named_of:
                return named_of
    return []


def _coordinated_target(q: Query) -> list[ActorRef]:
    """"downgraded its relations with Cambodia and lodged a formal protest": a verb (or a
    relation noun's light verb) coordinated with an earlier act shares that act's target
    when it names none."""
    verb = q.tok if q.trig.pos == "verb" else light_verb(q.ctx, q.tok)
    if verb is None or dep_of(verb) != "conj" or verb.head.pos_ != "VERB" or \
            verb.head.i > verb.i or any(
                c.pos_ == "PRON" and dep_of(c) in ("obj", "dobj", "iobj", "dative", "obl:arg")
                for c in verb.children):
        return []  # ("and ordered him to leave": whom, the pronoun says)
    if _is_passive(verb.head) or _is_passive(verb):
        return []  # ("Finland was admitted, but Sweden's bid was held up": no shared target)
    rel, targets = _act_targets(q, verb.head)
    if rel is None or (rel.quad_class >= 3) != (q.rel.quad_class >= 3):
        return []  # ("met Netanyahu and announced sanctions on settlers": not alike)
    return targets


def _deal_partner(q: Query) -> list[ActorRef]:
    """"a mis fin à l'accord qui le liait à Paris", "scrapped the deal it had signed with
    Tehran", "its withdrawal from the pact signed with Paris": a hostile act on a deal is
    aimed at the partner a clause on the deal names."""
    if q.rel.quad_class < 3:
        return []
    lex = q.ctx.lex
    # the deal as the act's object, or what it is withdrawn from ("withdrew from the
    # treaty", "its withdrawal from the agreement"), not "with a deal"
    found = noun_dependents(q.tok) if q.trig.pos == "noun" else dependents(q.tok)
    deals = [arg for d, arg, p in found if fold(arg.lemma_) in lex.deal_nouns and (
             d in ("obj", "dobj", "obl:arg", "obl:mod") or p in lex.origin_preps | lex.of)]
    return [a for deal in deals for c in deal.children
            if dep_of(c) in ("acl", "acl:relcl", "relcl")
            for d, arg, _ in dependents(c) if d not in SUBJECT_DEPS
            for a in q.actors(arg)]


def _participle_complement(q: Query) -> list[ActorRef]:
    """"ses sanctions prises en 2014 contre la Russie", "the sanctions imposed on Iran in
    2018": a relation noun's target on the participle that describes it (by the relation's
    prepositions, not its by-phrase)."""
    if q.trig.pos != "noun":
        return []
    return [a for c in q.tok.children if dep_of(c) == "acl" and c.i > q.tok.i
            and ("VerbForm=Part" in str(c.morph) or c.tag_ == "VBN")
            for d, arg, prep in dependents(c) if prep is not None and prep in q.preps
            and prep not in q.ctx.lex.agent and not acts_along(arg) for a in q.actors(arg)]


def _detached_accused(q: Query) -> list[ActorRef]:
    """"Le Maroc a rompu ses relations avec l'Iran, accusé d'avoir armé le Polisario",
    "cut ties with Iran, accused of arming the rebels": a reproach's past participle set
    off by a comma right after a name, with no object, agent or auxiliary of its own, is
    said of that name (and made by the clause's subject)."""
    tok, ctx = q.tok, q.ctx
    if q.trig.pos != "verb" or not q.rel.has("reproach") or tok.i < 2 or \
            ctx.doc[tok.i - 1].text != "," or dep_of(tok) not in ("advcl", "acl") or \
            not (tok.tag_ == "VBN" or "VerbForm=Part" in str(tok.morph)
                 and "Tense=Past" in str(tok.morph)) or \
            any(dep_of(c) in ("obj", "dobj", "obl:agent", "agent") or dep_of(c).startswith("aux")
                or dep_of(c) in SUBJECT_DEPS for c in tok.children):
        return []
    m = ctx.mentions.get(tok.i - 2)
    if m is None or m.end != tok.i - 1 or m.form == "adj" or \
            case_of(ctx.doc[m.start]) in ctx.lex.locative:
        return []  # (not a place: "un employé de l'ambassade à Islamabad, soupçonné de")
    return mention_actor(ctx, m, q.day)


TARGET_FALLBACKS: list[Rule] = [_participle_recipient, _adjacent_target, _lifted_measure,
                                _light_verb_oblique, _clause_subject, _threatened_act,
                                _inserted_phrase, _act_called_for, _coordinated_target,
                                _deal_partner, _detached_accused, _participle_complement]


def along_phrase(tok: Token) -> bool:
    """Whether tok is the "with"/"avec" of "in coordination with", "en concertation avec",
    "de concert avec" (a noun of `along_nouns` after "in"/"en"/"de")."""
    doc = tok.doc
    return fold(tok.text) in ("with", "avec") and tok.i >= 2 and \
        fold(doc[tok.i - 1].text) in lexicon_of(doc).along_nouns and \
        fold(doc[tok.i - 2].text) in ("in", "en", "de")


def acts_along(arg: Token) -> bool:
    """Whether an oblique names who acts along ("together with Finland", "aux côtés de")."""
    doc = arg.doc
    lo = max(0, arg.i - 4)
    words = [fold(t.text) for t in doc[lo:arg.i]]
    if any(w in lexicon_of(arg.doc).along for w in words[-3:]) and any(
            w in ("with", "avec", "de", "des", "du") for w in words[-3:]):
        return True
    if arg.left_edge.i and along_phrase(doc[arg.left_edge.i - 1]):
        return True
    # "Les Émirats, avec l'Arabie saoudite et Bahreïn, ont rétabli": a with-phrase set off
    # by commas between a subject and its verb
    k = arg.left_edge.i if fold(doc[arg.left_edge.i].text) in ("with", "avec") else \
        arg.left_edge.i - 1
    end = max(t.i for t in arg.subtree) + 1
    for c in arg.children:
        if dep_of(c) == "conj":
            end = max(end, max(t.i for t in c.subtree) + 1)
    if not (k > 0 and fold(doc[k].text) in ("with", "avec") and doc[k - 1].text == "," and
            end < len(doc) and doc[end].text == "," and
            any(t.pos_ in ("VERB", "AUX") for t in doc[end + 1:end + 4])):
        return False
    head = arg.head.head if dep_of(arg.head) == "prep" else arg.head
    if head.pos_ in ("VERB", "AUX"):  # hung on the verb that follows, after its subject
        return head.i > end and any(dep_of(c).startswith("nsubj") and c.i < k
                                    for c in head.children)
    return head.i < k  # hung on the subject


def _participle_agent(ctx: Ctx, verb: Token, noun: Token, day: str | None
                      ) -> tuple[list[ActorRef], list[ActorRef]]:
    """(agents, recipients) of a participle after `noun` that the parser hung on `verb`:
    "le soutien, jugé crucial, apporté par la Chine à la Russie"."""
    for c in verb.children:
        if dep_of(c) in ("advcl", "acl") and c.i > noun.i and "VerbForm=Part" in str(c.morph) \
                and not any(dep_of(g).startswith(("nsubj", "aux", "mark")) for g in c.children):
            # (not a clause of its own: "declared his talks successful as his visit was
            # hailed by the Chinese president")
            agents: list[ActorRef] = []
            others: list[ActorRef] = []
            for d, arg, prep in dependents(c):
                if d in ("obl:agent", "agent") or prep in ctx.lex.agent:
                    agents.extend(actors_of(ctx, arg, day))
                elif d in ("obl:arg", "obl", "iobj", "dative") and \
                        prep not in ctx.lex.locative - {"a"}:
                    others.extend(actors_of(ctx, arg, day))
            if agents:
                return agents, others
    return [], []


def _adjacent_complement(ctx: Ctx, tok: Token, preps: frozenset[str], day: str | None
                         ) -> list[ActorRef]:
    """"sa guerre en Ukraine" when the parser hung "en Ukraine" on another word: a
    preposition of the relation right after the noun, then (after articles) a name."""
    doc = ctx.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].head.i == tok.i:
        i += 1  # "un entretien téléphonique avec Joe Biden", "l'assaut russe en Ukraine"
    if i >= len(doc) or fold(doc[i].text) not in preps or \
            fold(doc[i].text) in ctx.lex.agent | ctx.lex.of:
        return []
    i += 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    m = ctx.mentions.get(i)
    if m is None or m.start != i or m.form == "adj":
        return []
    return mention_actor(ctx, m, day)


def _adjacent_agent(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """"l'invasion de l'Ukraine par la Russie" when the parser hung "par la Russie"
    elsewhere: the noun, its "de"/"of" name, then "par"/"by" and a name."""
    end = skip_mention(ctx, tok.i + 1, ctx.lex.of)
    if end is None or skip_mention(ctx, end, ctx.lex.agent) is None:
        return []
    i = end + 1
    while ctx.doc[i].pos_ == "DET":
        i += 1
    return mention_actor(ctx, ctx.mentions[i], day)


Owned = tuple[list[ActorRef], bool]  # (actors, named by the noun's own dependents)
NounRule = Callable[[Ctx, "Token", Trigger, str | None], Owned | None]


def noun_source(ctx: Ctx, tok: Token, trig: Trigger, day: str | None) -> Owned:
    """Who does what a relation noun names: the first of NOUN_SOURCE_RULES that decides."""
    for rule in NOUN_SOURCE_RULES:
        found = rule(ctx, tok, trig, day)
        if found is not None:
            return found
    return [], False


def _marked_owner(ctx: Ctx, tok: Token, trig: Trigger, day: str | None) -> Owned | None:
    """"Russia's invasion", "la visite de Xi" (source: of), "the attack by Iran", "l'aide
    apportée par la Chine", "the French recall": a possessor, agent or adjective."""
    for d, arg, prep in noun_dependents(tok):
        if d in ("nmod:poss", "poss") or (prep in ctx.lex.agent and
                                          d in ("nmod", "obl", "obl:agent")):
            acts = actors_of(ctx, arg, day)
            if not acts and fold(arg.lemma_) in ctx.lex.state_heads and any(
                    dep_of(c) in ("poss", "nmod:poss", "det") and c.pos_ in ("PRON", "DET")
                    for c in arg.children):
                continue  # "his government's discontent": whose, the clause says
            if acts or fold(arg.text) not in ctx.lex.pronouns | ctx.lex.third_person_possessives:
                return acts, True
        if (prep in ctx.lex.of or prep in ctx.lex.origin_preps) and trig.holds("source", "of") \
                and d in ("nmod", "pobj", "obl"):
            # "une déclaration commune des États-Unis, des Émirats et d'Israël": every
            # "de" complement in the list the parser left side by side ("a joint statement
            # from the US, the UAE and Israel": the names it parsed as another subject)
            acts = actors_of(ctx, arg, day)
            if len(acts) == 1 and acts[0].start is not None:
                acts += [a for a in listed_after(ctx, acts[0], day) if a.code != acts[0].code]
            for d2, arg2, p2 in noun_dependents(tok):
                if p2 is None and any(fold(c.text) in ctx.lex.partitive_articles
                                      for c in arg2.children if dep_of(c) == "det"):
                    p2 = next(iter(ctx.lex.of))  # "des Émirats" read as an article
                if arg2.i > arg.i and p2 in ctx.lex.of | ctx.lex.origin_preps and \
                        d2 in ("nmod", "pobj", "obl"):
                    acts += [a for a in actors_of(ctx, arg2, day)
                             if a.code not in {x.code for x in acts}]
            return acts, True
        if d == "acl" and not _mediates(ctx, arg):
            # ("the talks brokered by Brazil": the broker is no participant)
            for d2, arg2, p2 in dependents(arg):
                if by_phrase(ctx, d2, p2):
                    return actors_of(ctx, arg2, day), True
        if d in ("amod", "compound", "acl") and arg.i in ctx.hyphen_agents and \
                not _mediates(ctx, arg):
            # "the Saudi-led airstrikes": who led them (not "a Qatari-brokered deal")
            return mention_actor(ctx, ctx.hyphen_agents[arg.i], day), True
        if d in ("amod", "compound") or d == "nmod" and arg.i < tok.i and \
                case_of(arg) is None:
            # (and the names coordinated with it: "the US and British strikes", the parser
            # taking the first for a noun modifier)
            acts = [a for k in conjuncts_of(arg) for m in [ctx.mentions.get(k.i)]
                    if m is not None and (m.form in ("adj", "name") or m.codes)
                    for a in mention_actor(ctx, m, day)]
            if acts:
                return acts, True
    return None


def _required_object_owner(ctx: Ctx, tok: Token, trig: Trigger, day: str | None
                           ) -> Owned | None:
    """"the withdrawal of Turkish troops", "le retrait des troupes russes": the state that
    owns the object the trigger requires does the act (for relations whose object is the
    source's: not "the summoning of the Swiss ambassador")."""
    if not trig.objects or not ctx.res.ontology.relations[trig.relation].has("owned"):
        return None
    for d, arg, prep in noun_dependents(tok):
        if prep in ctx.lex.of and d in ("nmod", "pobj", "obl") and \
                fold(arg.lemma_) in trig.objects:
            owners = owner_adjective(ctx, arg, day, depth=1)
            if owners:
                return owners, True
    return None


def _mediates(ctx: Ctx, verb: Token) -> bool:
    trig = match_trigger(ctx, verb)
    return trig is not None and ctx.res.ontology.relation_of(trig).has("mediation")


def _of_beside_target(ctx: Ctx, tok: Token, trig: Trigger, day: str | None) -> Owned | None:
    """"la visite à Taïwan de la présidente de la Chambre": with a target named by its own
    preposition, the noun's "de"/"of" complement is who acts."""
    rel = ctx.res.ontology.relations[trig.relation]
    placed = rel.has("from_place")
    aimed = (rel.preps.get(ctx.lang, frozenset()) | trig.preps) - ctx.lex.of - ctx.lex.agent
    beside = [*noun_dependents(tok), *(x for x in dependents(tok.head) if x[1].i > tok.i)] \
        if dep_of(tok) in ("obj", "dobj") else list(noun_dependents(tok))
    # "le soutien du Rwanda aux rebelles du M23" (also hung on the verb: "a dénoncé le
    # soutien de l'Algérie aux groupes armés"): the relation's own preposition names the
    # target, a group no table knows, so "du Rwanda" is who gives it
    aimed_at = any(prep in aimed and arg.i > tok.i and _may_be_aimed_at(ctx, arg, prep)
                   for _, arg, prep in beside)
    if not aimed_at and (not trig.holds("target", "of") or not any(
            prep not in ctx.lex.of | ctx.lex.agent and _may_be_aimed_at(ctx, arg, prep) and
            actors_of(ctx, arg, day) and not (
                # "l'expulsion d'un membre de l'ambassade du Pakistan à New Delhi": where
                # the expelled serve, not a target
                placed and arg.i in ctx.mentions and ctx.mentions[arg.i].form == "seat")
            for _, arg, prep in noun_dependents(tok) if prep)):
        return None
    for d, arg, prep in noun_dependents(tok):
        if prep in ctx.lex.of and d in ("nmod", "pobj") and arg.i > tok.i:
            acts = actors_of(ctx, arg, day)
            if acts:
                return acts, True
    return None


def _may_be_aimed_at(ctx: Ctx, arg: Token, prep: str) -> bool:
    """Whether a noun's complement can name what it is aimed at: not a manner phrase nor a
    measure ("l'expulsion de diplomates russes en signe de protestation", "en représailles à
    une mesure similaire prise par Moscou" name no target, and Moscow does not expel; but
    "le soutien de Pyongyang à l'offensive russe" does)."""
    return not (prep in ctx.lex.manner_preps and arg.i not in ctx.mentions) and \
        fold(arg.lemma_) not in ctx.lex.act_nouns


def _agent_after_of(ctx: Ctx, tok: Token, trig: Trigger, day: str | None) -> Owned | None:
    """"l'invasion de l'Ukraine par la Russie" with "par la Russie" hung elsewhere."""
    agent = _adjacent_agent(ctx, tok, day)
    return (agent, True) if agent else None


def _possessive_pronoun(ctx: Ctx, tok: Token, trig: Trigger, day: str | None
                        ) -> Owned | None:
    """"sa guerre contre l'Ukraine", "its war": the closest actor named before owns it
    (unless a verb acts on it: "a gelé sa coopération" is not cooperation)."""
    poss = [c for c in tok.children
            if fold(c.text) in ctx.lex.third_person_possessives - ctx.lex.plural_possessives
            and c.i < tok.i]
    if not poss or dep_of(tok) in ("obj", "dobj") and \
            not is_light(ctx, tok.head):
        return None
    before = [a for a in preceding_actors(ctx, tok, day) if a.code not in
              {t.code for t in _targets_hint(ctx, tok, day)}]
    return (before[-1:], False) if before else ([], False)


def _object_participle(ctx: Ctx, tok: Token, trig: Trigger, day: str | None
                       ) -> Owned | None:
    """"dénoncé le soutien, jugé crucial, apporté par la Chine": a participle after the
    object noun that the parser hung on the verb."""
    if dep_of(tok) not in ("obj", "dobj") or tok.head.i == tok.i:
        return None
    agents, _ = _participle_agent(ctx, tok.head, tok, day)
    return (agents, True) if agents else None


def _relative_light_verb(ctx: Ctx, tok: Token, trig: Trigger, day: str | None
                         ) -> Owned | None:
    """"the invasion, which Russia launched in 2022": the subject of a light verb in a
    relative clause on the noun, when the noun is its object (not "tariffs on Colombian
    imports, after which Petro adopted a reciprocal measure": Petro's own measure)."""
    c = _relative_light(ctx, tok)
    if c is not None:
        for d, arg, _ in dependents(c):
            if d == "nsubj" and fold(arg.text) not in ctx.lex.relative | ctx.lex.pronouns:
                acts = actors_of(ctx, arg, day)
                if acts:
                    return acts, True
    return None


GOVERNED_DEPS = ("obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "nmod", "obl", "obl:arg",
                 "obl:mod", "pobj", "conj", "attr", "xcomp", "appos", "prep")


def _governing_subject(ctx: Ctx, tok: Token, trig: Trigger, day: str | None
                       ) -> Owned | None:
    """"Pyongyang a annoncé la ratification", "Sanctions had been imposed on Minsk by the
    EU", "Tokyo would lift curbs imposed in 2019" (who lifts a sanction imposed it), "a
    déclaré lors d'un entretien avec Xi": the subject (or agent) of the verb the noun hangs
    on, when that verb only carries it."""
    cur = tok
    for _ in range(3):
        if dep_of(cur) not in GOVERNED_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if _adverbial_prep(ctx, cur) and cur.head.i != cur.i:
            cur = cur.head  # "lors d'une conférence de presse": "lors" parsed as an adverb
        if cur.pos_ in ("VERB", "AUX"):
            if is_light(ctx, cur) or fold(cur.lemma_) in ctx.lex.oblique_light_verbs \
                    or dep_of(tok) in ("nsubj",) \
                    or lifter_of(ctx, tok, trig) is not None \
                    or _meeting_adjunct(ctx, tok, trig):
                return subject_of(ctx, cur, day)[0], False
            return [], False
    return None


def _copula_subject(ctx: Ctx, tok: Token, trig: Trigger, day: str | None) -> Owned | None:
    """"L'Argentine est le troisième partenaire commercial du Brésil", "China is Brazil's
    largest trading partner", "la Russie reste un partenaire majeur de l'Arménie": a mutual
    relation noun said of a subject by a copula is between the subject and the noun's
    owner, or, with none, the one who says it ("Jakarta said Australia was an essential
    partner")."""
    if not ctx.res.ontology.relations[trig.relation].symmetric:
        return None
    pred = tok
    if dep_of(tok) == "nmod" and case_of(tok) is None and tok.head.i != tok.i:
        pred = tok.head  # "est de son côté le partenaire": the predicate split by a phrase
    said = tok  # what the copula says of the subject
    one = _one_of(ctx, tok)
    if one is not None:
        pred = said = one  # "Lithuania has become one of Kenya's partners", "l'un des alliés"
    copular = any(dep_of(c) == "cop" for c in pred.children)
    if not copular and dep_of(said) in ("attr", "obj", "xcomp") and \
            verb_lemmas(ctx, said.head) & ctx.lex.copulas:  # (the tagger leaves "reste")
        pred = said.head  # "China is ...", "la Russie reste un partenaire majeur"
    elif not copular:
        return None
    subj = next((c for c in pred.children if dep_of(c) == "nsubj"), None)
    if subj is None:
        return None
    sides = actors_of(ctx, subj, day)
    owners = [a for d, arg, prep in noun_dependents(tok)
              if d in ("poss", "nmod:poss") or
              (prep in ctx.lex.of and d in ("nmod", "pobj", "obl"))
              for a in actors_of(ctx, arg, day)]
    sides += [a for a in owners if a.code not in {s.code for s in sides}]
    owned = any(d in ("poss", "nmod:poss") or prep in ctx.lex.of
                for d, _, prep in noun_dependents(tok))
    if len(sides) == 1 and not owned:
        # "a estimé que l'Australie était un partenaire « essentiel »": of the speaker
        # (not "a partner of the Belt and Road Initiative, officials said")
        sides += [a for a in speech_subject(ctx, pred, day) if a.code != sides[0].code]
    return (sides, True) if len(sides) >= 2 else None


def _one_of(ctx: Ctx, tok: Token) -> Token | None:
    """The "one" a noun is the "of"/"de" complement of ("one of Kenya's partners", "l'un des
    partenaires")."""
    head = tok.head
    if dep_of(tok) == "pobj" and fold(head.text) in ctx.lex.of:
        head = head.head  # (English: the preposition between)
    elif not (dep_of(tok) == "nmod" and case_of(tok) in ctx.lex.of):
        return None
    return head if head.i != tok.i and fold(head.lemma_) in ctx.lex.one_words else None


def _plural_possessive(ctx: Ctx, tok: Token, trig: Trigger, day: str | None
                       ) -> Owned | None:
    """"ont convenu de renforcer leur coopération après la rencontre de leurs ministres",
    "agreed ... after their talks": a mutual act that is theirs is among the plural subject
    of the clause it is told in."""
    if not ctx.res.ontology.relations[trig.relation].symmetric:
        return None
    nouns = [tok, *(arg for d, arg, prep in noun_dependents(tok) if prep in ctx.lex.of or
                    d in ("poss", "nmod:poss"))]  # "their ministers' talks"
    if not any(fold(c.text) in ctx.lex.plural_possessives and c.i < n.i
               for n in nouns for c in n.children):
        return None
    verb = clause_verb(tok)
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = subject_of(ctx, verb, day)[0]
    return (subjects, False) if len(subjects) >= 2 else None


def _speaker_possessive(ctx: Ctx, tok: Token, trig: Trigger, day: str | None
                        ) -> Owned | None:
    """"« notre soutien à l'Ukraine et nos sanctions contre la Russie se poursuivront », a
    déclaré Emmanuel Macron": a first-person possessive is the speaker's."""
    if not any(fold(c.text) in ctx.lex.first_person_possessives and c.i < tok.i
               for c in tok.children):
        return None
    speaker = speech_subject(ctx, tok, day) or quoting_speaker(ctx, tok, day)
    return (speaker, True) if speaker else None


def quoting_speaker(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The subject of the speech verb inserted in or following the quotation that holds
    the trigger ("« ..., a déclaré Emmanuel Macron, et notre soutien... »")."""
    sent_start = ctx.sent_of[tok.i]
    for t in ctx.doc[sent_start:]:
        if ctx.sent_of[t.i] != sent_start:
            break
        if t.pos_ == "VERB" and fold(t.lemma_) in ctx.lex.speech_verbs:
            speaker = _speaker_of(t)
            if speaker is not None:
                return actors_of(ctx, speaker, day)
    return []


NOUN_SOURCE_RULES: list[NounRule] = [
    _copula_subject, _plural_possessive, _marked_owner, _speaker_possessive, _of_beside_target,
    _agent_after_of, _required_object_owner, _possessive_pronoun,
    _object_participle, _relative_light_verb, _governing_subject]


def _meeting_adjunct(ctx: Ctx, tok: Token, trig: Trigger) -> bool:
    """A meeting or a call in an adjunct of a clause: its subject took part ("agreed to open
    the crossing after a phone call with Biden", "a déclaré lors d'un entretien avec Xi")."""
    if not ctx.res.ontology.relation_of(trig).has("meeting"):
        return False
    if dep_of(tok) == "obl:arg" and _adverbial_prep(ctx, tok.head):
        # "a déclaré lors d'un point de presse avec X" (not "lors de cette rencontre", one
        # reported already)
        preps = ctx.res.ontology.relation_of(trig).preps.get(ctx.lang, frozenset())
        return any(prep in preps for _, _, prep in noun_dependents(tok))
    return dep_of(tok) in ("obl", "obl:mod", "pobj") and \
        case_of(tok) not in ctx.lex.of | ctx.lex.between


def _adverbial_prep(ctx: Ctx, tok: Token) -> bool:
    """A preposition of several words the parser took for an adverb ("lors de")."""
    return tok.pos_ in ("ADV", "ADP") and fold(tok.text) in ctx.lex.adverbial_preps


def lifter_of(ctx: Ctx, tok: Token, trig: Trigger) -> tuple[Token, Trigger] | None:
    """The verb that lifts or eases the measure a noun names ("lift curbs", "lever les
    restrictions"), with its trigger."""
    head = tok.head
    if not ctx.res.ontology.relation_of(trig).has("measure") or head.i == tok.i or \
            head.pos_ != "VERB":
        return None
    head_trig = match_trigger(ctx, head)
    if head_trig is None or not ctx.res.ontology.relation_of(head_trig).has("reversal"):
        return None
    return head, head_trig


def _targets_hint(ctx: Ctx, tok: Token, day: str | None) -> list[ActorRef]:
    """The actors a noun's own complements name ("contre l'Ukraine"), not its owner."""
    return [a for _, arg, prep in dependents(tok) if prep and prep not in ctx.lex.agent
            for a in actors_of(ctx, arg, day)]
