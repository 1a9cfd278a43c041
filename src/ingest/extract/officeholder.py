"""A person's office as the person (rules-1.318): "according to a statement from Hesketh's office": an English
"<Surname>'s office" is the person of that surname named in the article (the convention of the gold: "Pettibone's
office" is Senator Pettibone). Not "the president's office" (no name), nor a name the article gives no person
("Downing Street's office"). "His office", "her office" stay the office (rules-1.321: the blind golds of EG and EH
disagree on them; the office is what the text names)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.entities import Resolved

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver
    from ingest.extract.speakers import SpeakerPhrase

_OFFICE_RE = re.compile(r"(?P<name>[A-Z][\w-]+)['’]s\s+office")


def office_holder(r: Resolver, sp: SpeakerPhrase, ref: int) -> Resolved | None:
    """The person whose office ``sp`` (an organisation phrase) names, else None."""
    if (
        r.lang != "en"
        or not sp.text.endswith("office")
        or (m := _OFFICE_RE.fullmatch(sp.text.strip())) is None
    ):
        return None
    ent = r.find_surname(m.group("name"))
    return r.person(ent) if ent is not None else None
