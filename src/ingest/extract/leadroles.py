"""A role phrase held by a person named around it who has no role of their own: the one person named
near it (``roleless_person``), or the person whose full name opens the second paragraph after a role in the
lead (``named_next``, rules-1.45, 1.117, 1.288). Moved from ``resolve_phrases``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.extract.entities import Entity
from ingest.extract.roles import role_class
from ingest.extract.speakers import SpeakerPhrase

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver


def roleless_person(r: Resolver, sp: SpeakerPhrase, ref: int) -> Entity | None:
    """A role that nobody in the article holds by title: the person last spoken of (within 400
    characters) or, at the start, the person named in the next 300 characters, when that person has
    no role of their own and is the only person named around."""
    people = [x for x in r.entities.values() if " " in x.name]
    if len(people) != 1 or people[0].role_classes:
        return None
    e = people[0]
    if e.first_pos <= ref:
        last = max([p for p in e.subject_pos if p <= ref] or [e.first_pos])
        return e if ref - last <= 400 else None
    return e if e.first_pos - ref <= 300 else None


def named_next(r: Resolver, ref: int, role: str) -> Entity | None:
    """A role in the lead paragraph ("…, and Latvia's transport minister said …") held by the person
    whose full name opens the second paragraph ("Marta Liepiņa told a news conference …") and who has
    no role of their own; a role of no class only when that person's own role ends in the same noun ("…,
    the returning officer announced." / "Returning officer Helen Marsh said …", rules-1.117; "Envoy X", 1.288)."""
    head = "" if role_class(role) else role.rsplit(None, 1)[-1].lower()
    nl = r.text.find("\n")
    if nl < ref:
        return None
    end = r.text.find("\n", nl + 1) % (len(r.text) + 1)
    # rules-1.18: also after a quote opening the paragraph ("“…,” Hanna Yarmoliuk told the AP")
    named = [e for e in r.entities.values() if nl < e.first_pos < end and " " in e.name]
    first = min(named, key=lambda e: e.first_pos) if named else None
    heads: set[str] = {x.rsplit(None, 1)[-1].lower() for x in first.roles} if first is not None else set()
    if first is None or (first.role_classes and head not in heads):
        return None
    return first if not head or head in heads else None


def nearer_named_next(r: Resolver, ref: int, role: str, e: Entity | None) -> Entity | None:
    """rules-1.393: a lead's role that only a person named later holds by class ("the city's head of parks
    told councillors …" and, paragraphs on, "Its chair, X, …") is rather the person with no role of their own
    whose full name opens the second paragraph (``named_next``) and comes before that holder; not when the
    holder's own role ends in a word of the phrase ("the head of parks" … "Parks head X")."""
    if e is None or e.first_pos <= ref:
        return e
    words = set(role.lower().split())
    if any(x.rsplit(None, 1)[-1].lower() in words for x in e.roles):
        return e
    nx = named_next(r, ref, role)
    if nx is None or nx.first_pos >= e.first_pos:
        return e
    nx.add_role(role)  # "The head of parks said …" later in the article is that person too
    return nx
