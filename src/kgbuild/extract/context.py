"""What extraction reads (resources, the parse context) and small parse helpers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..actors import ActorTable, Mention, fold, load_actors
from ..articles import Article
from ..dates import DateExpr
from ..events import ActorRef, Event
from ..lang import Language, Lexicon, languages, lexicon_of, load_language
from ..relations import Ontology, load_ontology
from .words import DATE_TOKENS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Resources:
    """What extraction reads besides the Doc: actor tables, ontology, lexicons."""

    actors: ActorTable
    ontology: Ontology
    languages: dict[str, Language]
    files: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # (actor files, frame files)

    @classmethod
    def load(cls, actor_files: Iterable[str] = (), frame_files: Iterable[str] = ()
             ) -> Resources:
        """The packaged tables, with a user's `--actors` and `--frames` files on top."""
        actor_files, frame_files = tuple(actor_files), tuple(frame_files)
        return cls(load_actors(actor_files), load_ontology(frame_files),
                   {lang: load_language(lang) for lang in languages()},
                   (actor_files, frame_files))


@dataclass
class Memory:
    """What the reading of an article remembers as it goes, sentence after sentence: what
    "the meeting", "both countries", "ces trois pays", "these accusations" or a pronoun
    point back to. The only state extraction keeps; it starts empty for each article."""

    reproaches: list[tuple[ActorRef, ActorRef]] = field(default_factory=list)  # (who, whom)
    acts: list[Event] = field(default_factory=list)  # asserted events so far, in order
    recent: list[ActorRef] = field(default_factory=list)  # the last actors named
    last_subject: list[ActorRef] = field(default_factory=list)
    subject_named: bool = False  # the last subject is a name ("Bolivia"), not an official
    last_pair: list[ActorRef] = field(default_factory=list)  # sides of the last relation
    sentence_pair: list[ActorRef] = field(default_factory=list)  # of this or the last sentence
    # lists of three or more actors named ("Britain, France and Germany"), in order
    groups: list[list[ActorRef]] = field(default_factory=list)
    # "the junta", "le royaume": the state last named with that noun ("Mali's ruling junta");
    # "described <modifiers> <noun>": the state a description was first read as
    anaphor_states: dict[str, ActorRef] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedArticle:
    """What the parse of an article says, fixed once read: its tokens, actor mentions, time
    expressions and trigger candidates. The reading's `memory` is a separate object."""

    doc: Doc
    article: Article
    lang: str
    res: Resources
    lex: Lexicon  # the language's word lists
    mentions: dict[int, Mention]
    dates: list[tuple[DateExpr, Span]]
    reference: str | None
    text: str  # doc.text, which spaCy rebuilds on every access
    sent_of: tuple[int, ...]  # token index -> its sentence's start
    candidates: tuple[int, ...]  # tokens that may be triggers
    starts: tuple[int, ...]  # first tokens of the mentions, sorted
    hyphen_agents: dict[int, Mention]  # "Russian-brokered": Russia is the agent only
    memory: Memory = field(default_factory=Memory)


Ctx = ParsedArticle  # what every extraction helper reads


def morphology(ctx: ParsedArticle) -> Any:
    """The morphology quirks of the article's language (kgbuild.lang.<code>)."""
    return ctx.res.languages[ctx.lang].morphology


def conditional_form(ctx: ParsedArticle, verb: Token) -> bool:
    """Whether a verb is conditional: by its form or an auxiliary's ("would", "imposerait")."""
    auxes = [c for c in verb.children if dep_of(c).startswith("aux")]
    return "Mood=Cnd" in str(verb.morph) or any("Mood=Cnd" in str(a.morph) for a in auxes) or \
        any(fold(a.text) in ctx.lex.conditional_aux for a in auxes) or \
        any(morphology(ctx).conditional(x) for x in [verb, *auxes])


def future_form(ctx: ParsedArticle, verb: Token) -> bool:
    """Whether a verb is future: by its form or an auxiliary's ("will", "paiera")."""
    auxes = [c for c in verb.children if dep_of(c).startswith("aux")]
    return "Tense=Fut" in str(verb.morph) or any("Tense=Fut" in str(a.morph) for a in auxes) or \
        any(fold(a.text) in ctx.lex.future_aux for a in auxes) or morphology(ctx).future(verb)


