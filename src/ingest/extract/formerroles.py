"""A former office holder's role phrase in one article (rules-1.254, found with blind batch IDS12).

"„…“, sagte der frühere Außenminister", "— сказал бывший глава МИДа": the phrase names an office the speaker no
longer holds. When the office's holder found for it is named only after the phrase (the new minister, another
minister), it is instead the person described as former before it or, failing that, the
person the sentence before is about ("Der neue Botschafter, X, hat … angetreten."); else the phrase stays unnamed.
A holder found before it who is no present holder ("X, a former ambassador, …") is kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Entity, Resolved
from ingest.extract.fullnames import person_before
from ingest.extract.names import unknown_id
from ingest.extract.roles import role_class

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

FORMER_RE = re.compile(
    r"(?:^|\s)(?:(?:the|an?|der|die|das|dem|den|des|ein|eine|einer|eines)\s+)?(?:former|ex-|früher\w*|ehemalig\w*|колишн\w*|бывш\w*)\s",
    re.I,
)
_NEAR_CHARS = 300


def is_former_role(phrase: str) -> bool:
    """The phrase names an office held before ("the former minister", "der ehemalige Außenminister")."""
    head = phrase.split(",", 1)[0]
    if "'s " in head or "’s " in head:
        return False  # "the former vice president's spokeswoman": the owner's office, not the speaker's
    return FORMER_RE.match(" " + head) is not None and bool(role_class(phrase))


def holds_or_follows(e: Entity, phrase: str, ref: int, gender: str = "") -> bool:
    """``e``, found for the former office's phrase at ``ref``, is named only after it (the office's new holder, or
    another office's: "„…“, sagte der frühere Außenminister. Wirtschaftsminister X sagte …"), or (rules-1.284) is
    of the other gender than the phrase or its cue ("Die ehemalige Ministerin" is not the man who holds it now)."""
    clash = gender in ("m", "f") and e.gender not in ("", gender)
    return (e.first_pos > ref or clash) and bool(role_class(phrase))


def former_holder(r: Resolver, phrase: str, ref: int, gender: str) -> Entity | None:
    """The person ``phrase`` (a former office's role phrase) stands for, or None."""
    cls = role_class(phrase)
    described = [
        e
        for e in r.entities.values()
        if e.first_pos <= ref
        and (gender not in ("m", "f") or e.gender in ("", gender))
        and any(is_former_role(x) and role_class(x) == cls for x in e.roles)
    ]
    if described:
        return max(described, key=lambda e: max([p for p in e.subject_pos if p <= ref] or [e.first_pos]))
    found = r.pronoun_candidate(gender, ref)
    near, near_pos = person_before(
        r.text, r.lang, ref, gender
    )  # a name the mention scan has not made a person
    if near and (found is None or near_pos > found[0]):
        found = (near_pos, r.entity_for(near, near_pos))
    if found is None or ref - found[0] > _NEAR_CHARS or r.sentences_apart(found[0], ref) > 1:
        return None
    e = found[1]
    if cls in e.role_classes and not any(is_former_role(x) for x in e.roles):
        return None  # the office's present holder is not its former one
    return e


def former_resolved(r: Resolver, phrase: str, ref: int, gender: str) -> Resolved:
    """The speaker a former office's role phrase resolves to: its person, or the phrase unnamed."""
    e = former_holder(r, phrase, ref, gender)
    if e is None:
        return Resolved(phrase, unknown_id(phrase, r.article_id), "person")
    e.subject_pos.append(ref)
    return r.person(e)
