"""A role phrase that names a person of the article by a word in it (rules-1.186, found with blind batch IDS7).

* A Ukrainian or Russian role noun before one capitalised word, the rest in lower case ("— сказала професорка
  Кассель", "По словам профессора Кассель", "міністр Кеслер"): the person named in full earlier in the article
  whose surname it is (the analysis reads such a phrase as a role, because a capitalised word after a role is
  as often a place in the genitive, "посол Німеччини", which names nobody of that surname).
* A father's generation as a role ("der Seniorchef", "der Senior", "старший Голлербах"): the one person named
  earlier with "Sr.", "senior" or "-старший" after the surname (``names.split_senior``).
* rules-1.327 (blind batch IDS19): a bare surname with a father's generation after it ("За словами
  Ковальова-старшого", "По словам Ковалева-старшего"): the one person of that surname named in full before it in the
  article ("Микола Ковальов"), not a person "Ковальова-старший" of his own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.appositions import is_role_word
from ingest.extract.entities import Entity, Resolved
from ingest.extract.fullnames import name_before_surname
from ingest.extract.names import split_senior
from ingest.extract.possessors import owner_surname

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver
    from ingest.extract.speakers import SpeakerPhrase

_CYR_TITLED_SURNAME_RE = re.compile(
    r"[А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґё'’ʼ-]*(?:\s+[а-яіїєґё'’ʼ-]+){0,2}\s+(?P<s>[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]{2,})"
    # rules-1.370: an occasion in lower case after the surname ("Бывший министр Голуб на церемонии передачи дел")
    r"(?:\s+(?:на|в|во|у|під\s+час|во\s+время|після|после|перед|при)\s+[а-яіїєґё'’ʼ-]+(?:\s+[а-яіїєґё'’ʼ-]+){0,4})?"
)
_SENIOR_ROLE_RE = re.compile(r"(?:(?:der|die|the)\s+)?(?:senior|seniorchef|seniorchefin|senior-chef)", re.I)


def held_by_name(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved | None:
    """The person of the article that the role phrase ``sp`` names by a surname or a generation in it, else
    None (the usual role resolution)."""
    text = sp.text.strip()
    if _SENIOR_ROLE_RE.fullmatch(text):
        seniors = [e for e in r.entities.values() if e.key.endswith("~sr") and e.first_pos < ref]
        return r.person(seniors[0]) if len(seniors) == 1 else None
    if r.lang not in ("uk", "ru") or (m := _CYR_TITLED_SURNAME_RE.fullmatch(text)) is None:
        return None
    if not any(is_role_word(w.lower()) for w in text.split()[:-1]):
        return None
    e = r.find_surname(m.group("s"), sp.gender)
    if e is None or " " not in e.name or e.first_pos >= ref:
        return None
    return None if owner_surname(text, m.group("s"), e.name.split()[-1]) else r.person(e)  # (rules-1.229)


def senior_named(r: Resolver, name: str, ref: int) -> Entity | None:
    """The one person named in full before ``ref`` whose surname the bare ``name`` with a father's generation
    after it ("Ковальова-старший") is, else None (rules-1.327)."""
    if " " in name or "-" not in name:
        return None
    base, senior = split_senior(name)
    if not senior or " " in base or any(x.key.endswith("~sr") for x in r.entities.values()):
        return None  # the father named with his mark ("Людвиг Холлербах-старший") is found as before
    if name_before_surname(r.text, name):
        return None  # "…, Людвиг Лосев-старший. … сказал Лосев-старший": that full name, as before
    if (e := r.find_surname(base)) is None:
        return None
    same = [x for x in r.entities.values() if x.surname == e.surname and " " in x.name and x.first_pos < ref]
    return same[0] if len(same) == 1 else None
