"""A woman's maiden name that the article gives (rules-1.284, found with blind batch IDS14): "Олена Коваленко, яку
досі знають під дівочим прізвищем Марчук … — сказала Марчук", "Anna Berger, geborene Lind, … sagte Lind", "Mary
Hale (née Dunn) … Dunn said": the bare maiden name is the woman named just before the phrase that gives it. Only
when the text says so: a surname alone is otherwise nobody's in particular."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ingest.extract.entities import Entity
from ingest.extract.names import fold_word

_MAIDEN_RE = re.compile(
    r"(?:\bnée|\bnee|\bgeb\.|\bgeborene|\bурожд[её]нная|\bв\s+девичестве|\bдівоч\w+\s+прізвищ\w+|\bдевичь\w+\s+фамили\w+"
    r"|\bmaiden\s+name|\bMädchennamen?|\bв\s+дівоцтві)\s+(?P<sur>[A-ZÄÖÜА-ЯІЇЄҐЁ][\w'’-]+)"
)
_NEAR_CHARS = 200
# every match of _MAIDEN_RE holds one of these, or "nee" before white space: a text without any is not scanned
_MAIDEN_NEEDLES = (
    "née",
    "geb.",
    "урожд",
    "девичестве",
    "дівоч",
    "девичь",
    "maiden",
    "Mädchenname",
    "дівоцтві",
)


@lru_cache(maxsize=64)  # once per article: find_surname asks for every statement
def _may_hold_maiden(text: str) -> bool:
    if any(w in text for w in _MAIDEN_NEEDLES):
        return True
    at = text.find("nee")
    while at != -1:
        if text[at + 3 : at + 4].isspace():
            return True
        at = text.find("nee", at + 3)
    return False


def maiden_hit(text: str, lang: str, word_fold: str, entities: Iterable[Entity]) -> Entity | None:
    """The woman (or person of unknown gender) named within ``_NEAR_CHARS`` before a phrase that gives
    ``word_fold`` as her maiden name, or None."""
    if not _may_hold_maiden(text):
        return None
    for m in _MAIDEN_RE.finditer(text):
        if fold_word(m.group("sur"), lang) != word_fold:
            continue
        near = [
            e
            for e in entities
            if e.first_pos < m.start() <= e.first_pos + _NEAR_CHARS
            and e.gender != "m"
            and e.surname != word_fold
        ]
        if near:
            return max(near, key=lambda e: e.first_pos)
    return None
