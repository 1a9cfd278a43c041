"""The head noun of a role phrase that the resolver compares with the roles of people named before
("Die Mutter eines Achtjährigen" is a mother, not the spokeswoman before her; rules-1.76)."""

from __future__ import annotations

import re

from ingest.extract.lexicon_roles import DE_ROLE_SUFFIXES
from ingest.extract.orgnames import head_word

_DE_GENITIVE_TAIL_RE = re.compile(r"(?<=\w)\s+(?:eines|einer|des|der)\s.*$", re.S)


def de_without_genitive(phrase: str) -> str:
    """A German role phrase without its genitive complement ("Die Mutter eines Achtjährigen" → "Die Mutter")."""
    return _DE_GENITIVE_TAIL_RE.sub("", phrase)


def role_head(phrase: str, lang: str) -> str:
    """The lower-cased head noun of a definite role phrase: its last word, in German the last word before a
    genitive complement ("Die Mutter eines Achtjährigen" → "mutter", rules-1.76)."""
    return (de_without_genitive(phrase) if lang == "de" else phrase).split()[-1].lower()


def de_role_heads(roles: list[str]) -> list[str]:
    """The lower-cased German role nouns heading ``roles``, each without its genitive complement ("Eine
    Sprecherin der Stadt" → "sprecherin", not "stadt")."""
    heads = [head_word(de_without_genitive(x)).lower() for x in roles if x]
    return [h for h in heads if DE_ROLE_SUFFIXES.search(h)]
