"""A surname's inflected forms among an article's people (rules-1.13, moved here in rules-1.157): "Пескарева"
finds "Дмитрий Пескарев", "Лозового" read back as "Лозовий" finds "Сергей Лозовой", "Albrechts" finds
"Jochen Albrecht"; a man's form ("Волков") no longer finds a woman of the family ("Ирина Волкова")."""

from __future__ import annotations

from collections.abc import Iterable

from ingest.extract.entities import Entity
from ingest.extract.resolve_hints import adj_stem

# the folded endings of a Russian or Ukrainian man's surname whose woman's form adds "-а" (Волков/Волкова,
# Лесков/Лескова, Бородин/Бородина, Соловьёв/Соловьёва)
_MALE_ENDS = ("ov", "ev", "in", "yn")


def inflected_hits(folded: str, people: Iterable[Entity], lang: str) -> list[Entity]:
    """The people whose folded surname ``folded`` is an inflected form of (at most three letters more, or the
    same adjectival stem); not a woman whose surname is the woman's form of a man's surname ``folded``."""
    return [
        e
        for e in people
        if len(e.surname) > 3
        and (
            (folded.startswith(e.surname[:-1]) and len(folded) - len(e.surname) <= 3)
            or ((st := adj_stem(folded)) is not None and st == adj_stem(e.surname))
        )
        and not (
            lang in ("uk", "ru")
            and e.gender == "f"
            and e.surname == folded + "a"
            and folded.endswith(_MALE_ENDS)
        )
    ]
