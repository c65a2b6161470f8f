"""French morphology the fr_core_news pipelines miss (the words are in lexicon.yaml)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Endings of -er verb forms the lemmatizer leaves as they are ("gelé", "reprochent").
ER_FORMS = re.compile(r"(é|ée|és|ées|e|es|ent)$")

CONDITIONAL_ENDINGS = ("ait", "aient", "ais", "ions", "iez")

FUTURE_ENDINGS = ("ont", "ons", "ez", "ai", "as", "a")

IRREGULAR_CONDITIONAL_STEMS = ("ser", "aur", "pourr", "fer", "ir", "devr", "voudr", "faudr",
                               "viendr", "tiendr", "saur", "verr", "enverr")


class French:
    """The French quirks: -er verbs left unlemmatised, conditionals read as imperfects,
    adjectives inflected for gender and number."""

    def verb_guess(self, text: str) -> str | None:
        """The -er infinitive of a form the lemmatizer left as it is or took for a noun:
        participles ("gelé") and present tenses ("reproche", "reprochent")."""
        low = text.lower()
        stem = ER_FORMS.sub("", low)
        return stem + "er" if stem != low and len(stem) > 2 else None

    def conditional(self, tok: Token) -> bool:
        """"imposerait", "serait": conditional forms the tagger reads as imperfect."""
        if tok.pos_ not in ("VERB", "AUX") or "Mood=Cnd" in str(tok.morph):
            return "Mood=Cnd" in str(tok.morph)
        text, lemma = tok.text.lower(), tok.lemma_.lower()
        for end in CONDITIONAL_ENDINGS:
            if text.endswith(end):
                stem = text[: -len(end)]
                return stem in (lemma, lemma[:-1]) and stem.endswith("r") or \
                    stem in IRREGULAR_CONDITIONAL_STEMS
        return False

    def future(self, tok: Token) -> bool:
        """"rejoindra", "sera": future forms the tagger reads as participles or presents."""
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        if "Tense=Fut" in str(tok.morph):
            return True
        text, lemma = tok.text.lower(), tok.lemma_.lower()
        for end in FUTURE_ENDINGS:
            if text.endswith(end):
                stem = text[: -len(end)]
                return stem.endswith("r") and stem in (lemma, lemma[:-1]) or \
                    stem in IRREGULAR_CONDITIONAL_STEMS
        return False

    def adjective_forms(self, adj: str) -> list[str]:
        """"russe" -> russes; "ukrainien" -> ukrainienne(s); "français" -> française(s)."""
        forms = [adj]
        if adj.endswith("e"):
            forms.append(adj + "s")
        elif adj.endswith("en"):
            forms += [adj + "ne", adj + "nes", adj + "s"]
        elif adj.endswith(("s", "x")):
            forms += [adj + "e", adj + "es"]
        else:
            forms += [adj + "e", adj + "s", adj + "es"]
        return forms


MORPHOLOGY = French()
