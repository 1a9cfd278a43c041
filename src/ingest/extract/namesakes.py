"""Namesakes of a surname with particles (rules-1.396, found with blind batch IDS27).

A surname with particles is keyed by its particle ("van|houten"), so that "Ursula von der Leyen" and a bare "Von der
Leyen" share one id (rules-1.21). A father and his son, or a woman and her brother, share the surname too:
"Pieter van Houten" and "Jan van Houten" are two people. When the batch names people of one such key with two or
more first names that are no spellings of one another ("Pieter" = "Пітер", not "Jan"), each first name
takes the key of the name without its particles ("piter|houten"); a batch with one first name per key (the usual
case) is left as it was, and so are the bare surnames and the names with an initial, which cannot tell the namesakes
apart. In an article (``namesake_key``, used by ``resolve``), the second first name of a particle key likewise takes
the key without its particles, so the son named first does not take the father's quotes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ingest.extract.entities import Entity
from ingest.extract.namefold import loose_first, particle_at
from ingest.extract.names import first_name_class, person_id, person_key

if TYPE_CHECKING:  # (pipeline imports resolve, which imports this module)
    from ingest.extract.pipeline import Extracted

_THRESHOLD = 80.0  # (as link.FIRST_NAME_THRESHOLD)


def _particle_first(name: str, key: str) -> str:
    """The first-name class of a full name keyed by its particle ("Pieter van Houten" → "piter"), else ""."""
    if not key or "~" in key:
        return ""
    words = name.split()
    if len(words) < 3 or len(words[0]) < 2 or not words[0].isalpha() or not words[0][0].isupper():
        return ""
    particle = particle_at(words, 1)
    if not particle or not key.startswith(particle + "|"):
        return ""
    return first_name_class(words[0], None)


def _alike(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= _THRESHOLD or loose_first(a) == loose_first(b)


def namesake_key(name: str, lang: str, entities: Mapping[str, Entity]) -> str:
    """The person key of ``name`` in an article whose people are ``entities``: the key of the name without its
    particles ("Pieter van Houten" → "piter|houten") when the article has named another first name of that particle
    key ("Jan van Houten", his son, named first), else ``person_key``."""
    key = person_key(name, lang)
    ent = entities.get(key)
    if ent is None or ent.name == name or not (first := _particle_first(name, key)):
        return key
    other = _particle_first(ent.name, key)
    if not other or _alike(first, other):
        return key
    return first + "|" + key.split("|", 1)[1]


def split_particle_namesakes(items: list[Extracted]) -> None:
    """Give each first name of a particle key a key of its own when the batch has two or more (in place)."""
    firsts: dict[str, list[tuple[Extracted, str]]] = {}
    for it in items:
        if it.key and not it.surname_only and (first := _particle_first(it.statement.speaker, it.key)):
            firsts.setdefault(it.key, []).append((it, first))
    for key, pairs in firsts.items():
        groups: list[str] = []  # one first name of each group (the first in sort order: no input order)
        for first in sorted({f for _it, f in pairs}):
            if not any(_alike(first, g) for g in groups):
                groups.append(first)
        if len(groups) < 2:
            continue
        surname = key.split("|", 1)[1]
        for it, first in pairs:
            head = next(g for g in groups if _alike(first, g))
            it.key = f"{head}|{surname}"  # (the key of the name without its particle: "Хендрік Алст")
            it.statement.speaker_id = person_id(it.key)