def verb_lemmas(ctx: ParsedArticle, tok: Token) -> set[str]:
    """A verb's lemma and the one its language guesses from its form, for the lemmas the
    tagger gets wrong ("hopes" as "hop", "tente" left as it is)."""
    return {fold(tok.lemma_), fold(morphology(ctx).verb_guess(tok.text) or tok.lemma_)}


def phrasal_lemmas(ctx: ParsedArticle, tok: Token) -> set[str]:
    """A verb's lemmas, and each with its particle ("call off", "put off")."""
    lemmas = verb_lemmas(ctx, tok)
    return lemmas | {f"{lemma} {fold(c.text)}" for lemma in lemmas for c in tok.children
                     if dep_of(c) in ("prt", "compound:prt")}


def is_light(ctx: ParsedArticle, verb: Token) -> bool:
    """Whether a verb only carries the relation noun it takes ("signed an agreement", "a
    entretenu des liens étroits"); not in its reflexive sense when that is a verb of its
    own ("s'entretenir": to meet)."""
    lemmas = verb_lemmas(ctx, verb) if verb.pos_ in ("VERB", "AUX") else {fold(verb.lemma_)}
    return bool(lemmas & (ctx.lex.light_verbs | ctx.lex.concluding_verbs)) and not (
        lemmas & ctx.lex.light_unless_reflexive and is_reflexive(verb))


def definite(ctx: ParsedArticle, tok: Token) -> bool:
    """Whether a noun has a definite or demonstrative determiner ("the", "cette")."""
    return any(fold(c.text) in ctx.lex.definite for c in tok.children if dep_of(c) == "det")


def apposed(tok: Token) -> list[Token]:
    """A noun's appositions, also those the parser hung as a bare complement after a comma
    ("Ahmed Sidi, ambassadeur de Mauritanie à Dakar")."""
    return [c for c in tok.children if dep_of(c) == "appos" or (
        dep_of(c) == "nmod" and c.i > tok.i and case_of(c) is None and
        c.doc[c.left_edge.i - 1].text == "," and c.pos_ == "NOUN")]


def offices_apposed(ctx: ParsedArticle, tok: Token) -> list[Token]:
    """The appositions of a noun that name an office held now ("Ahmed Sidi, ambassadeur de
    Mauritanie à Dakar"; not "John Smith, a former ambassador to Moscow")."""
    return [a for a in apposed(tok)
            if not any(fold(t.text) in ctx.lex.former_words for t in a.subtree)]


def sentence_back(ctx: ParsedArticle, tok: Token, k: int) -> int:
    """The first token of the sentence `k` sentences before tok's (the article's first
    sentence at most)."""
    sent = ctx.sent_of[tok.i]
    for _ in range(k):
        if sent == 0:
            break
        sent = ctx.sent_of[sent - 1]
    return sent


def dep_of(tok: Token) -> str:
    return tok.dep_.lower()


def case_of(tok: Token) -> str | None:
    dates = tok.doc.user_data.get(DATE_TOKENS, ())
    for c in tok.children:
        if dep_of(c) in ("case", "prep", "mark") and c.i < tok.i and c.i not in dates:
            # ("a appelé vendredi les deux pays": the weekday is no preposition)
            return fold(c.text)
    if dep_of(tok) == "pobj" and tok.head.pos_ == "ADP":
        return fold(tok.head.text)
    return None


def dependents(tok: Token) -> Iterator[tuple[str, Token, str | None]]:
    """Children of tok as (dep, argument head, preposition), flattening English 'prep' nodes."""
    for c in tok.children:
        d = dep_of(c)
        if d == "prep" or (d in ("agent", "dative") and c.pos_ == "ADP"):
            # (English "gave aid to the Egyptian economy": "to" parsed as a dative)
            for g in c.children:
                if dep_of(g) == "pobj":
                    yield ("obl:agent" if d == "agent" or fold(c.text) == "by" else "obl",
                           g, fold(c.text))
                    yield from _object_after_date(tok, g)
        elif d == "agent":
            for g in c.children:
                yield "obl:agent", g, "by"
        elif fold(c.text) in lexicon_of(tok.doc).complex_preps and \
                c.pos_ in ("ADV", "ADP", "NOUN") and \
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
            yield from _object_after_date(tok, c)
        else:
            yield d, c, case_of(c)
            yield from _after_inserted(tok, c, d)


