"""rules-1.345: the Kremlin's spokesperson or aide called by the Kremlin ("— добавил представитель Кремля", "По словам
кремлёвского чиновника", "речник Кремля"): Russian and Ukrainian news name the president's press secretary or aide
first ("пресс-секретарь президента Андрей …", "помощник президента …") and then call them by the Kremlin. The
phrase is that person when exactly one person named before it holds a role of the president's ("… президента") or
of the Kremlin's; else it stays the body's ("В Кремле заявили" is the Kremlin itself and is not matched here)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Resolved
from ingest.extract.roles import role_class

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


# rules-1.420: a body's spokesperson called by "the agency" ("— ответила официальный представитель ведомства", "речник
# відомства"): the one person named before with a spokesperson's role ("официальный представитель МИД России …");
# a plain "представитель ведомства" (any of its staff) stays the body's
_SPOKES_ROLE = (
    r"(?:(?:официальн|офіційн)\w*\s+(?:представител|представни)|пресс-секретар|прес-секретар|речни|спикер)\w*"
)
AGENCY_SPOKES_RE = re.compile(_SPOKES_ROLE + r"\s+(?:ведомств|відомств)\w*")


# a spokesperson's role right before a name, up to four words of its body between ("Официальный представитель МИД
# России Анна …", "речник Міністерства закордонних справ України Андрій …"): no punctuation, no other clause
_SPOKES_BEFORE_RE = re.compile(_SPOKES_ROLE + r"(?:\s+[^\W\d_]+){0,4}\s+$", re.I)


def agency_spokesperson(r: Resolver, name: str, ref: int) -> Resolved | None:
    """The one person named before ``ref`` who holds a spokesperson's role, when ``name`` is the spokesperson of
    "the agency"; else None."""
    if r.lang not in ("uk", "ru") or "омств" not in name or not AGENCY_SPOKES_RE.fullmatch(name.lower()):
        return None
    found = [
        e
        for e in r.entities.values()
        if e.first_pos < ref
        and (
            any(role_class(role) == "spokesperson" for role in e.roles)
            or _SPOKES_BEFORE_RE.search(r.text, max(0, e.first_pos - 80), e.first_pos) is not None
        )
    ]
    return r.person(found[0]) if len(found) == 1 else None
