"""Language-neutral labels extraction reads: dependency labels, parts of speech, entity
labels and Doc keys. A language's words live in its home, kgbuild/lang/<code>/."""

from __future__ import annotations

DATE_TOKENS = "kgbuild_date_tokens"  # Doc.user_data key: token indices of time expressions

# How a clause hangs on the speech verb that reports it: its date is the statement's
# (REPORTED), its modality is reported speech (SPEECH), its speaker is the source (SPEAKER).
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})

SPEECH_DEPS = REPORTED_DEPS | {"xcomp", "obj"}

SPEAKER_DEPS = SPEECH_DEPS | {"advcl", "conj", "acl", "dobj"}

# The subject of a clause, active or passive.
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")

NP_DEPS = {"amod", "nmod", "appos", "flat", "flat:name", "compound", "nmod:poss", "poss",
           "nummod", "det", "fixed", "npadvmod", "obl:arg", "dep", "pobj", "prep"}

LIST_POS = ("PROPN", "NOUN", "DET", "ADJ", "ADP", "PUNCT", "CCONJ", "NUM")

# Entity labels of the pipelines that name a person, an organisation or a place.
NAME_LABELS = {"PER", "PERSON", "ORG", "LOC", "GPE"}