def _after_inserted(tok: Token, c: Token, d: str) -> Iterator[tuple[str, Token, str | None]]:
    """"a rappelé lundi, à la surprise générale, son ambassadeur": the parser makes what
    follows an inserted phrase a conjunct of it, with no conjunction; it is tok's."""
    if d not in ("obl", "obl:arg", "obl:mod", "nmod", "advmod") or c.i < tok.i:
        return
    dates = tok.doc.user_data.get(DATE_TOKENS, ())
    for g in c.children:
        if dep_of(g) in ("nmod", "obj") and g.i > c.i and g.pos_ == "NOUN" and \
                case_of(g) is None and tok.pos_ in ("VERB", "AUX") and \
                case_of(c) is not None and any(dep_of(x) == "det" for x in g.children) and \
                not any(dep_of(x) in ("obj", "dobj") and x.i not in dates
                        for x in tok.children):
            # "a regretté dans un communiqué la fermeture de la frontière", "a rencontré
            # mardi à Accra son homologue": the object, hung on the inserted phrase without
            # a preposition of its own
            yield "obj", g, None
            continue
        if dep_of(g) == "nmod" and g.i > c.i and c.pos_ == "PROPN" and \
                case_of(c) in lexicon_of(tok.doc).locative and case_of(g) is not None and \
                tok.pos_ in ("VERB", "AUX"):
            # "s'est entretenu à Accra avec son homologue": no city is "with" anyone, the
            # phrase is the verb's
            yield "obl", g, case_of(g)
            continue
        left = g.left_edge
        if dep_of(g) not in ("conj", "appos") or g.pos_ not in ("NOUN", "PROPN") or \
                any(dep_of(x) == "cc" for x in g.children) or \
                "," not in (left.text, g.doc[left.i - 1].text):
            continue
        case = case_of(g)
        if case in lexicon_of(tok.doc).partitive_articles and tok.pos_ in ("VERB", "AUX"):
            case = None  # "des chars": a partitive article, not a preposition
        yield ("obj" if case is None and tok.pos_ in ("VERB", "AUX") else "obl"), g, case


def _object_after_date(tok: Token, date_tok: Token) -> Iterator[tuple[str, Token, None]]:
    """"summoned on Thursday, 21st July, 2022, the Turkish ambassador", "a reçu vendredi son
    homologue": the object after an inserted date, which the parser took for the date's
    apposition or complement (one with no preposition)."""
    dates = date_tok.doc.user_data.get(DATE_TOKENS, ())
    if date_tok.i not in dates or any(dep_of(c) in ("dobj", "obj") for c in tok.children):
        return
    for c in date_tok.children:
        if (dep_of(c) == "appos" or dep_of(c) == "nmod" and case_of(c) is None) and \
                c.i > date_tok.i and c.i not in dates and c.pos_ in ("NOUN", "PROPN"):
            yield "dobj", c, None


def _date_args(date_tok: Token, slot: str) -> Iterator[tuple[str, Token, str | None]]:
    dates = date_tok.doc.user_data.get(DATE_TOKENS, ())
    for c in date_tok.children:
        if c.i in dates:
            yield from _date_args(c, slot)
            continue
        d, case = dep_of(c), case_of(c)
        if case is not None and any(dep_of(x) == "case" and fold(x.text) == case and
                                    x.like_num for x in c.children):
            case = None  # "a sanctionné lundi neuf responsables": a number taken for a case
        if d in ("nmod", "appos", "obl", "obl:mod") and case is None and \
                c.pos_ in ("NOUN", "PROPN") and not (d == "appos" and slot not in ("obj", "dobj")):
            # (an apposition of a date hung on the verb: _object_after_date)
            yield (slot if slot in ("obj", "dobj") else "obl"), c, None
        elif d == "nmod" and case in lexicon_of(date_tok.doc).partitive_articles and \
                c.pos_ == "NOUN" and c.i == date_tok.i + 2:
            yield "obj", c, None  # "a lancé jeudi des missiles": a partitive object
        elif d in ("nmod", "obl:mod"):
            yield "obl", c, case
        elif d == "amod" and c.pos_ == "PROPN" and c.i > date_tok.i:
            # "accuse depuis des mois Kigali de soutenir": a name hung on the duration
            yield ("obj" if slot in ("obj", "dobj") else "obl"), c, None
        elif d not in ("det", "case", "punct", "amod", "nummod", "fixed", "flat"):
            yield d, c, case


