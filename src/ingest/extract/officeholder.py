"""A person's office as the person (rules-1.318): "Her office said she would write to the commissioner", "In a
statement, his office said …", "according to a statement from Hesketh's office": an English "his/her office" is the
person of that gender the pronoun refers to, "<Surname>'s office" the person of that surname named in the article
(the convention of the gold: "Pettibone's office" is Senator Pettibone). Not "the president's office" (no name),
nor a name the article gives no person ("Downing Street's office")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Resolved

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver
    from ingest.extract.speakers import SpeakerPhrase

_OFFICE_RE = re.compile(r"(?:(?P<pron>[Hh]is|[Hh]er)|(?P<name>[A-Z][\w-]+)['’]s)\s+office")
_PRONOUN_GENDER = {"his": "m", "her": "f"}


def office_holder(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved | None:
    """The person whose office ``sp`` (an organisation phrase) names, else None."""
    if (
        r.lang != "en"
        or not sp.text.endswith("office")
        or (m := _OFFICE_RE.fullmatch(sp.text.strip())) is None
    ):
        return None
    pron = m.group("pron")
    if pron is not None:
        found = r.pronoun_candidate(_PRONOUN_GENDER[pron.lower()], ref)
        return r.person(found[1]) if found is not None else None
    ent = r.find_surname(m.group("name"))
    return r.person(ent) if ent is not None else None
