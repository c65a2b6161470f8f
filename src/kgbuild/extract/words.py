"""Closed-class words and dependency labels extraction reads (compared folded)."""

from __future__ import annotations

import re

from ..actors import fold


def _folded(words: set[str]) -> set[str]:
    """Closed-class words are compared folded (accents and case removed), like every token."""
    return {fold(w) for w in words}


NEGATIONS = _folded({"ne", "n'", "pas", "jamais", "aucun", "aucune", "not", "n't", "never", "no",
                     "neither", "nor", "nullement", "guère"})

WITHOUT = _folded({"sans", "without"})

CONDITION_MARKS = _folded({"si", "s'", "if", "unless", "whether", "sauf"})

FUTURE_AUX = {"will", "shall", "'ll", "wo"}

PRONOUNS = _folded({"il", "elle", "ils", "elles", "he", "she", "it", "they", "lui", "celui-ci",
                    "celle-ci"})

COUNTERPART = {"homologue", "counterpart"}

# Object pronouns that stand for one person ("accusing him", "l'a invité", "lui a reproché").
PERSON_OBJECTS = _folded({"him", "her", "lui", "le", "la", "l'"})

RELATIVE = _folded({"qui", "que", "lequel", "laquelle", "dont", "who", "which", "that", "whom"})

HABITUAL = _folded({"régulièrement", "souvent", "toujours", "fréquemment", "regularly", "often",
                    "frequently", "routinely", "repeatedly"})

PEOPLE = _folded({"homme", "hommes", "dirigeant", "dirigeants", "chef", "chefs", "président",
                  "présidents", "ministre", "ministres", "leader", "leaders", "man", "men",
                  "president", "presidents", "minister", "ministers"})

LOCATIVE = _folded({"à", "a", "en", "dans", "in", "at", "au", "aux", "near", "près"})

OF = {"de", "du", "des", "d'", "of"}

AGENT = {"par", "by"}

DATE_TOKENS = "kgbuild_date_tokens"  # Doc.user_data key: token indices of time expressions

WHEN = _folded({"when", "lorsque", "lorsqu'", "quand"})

BETWEEN = {"entre", "between"}

# A relation noun after these is an earlier act the clause is placed against, not news.
BACKGROUND = _folded({"après", "avant", "depuis", "after", "before", "since", "following"})

# "together with Finland", "conjointement avec", "aux côtés de": who acts along, not the target
# Nouns of acts in general: what their complements name is what the act is aimed at.
ACT_NOUNS = _folded({"action", "mesure", "measure", "opération", "operation", "initiative", "step",
                     "décision", "decision", "move", "démarche"})

# French adverbs that head a preposition with "de"/"à": "autour de", "près de", "face à".
COMPLEX_PREPS = _folded({"autour", "près", "face", "auprès", "loin"})

# Nouns that name a criticism or an accusation already reported ("a rejeté ces accusations").
REPROACH_NOUNS = _folded({"accusation", "critique", "reproche", "imputation", "allégation", "grief",
                          "criticism", "allegation", "charge", "claim"})

# Determiners that point back to something already reported ("the offensive", "cette décision").
DEFINITE = _folded({"the", "this", "that", "these", "those", "le", "la", "l'", "les", "ce",
                    "cet", "cette", "ces"})

# Words that place a clause within an event: "lors de la rencontre", "during the talks".
DURING = _folded({"lors", "pendant", "durant", "during", "at", "à", "au"})

# Nouns of durations ("depuis des années", "for years"): never a party, like dates.
TIME_NOUNS = _folded({"année", "années", "an", "ans", "mois", "semaine", "semaines", "jour",
                      "jours", "décennie", "décennies", "year", "years", "month", "months", "week",
                      "weeks", "decade", "decades"})

ALONG = _folded({"together", "ensemble", "conjointement", "alongside", "côtés"})

# How a clause hangs on the speech verb that reports it: its date is the statement's
# (REPORTED), its modality is reported speech (SPEECH), its speaker is the source (SPEAKER).
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})

SPEECH_DEPS = REPORTED_DEPS | {"xcomp", "obj"}

SPEAKER_DEPS = SPEECH_DEPS | {"advcl", "conj", "acl", "dobj"}

# French verbs whose compound tenses take "être": not passives ("est devenue membre")
FR_ETRE_VERBS = {"devenir", "venir", "revenir", "parvenir", "intervenir", "convenir", "aller",
                 "arriver", "partir", "repartir", "entrer", "rentrer", "sortir", "rester",
                 "retourner", "tomber", "passer", "survenir", "naitre", "mourir"}

NP_DEPS = {"amod", "nmod", "appos", "flat", "flat:name", "compound", "nmod:poss", "poss",
           "nummod", "det", "fixed", "npadvmod", "obl:arg", "dep", "pobj", "prep"}

FR_ER_FORMS = re.compile(r"(é|ée|és|ées|e|es|ent)$")

FR_CONDITIONAL_ENDINGS = ("ait", "aient", "ais", "ions", "iez")

FR_IRREGULAR_CONDITIONAL_STEMS = ("ser", "aur", "pourr", "fer", "ir", "devr", "voudr", "faudr",
                                  "viendr", "tiendr", "saur", "verr", "enverr")

LIST_POS = ("PROPN", "NOUN", "DET", "ADJ", "ADP", "PUNCT", "CCONJ", "NUM")

# Entity labels of the fr and en pipelines that name a person, an organisation or a place.
NAME_LABELS = {"PER", "PERSON", "ORG", "LOC", "GPE"}
