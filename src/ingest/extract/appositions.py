"""The role a name in apposition belongs to: ", Rasa Vaitkute," after "Lithuania's minister" (the word
before the comma), or after a role phrase that opens the sentence and goes on with a genitive or a place
("Die Wirtin eines Gasthauses am Innufer, Rosi Baumgartner, …", "The landlady of a pub by the river,
Rosi Baumgartner, …"; rules-1.22)."""

from __future__ import annotations

import re

from ingest.extract.lexicon import PERSON_NOUNS, ROLE_CLASSES
from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.roles import is_cyr_role

_WORD_BEFORE_COMMA_RE = re.compile(r"([^\W\d_][\w\-]*)(?:['’]s)?$")
# the determiner or possessive that opens a role phrase at the start of a sentence
_PHRASE_OPENERS = frozenset("the a an its his her their der die das ein eine sein seine ihr ihre".split())
_SENTENCE_BREAKS = (". ", "\n", "! ", "? ", ": ")


def is_role_word(low: str) -> bool:
    """A lower-cased role or person noun ("minister", "wirtin", "речниця")."""
    return (
        low in ROLE_CLASSES or low in PERSON_NOUNS or bool(DE_ROLE_SUFFIXES.search(low)) or is_cyr_role(low)
    )


def apposition_role(text: str, comma: int) -> str:
    """The role noun that the name after the comma at ``comma`` is in apposition to, or ""."""
    word = _WORD_BEFORE_COMMA_RE.search(text, max(0, comma - 40), comma)
    role = word.group(1).lower() if word is not None else ""
    if role and is_role_word(role):
        return role
    return _phrase_head_role(text, comma)


def _phrase_head_role(text: str, comma: int) -> str:
    """The role noun heading a short phrase from the sentence start to ``comma`` ("Die Wirtin eines
    Gasthauses am Innufer"), or ""."""
    lo = max(0, comma - 80)
    start = -1
    for b in _SENTENCE_BREAKS:
        if (k := text.rfind(b, lo, comma)) != -1:
            start = max(start, k + len(b))
    if start == -1:
        if lo > 0:
            return ""  # no sentence start within reach
        start = 0
    phrase = text[start:comma]
    words = phrase.split()
    if not 2 <= len(words) <= 8 or words[0].lower() not in _PHRASE_OPENERS or "," in phrase:
        return ""
    head = words[1].lower()
    return head if head.isalpha() and is_role_word(head) else ""
