"""rules-1.345: the Kremlin's spokesperson or aide called by the Kremlin ("— добавил представитель Кремля", "По словам
кремлёвского чиновника", "речник Кремля"): Russian and Ukrainian news name the president's press secretary or aide
first ("пресс-секретарь президента Андрей …", "помощник президента …") and then call them by the Kremlin. The
phrase is that person when exactly one person named before it holds a role of the president's ("… президента") or
of the Kremlin's; else it stays the body's ("В Кремле заявили" is the Kremlin itself and is not matched here)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Resolved

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

# someone speaking for the Kremlin ("представитель Кремля", "пресс-секретаря Кремля", "кремлёвский чиновник",
# "кремлівський посадовець"); not the body ("в Кремле", "Кремль")
KREMLIN_PERSON_RE = re.compile(
    r"(?:(?:официальн|офіційн)\w+\s+)?(?:представител|представник|пресс-секретар|прес-секретар|речни|спикер)\w*"
    r"\s+кремл\w*|крем(?:л[её]вск|лівськ)\w*\s+(?:чиновник|спикер|представител|представник|речни|посадов)\w*"
)
# a role of the president's or the Kremlin's ("пресс-секретарь президента России", "помощник президента"), not the
# president's own ("Президент России")
_AIDE_ROLE_RE = re.compile(r"\w\s+(?:\w+\s+)?(?:президент(?:а|у)(?:\s+(?:россии|рф|росії))?|кремл\w*)$")


def kremlin_aide(r: Resolver, name: str, ref: int) -> Resolved | None:
    """The one person named before ``ref`` with a role of the president's or the Kremlin's, when ``name`` is
    someone speaking for the Kremlin; else None."""
    if r.lang not in ("uk", "ru") or "ремл" not in name or not KREMLIN_PERSON_RE.fullmatch(name.lower()):
        return None
    found = [
        e
        for e in r.entities.values()
        if e.first_pos < ref and any(_AIDE_ROLE_RE.search(role.lower()) for role in e.roles)
    ]
    return r.person(found[0]) if len(found) == 1 else None
