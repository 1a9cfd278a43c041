"""A woman's maiden name that the article gives (rules-1.284, found with blind batch IDS14): "Олена Коваленко, яку
досі знають під дівочим прізвищем Марчук … — сказала Марчук", "Anna Berger, geborene Lind, … sagte Lind", "Mary
Hale (née Dunn) … Dunn said": the bare maiden name is the woman named just before the phrase that gives it. Only
when the text says so: a surname alone is otherwise nobody's in particular."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extract.entities import Entity
from ingest.extract.names import fold_word

_MAIDEN_RE = re.compile(
    r"(?:\bnée|\bnee|\bgeb\.|\bgeborene|\bурожд[её]нная|\bв\s+девичестве|\bдівоч\w+\s+прізвищ\w+|\bдевичь\w+\s+фамили\w+"
    r"|\bmaiden\s+name|\bMädchennamen?|\bв\s+дівоцтві)\s+(?P<sur>[A-ZÄÖÜА-ЯІЇЄҐЁ][\w'’-]+)"
)
_NEAR_CHARS = 200


def maiden_hit(text: str, lang: str, word_fold: str, entities: Iterable[Entity]) -> Entity | None:
    """The woman (or person of unknown gender) named within ``_NEAR_CHARS`` before a phrase that gives
    ``word_fold`` as her maiden name, or None."""
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
