"""Who of an article's people can hold a role phrase (``Resolver.by_role``): the people whose roles are of the
phrase's class, less those another gender, nation or body rules out, and (rules-1.432) a deputy kept apart from
the holder of the office ("Заместитель прокурора отметил" is not the prosecutor named before; "The minister
added" is not the deputy minister quoted last)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Entity
from ingest.extract.holders import other_body_head, other_person
from ingest.extract.lexicon import ORG_HEADS
from ingest.extract.roles import role_class

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver


_EN_WORD_RE = re.compile(r"[a-z]+")


def role_holders(res: Resolver, phrase: str, cls: str, gender: str) -> list[Entity]:
    """The people of the article who can hold the role ``phrase`` of class ``cls``; rules-1.324: the head of "the
    department" ("очільник відомства", "глава ведомства") is a minister as well as the head of an agency."""
    low = phrase.lower()
    alt = "minister" if cls == "head" and ("відомств" in low or "ведомств" in low) else cls
    cands = [
        e
        for e in res.entities.values()
        if (cls in e.role_classes or alt in e.role_classes) and not other_holder(res, phrase, gender, e)
    ]
    if not cands:
        return cands
    # rules-1.432: a deputy's phrase is a deputy's; the office's own phrase is its holder's where one is named
    if (
        deputy_office(low) is not None
    ):  # not the office's holder ("Заместитель прокурора" after "Прокурор Петров")
        return [e for e in cands if not not_deputy(low, e)]
    held = [
        e
        for e in cands
        if any(deputy_office(x.lower()) is None and role_class(x) in (cls, alt) for x in e.roles)
    ]
    return held or cands


# a deputy's role word at a word start and the office after it: "deputy minister", "Vice President",
# "stellvertretender Minister", "Vizekanzler", "заступник міністра", "віце-прем'єр", "замгенпрокурора"
_DEPUTY_RE = re.compile(
    r"(?<![\w-])(?:deputy|vice|stellvertret\w*|vize|заступни\w*|заместител\w*|віце|вице|"
    r"зам(?=глав|міністр|министр|генпрокурор|директор|пред|начальник|голов|губернатор|мэр|мер\b))[\s-]*(?P<o>\w*)"
)
_DEPUTY_KEYS = ("deput", "vice", "stellv", "vize", "зам", "заст", "віце", "вице")
_CYR_ADJ_ENDS = ("ий", "ій", "ый", "ой", "ая", "ша")
_OWNER_RE = re.compile(r" (?:of|for|des|der|dem|von|vom) ")


def deputy_office(low: str) -> str | None:
    """A lower-case role phrase that names a deputy (or a vice-holder) in its head, not in an owner ("the former
    vice president's spokeswoman", "речник віце-прем'єра", "der Sprecher des Vize"): the first five letters of
    the office after the deputy's word (eight of "генпрокурора"; "" if none: "the deputy"); None for any other phrase."""
    if not any(k in low for k in _DEPUTY_KEYS):
        return None
    if low[:1] >= "а":  # Ukrainian and Russian: the head noun comes first, after an adjective ("перший")
        words = low.split()
        low = " ".join(words[1:3] if len(words) > 1 and words[0].endswith(_CYR_ADJ_ENDS) else words[:2])
        if not _DEPUTY_RE.match(low):
            return None
    else:
        low = _OWNER_RE.split(low.rsplit("’s ", 1)[-1].rsplit("'s ", 1)[-1], 1)[0]
    m = _DEPUTY_RE.search(low)
    return None if m is None else m["o"][: 8 if m["o"].startswith("ген") else 5]


def deputy_of(e: Entity) -> bool:
    """``e`` was named with a deputy's role phrase ("Deputy Minister Olena Shevchuk")."""
    return any(deputy_office(x.lower()) is not None for x in e.roles)


def holds_office(e: Entity, office: str) -> bool:
    """``e`` was named with a role phrase of the office whose first letters are ``office`` ("Energy Minister",
    "Прокурор области"; "генпроку…" also in "Генеральний прокурор")."""
    short = office[3:] if office.startswith("ген") else ""
    for x in e.roles:
        words = x.lower().split()
        if any(office in w for w in words):  # in a compound too: "Energieminister"
            return True
        if (
            short
            and any(w.startswith("генеральн") for w in words)
            and any(w.startswith(short) for w in words)
        ):
            return True
    return False


def not_deputy(low: str, e: Entity) -> bool:
    """``e`` holds the office of which the lower-case role phrase ``low`` names a deputy ("the deputy minister"
    after "Energy Minister Ivan Petrov")."""
    office = deputy_office(low)
    return bool(office) and not deputy_of(e) and holds_office(e, office or "")


def other_holder(res: Resolver, phrase: str, gender: str, e: Entity) -> bool:
    """``e`` cannot hold the role ``phrase``: another gender, or other bodies in its roles or in the words
    before its first mention ("The committee's chairman, Kofi Mensah", other_body)."""
    if other_person(res.text, phrase, gender, e):  # another gender, or another nation (rules-1.204)
        return True
    if res.lang in ("uk", "ru"):
        return other_body_head(phrase, e.roles)  # "глава района" after "директор турбазы" (rules-1.109)
    if res.lang != "en" or not phrase.isascii():
        return False
    before = res.text[max(0, e.first_pos - 60) : e.first_pos]
    return other_body(phrase, [*e.roles, before[max(before.rfind(". "), before.rfind("\n")) + 1 :]])


def other_body(phrase: str, roles: list[str]) -> bool:
    """English: the role phrase names a body ("the agency chief", "the head of the procurement agency") and the
    candidate's roles name other bodies only ("the committee's chair"): another person (rules-1.20)."""
    if not roles or not phrase.isascii():
        return False
    mine = {w for w in _EN_WORD_RE.findall(phrase.lower()) if w in ORG_HEADS}
    if not mine:
        return False
    theirs = {w for x in roles for w in _EN_WORD_RE.findall(x.lower()) if w in ORG_HEADS}
    return bool(theirs) and mine.isdisjoint(theirs)
