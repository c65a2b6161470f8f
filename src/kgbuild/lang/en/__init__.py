"""English morphology: en_core_web lemmatises and tags what extraction needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


class English:
    """No quirks to repair: verbs are lemmatised, conditionals are auxiliaries ("would"),
    adjectives do not inflect."""

    def verb_guess(self, text: str) -> str | None:
        return None

    def conditional(self, tok: Token) -> bool:
        return "Mood=Cnd" in str(tok.morph)

    def future(self, tok: Token) -> bool:
        return "Tense=Fut" in str(tok.morph)

    def adjective_forms(self, adj: str) -> list[str]:
        return [adj]


MORPHOLOGY = English()
