"""A new office holder's role phrase in one article (rules-1.284, found with blind batch IDS14).

"„…“, sagte der neue Minister", "the new minister said", "— заявив новий міністр": the person the article says was
appointed or elected to that office before the phrase ("Parliament appointed X as minister …", "hat X zum Minister
gewählt", "призначила X міністром"). When the role's holder is otherwise ambiguous (the predecessor named between,
"He replaces Y, who was dismissed"), the appointed one is the new minister; with no such sentence nothing changes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Entity, Resolved
from ingest.extract.formerroles import former_resolved, holds_or_follows, is_former_role
from ingest.extract.rolehead import role_head

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

_NEW_ROLE_RE = re.compile(
    r"(?:the\s+)?new(?:ly[ -]appointed)?\s+\w|(?:der|die|den|dem)\s+neuen?\s+\w|нов(?:ий|ый|а|ая)\s+\w"
    r"|новопризначен\w*\s+\w|новоназначенн\w*\s+\w",
    re.I,
)
# an appointment or an election in the sentence that names the new holder
_APPOINTED_RE = re.compile(
    r"\b(?:appoint(?:ed|s)|nam(?:ed|es)|elect(?:ed|s)|confirm(?:ed|s)|sworn\s+in|ernannt|gewählt|berufen|bestätigt"
    r"|ernennt|wählte|призначи\w*|обра(?:в|ла|ли|ло)\b|назначи\w*|избра(?:л|ла|ли)\b|утверди\w*|затверди\w*)",
    re.I,
)
_NEAR_CHARS = 400


def is_new_role(phrase: str) -> bool:
    """The phrase names an office its holder has just taken ("the new minister", "der neue Minister")."""
    return _NEW_ROLE_RE.match(phrase.strip()) is not None


def appointed_holder(r: Resolver, phrase: str, ref: int) -> Entity | None:
    """The one person named in a sentence before ``ref`` (within ``_NEAR_CHARS``) that appoints or elects
    someone to the office the phrase's head names ("minister" in "als Minister", "міністром"), or None."""
    head = role_head(phrase, r.lang)
    stem = head[: max(5, len(head) - 2)]
    if len(stem) < 4:
        return None
    lo = max(0, ref - _NEAR_CHARS)
    found: list[Entity] = []
    for e in r.entities.values():
        if not lo <= e.first_pos < ref:
            continue
        start = max(r.text.rfind(". ", lo, e.first_pos) + 1, r.text.rfind("\n", lo, e.first_pos) + 1, lo)
        end = min(x for x in (r.text.find(". ", e.first_pos), r.text.find("\n", e.first_pos), ref) if x >= 0)
        sentence = r.text[start:end]
        at = _APPOINTED_RE.search(sentence)
        if at is not None and stem in sentence.lower()[e.first_pos - start :]:  # "X zum Minister gewählt"
            found.append(e)
    return found[0] if len(found) == 1 else None


# rules-1.305: an acting holder ("the acting minister", "der kommissarische Minister", "врио министра")
_ACTING_RE = re.compile(
    r"(?:the\s+)?acting\s+\w|(?:der|die|den|dem)\s+kommissarischen?\s+\w|в\.\s?о\.\s*\w|врио\s+\w"
    r"|викону\w*\s+обов|исполняющ\w*\s+обязанн",
    re.I,
)
_ACTING_WORD_RE = re.compile(r"acting|kommissarisch|в\.\s?о\.|виконувач|врио|исполняющ", re.I)


def acting_holder(r: Resolver, phrase: str, ref: int) -> Entity | None:
    """rules-1.305: the one person named before ``ref`` whose sentence of first mention calls them acting holder of
    the office the phrase's head names ("appointed X as acting energy minister", "Kommissarischer Energieminister
    wird … X"); the holder they stand in for is named without the acting word and is left out."""
    head = role_head(phrase, r.lang)
    stem = head[: max(5, len(head) - 2)].lower()
    if len(stem) < 4:
        return None
    found: list[Entity] = []
    for e in r.entities.values():
        if e.first_pos >= ref:
            continue
        start = max(r.text.rfind(". ", 0, e.first_pos) + 1, r.text.rfind("\n", 0, e.first_pos) + 1)
        end = min(x for x in (r.text.find(". ", e.first_pos), r.text.find("\n", e.first_pos), ref) if x >= 0)
        sentence = r.text[start:end].lower()
        if stem in sentence and _ACTING_WORD_RE.search(sentence) is not None:
            found.append(e)
    return found[0] if len(found) == 1 else None


def new_role_resolved(r: Resolver, phrase: str, ref: int) -> Resolved | None:
    """The appointed person a new office's role phrase stands for, or None (resolve it as any role phrase)."""
    if _ACTING_RE.match(phrase.strip()) is not None:
        e = acting_holder(r, phrase, ref)
    elif is_new_role(phrase):
        e = appointed_holder(r, phrase, ref)
    else:
        return None
    if e is None:
        return None
    e.subject_pos.append(ref)
    return r.person(e)


def office_change(r: Resolver, phrase: str, ref: int, e: Entity | None, gender: str) -> Resolved | None:
    """A role phrase of a new office (the person appointed to it) or a former one (``formerroles``: when the
    holder ``e`` found for it is named only after it or is of the other gender, or none is found and the German,
    Ukrainian or Russian phrase or its cue has a gender), else None."""
    if (new := new_role_resolved(r, phrase, ref)) is not None:
        return new
    if not is_former_role(phrase):
        return None
    if e is not None and holds_or_follows(e, phrase, ref, gender):
        return former_resolved(r, phrase, ref, gender)
    if e is None and gender in ("m", "f") and r.lang != "en":  # "Die ehemalige Ministerin"; not "the former
        return former_resolved(r, phrase, ref, gender)  # president told …" after a first lady named before
    return None