def inverted_subject(verb: Token, deps: tuple[str, ...] = ("parataxis",)) -> Token | None:
    """The noun after an incise verb that the parser took for its object: the speaker of
    "« ... », a écrit le ministre belge" or "», a déclaré Sergueï Lavrov"."""
    if dep_of(verb) not in deps:
        return None
    return next((arg for d, arg, _ in dependents(verb) if d in ("obj", "dobj")
                 and arg.i > verb.i and arg.pos_ in ("NOUN", "PROPN")), None)


def is_reflexive(tok: Token) -> bool:
    return any(c.pos_ == "PRON" and ("Reflex=Yes" in str(c.morph) or fold(c.text) in
               ("se", "s'", "me", "m'", "nous", "vous")) and dep_of(c).startswith("expl")
               or fold(c.text) in ("se", "s'") for c in tok.children)


def conjuncts_of(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if dep_of(c) == "conj" or (dep_of(c) in ("appos", "nmod", "dep") and c.pos_ == "PROPN" and (
                any(dep_of(g) in ("conj", "cc") for g in c.children) or tok.pos_ == "PROPN")
                and case_of(c) is None and (c.doc[c.left_edge.i - 1].text == "," or
                                            dep_of(c.doc[c.left_edge.i - 1]) == "cc")):
            # "The G7, the European Union and Australia", "Japan, Canada as well as
            # Norway", "La Russie, la Biélorussie ainsi que la Corée du Nord": a list
            # parsed as appositions
            out.extend(conjuncts_of(c))
    return out


def child_lemmas(tok: Token, deps: set[str]) -> set[str]:
    return {fold(c.lemma_) for c in tok.children if dep_of(c) in deps} | \
        {fold(c.text) for c in tok.children if dep_of(c) in deps}


def clause_verb(tok: Token) -> Token:
    """The verb whose clause a (possibly nominal) trigger belongs to."""
    cur = tok
    steps = 0
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i and steps < 6:
        cur = cur.head
        steps += 1
    return cur


def is_negated(tok: Token) -> bool:
    for c in tok.children:
        if fold(c.text) in lexicon_of(tok.doc).negations and dep_of(c) in (
                "advmod", "neg", "det", "advmod:neg", "cc",
                                                      "preconj"):
            return True
        if fold(c.text) in lexicon_of(tok.doc).without and (dep_of(c) in ("mark", "case") or (
                dep_of(c) == "prep" and tok.pos_ != "VERB" and
                any(dep_of(g) == "pcomp" for g in c.children))):
            # "sans signer", "without signing"; but "resume without preconditions" is
            # resuming
            return True
    if fold(tok.head.text) in lexicon_of(tok.doc).without:
        return True
    return False


def light_verb(ctx: Ctx, tok: Token) -> Token | None:
    """The light verb a noun is the object of ("made a visit", "a lancé un appel"), or the
    passive subject of ("sanctions were imposed on Minsk"), also when the parser hung the
    object on a date ("a émis vendredi un mandat")."""
    dates = tok.doc.user_data.get(DATE_TOKENS, ())
    head = tok.head
    if head.pos_ == "ADP" and dep_of(tok) == "pobj":
        head = head.head  # "a series of criticisms": through the preposition
    if dep_of(tok) in ("nmod", "pobj") and fold(head.lemma_) in ctx.lex.quantity_heads:
        tok, head = head, head.head  # "levelled a series of criticisms at Japan"
    if head.pos_ == "VERB" and fold(head.lemma_) in ctx.lex.oblique_light_verbs and \
            dep_of(tok) in ("obl", "obl:arg", "obl:mod", "pobj"):
        return head  # "a procédé à l'expulsion de deux diplomates"
    if head.pos_ == "ADP" and fold(head.head.lemma_) in ctx.lex.oblique_light_verbs:
        return head.head  # "resorted to sanctions"
    prep = fold(tok.head.text) if tok.head.pos_ == "ADP" else case_of(tok)
    if prep in ctx.lex.manner_preps and fold(tok.lemma_) not in ctx.lex.manner_nouns and \
            dep_of(tok) in ("obl", "obl:mod", "nmod", "pobj"):
        # "gave billions of dollars in aid to Egypt", "a apporté des milliards en aide à":
        # what the light verb's object is given as (the sum it names is no relation)
        from .triggers import match_trigger  # (triggers builds on this module)
        verb = head
        while verb.pos_ == "NOUN" and dep_of(verb) in ("obj", "dobj") and \
                verb.head.i != verb.i:
            verb = verb.head  # (the phrase hung on the sum)
        if verb.pos_ == "VERB" and is_light(ctx, verb) and any(
                dep_of(c) in ("obj", "dobj") and match_trigger(ctx, c) is None
                for c in verb.children):
            return verb
    if tok.head.i == tok.i or dep_of(tok) not in (
            "obj", "dobj", "nsubj:pass", "nsubjpass") and not (
            # "a lancé jeudi des exercices": the object hung on the date
            tok.head.i in dates and dep_of(tok) in ("nmod", "appos", "obj")):
        return None
    head = tok.head
    while head.i in dates and head.head.i != head.i:
        head = head.head
    return head if is_light(ctx, head) else None


def sentence_root(ctx: Ctx, tok: Token) -> Token:
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def stranded_auxiliary(part: Token) -> Token | None:
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
        if cur.head.i == cur.i:
            break
    return None


def noun_dependents(tok: Token) -> Iterator[tuple[str, Token, str | None]]:
    """A noun's dependents, with the complements the parser hung on its "de"/"of"
    complement instead ("les frappes d'Israël contre l'Iran": "contre l'Iran" is the
    strikes')."""
    head = tok.head
    if dep_of(tok) == "nsubj" and head.pos_ == "VERB" and \
            fold(head.text) in lexicon_of(tok.doc).misread_prepositions:
        # "Les exigences de l'Allemagne envers la Biélorussie" with "envers" read as a verb
        for c in head.children:
            if dep_of(c) == "obj" and c.i > head.i:
                yield "nmod", c, fold(head.text)
    for d, arg, prep in dependents(tok):
        yield d, arg, prep
        if d in ("nmod", "pobj") and (prep in lexicon_of(tok.doc).of and arg.pos_ == "PROPN" or
                                     prep not in lexicon_of(tok.doc).of and arg.pos_ == "NOUN"):
            # "the demand for an explanation from Belarus": what is demanded carries it
            for d2, arg2, p2 in dependents(arg):
                if p2 is not None and p2 not in lexicon_of(tok.doc).of and d2 in ("nmod", "pobj"):
                    yield d2, arg2, p2
                elif p2 in lexicon_of(tok.doc).of and d2 == "nmod" and arg.text[:1].isupper() \
                        and arg2.i > arg.i:
                    # "la visite en Mauritanie du président du Sénégal": a place's name
                    # takes no "de" complement, it is the noun's
                    yield d2, arg2, p2
        elif d in ("nmod", "pobj") and prep in lexicon_of(tok.doc).of and arg.pos_ == "NOUN":
            # "la convocation de l'ambassadeur suisse par la Turquie": the agent hung on
            # the complement
            for d2, arg2, p2 in dependents(arg):
                if p2 in lexicon_of(tok.doc).agent and d2 in ("nmod", "pobj", "obl:agent"):
                    yield d2, arg2, p2
        elif d == "conj" and arg.pos_ == "NOUN" and arg.i > tok.i:
            # "des sanctions financières et sur les voyages à l'encontre des chefs du
            # Niger": what follows the last conjunct is said of every one
            for d2, arg2, p2 in dependents(arg):
                if p2 is not None and p2 not in lexicon_of(tok.doc).of and \
                        d2 in ("nmod", "obl", "pobj"):
                    yield d2, arg2, p2
        elif d in ("nmod", "pobj", "obl:agent") and prep in lexicon_of(tok.doc).agent and \
                arg.pos_ == "PROPN":
            # "le rappel par la Pologne de son ambassadeur": the complement hung on the agent
            for d2, arg2, p2 in dependents(arg):
                if p2 in lexicon_of(tok.doc).of and d2 in ("nmod", "pobj") and arg2.pos_ == "NOUN":
                    yield d2, arg2, p2
