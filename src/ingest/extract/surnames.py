"""A surname's inflected forms among an article's people (rules-1.13, moved here in rules-1.157): "Пескарева"
finds "Дмитрий Пескарев", "Лозового" read back as "Лозовий" finds "Сергей Лозовой", "Albrechts" finds
"Jochen Albrecht"; a man's form ("Волков") no longer finds a woman of the family ("Ирина Волкова"); of two people
of one surname, a man's case ending ("за словами Костюка") or the verb's gender picks one (rules-1.176)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.extract.cues import cue_gender
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


def of_gender(hits: list[Entity], gender: str) -> list[Entity]:
    """(rules-1.176) Of two or more people a bare surname finds, those of the speaker's gender (known from the
    verb or the case ending) when some are; else all."""
    if len(hits) < 2 or gender not in ("m", "f"):
        return hits
    return [e for e in hits if e.gender == gender] or hits


_CYR_LAST_RE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+$")


_UK_GENITIVE_FRAMES = frozenset(("за словами", "на думку", "на переконання"))


def case_gender(text: str, name: str, lang: str, cue: str = "") -> str:
    """(rules-1.176) "m" for a Ukrainian or Russian bare surname in an oblique case whose nominative ends in a
    consonant ("за словами Костюка", "по словам Мельника"): a woman's such surname is not declined; else ""."""
    if lang not in ("uk", "ru") or " " in name or not (m := _CYR_LAST_RE.search(text.strip())):
        return ""
    word = m.group()
    if (
        lang == "uk" and name[-2:] == "ко" and word[:-1] == name[:-1]
    ):  # rules-1.305: a man's "-ко" is declined,
        if word[-1:] in (
            "а",
            "у",
        ):  # a woman's not: "за словами Гордієнка" is his, "за словами Гордієнко" hers
            return "m"
        if word == name and cue.lower() in _UK_GENITIVE_FRAMES:
            return "f"
    if word == name or not word.startswith(name) or name[-1:].lower() in "аеєиіїоуюяыэё'’ʼь":
        return ""
    return "m"


def verb_gender(gender: str, lang: str) -> str:
    """The gender a Ukrainian or Russian past-tense verb or role gives a bare surname's speaker ("Костюк
    наголосила"); "" in other languages (an English "Mrs Ashdown" is settled by ``honorific_person``)."""
    return gender if lang in ("uk", "ru") else ""


def bare_gender(text: str, name: str, lang: str, cue: str, gender: str) -> str:
    """The gender of a bare surname's speaker: its case ending (``case_gender``), else the gender the phrase or
    its verb shows; rules-1.305: the cue verb's own gender when the phrase has none ("— добавил Лисенко")."""
    return case_gender(text, name, lang, cue) or verb_gender(gender or cue_gender(cue), lang)
