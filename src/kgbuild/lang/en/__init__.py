"""English morphology: en_core_web lemmatises and tags what extraction needs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# A one-syllable stem ending consonant, single vowel, consonant ("wag", "hop", "us").
SILENT_E_STEM = re.compile(r"[^aeiouy]*[aeiou][^aeiouywx]")


class English:
    """Few quirks to repair: conditionals are auxiliaries ("would"), adjectives do not
    inflect; the lemmatiser now and then misreads a regular verb form ("hopes" as "hop")."""

    def verb_guess(self, text: str) -> str | None:
        """The lemma of a regular third-person form ("hopes", "tries"), or of a past or -ing
        form whose silent e the lemmatiser dropped ("waged", "waging" read as "wag"): a
        one-syllable stem ending consonant-vowel-consonant would have doubled its last
        letter, so the e was there. Other past forms are too uncertain ("visited")."""
        word = text.lower()
        if len(word) < 5 or not word.isalpha():
            return None
        for ending in ("ed", "ing"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and SILENT_E_STEM.fullmatch(stem):
                return stem + "e"
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith("s") and not word.endswith("ss"):
            return word[:-1]
        return None

    def conditional(self, tok: Token) -> bool:
        return "Mood=Cnd" in str(tok.morph)

    def future(self, tok: Token) -> bool:
        return "Tense=Fut" in str(tok.morph)

    def adjective_forms(self, adj: str) -> list[str]:
        return [adj]


MORPHOLOGY = English()
