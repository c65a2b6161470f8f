"""English morphology: en_core_web lemmatises and tags what extraction needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


class English:
    """Few quirks to repair: conditionals are auxiliaries ("would"), adjectives do not
    inflect; the lemmatiser now and then misreads a regular verb form ("hopes" as "hop")."""

    def verb_guess(self, text: str) -> str | None:
        """The lemma of a regular third-person form ("hopes", "tries"); a past form's is
        too uncertain to guess ("hoped", "visited")."""
        word = text.lower()
        if len(word) < 5 or not word.isalpha():
            return None
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
