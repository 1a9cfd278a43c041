"""A role phrase whose holder is named right after it (rules-1.175, found with blind batch CJ).

"…, so der Vorsitzende des Kreisverbands, Jonas Weidner. Er forderte, …": the German pronoun rule that takes
the holder of a role mentioned in the sentence before ("Dazu wollte sich der HUR-Chef nicht äußern. „…“, sagte
er.", ``resolve_hints.role_in_previous_sentence``) looked the role up by its class, and so found another chair
named earlier ("CDU-Fraktionschef Holger Brandt"). A role followed by a name in apposition (with at most a short
genitive or prepositional complement between) is that named person. So is the speaker of a cue whose subject was
cut before its name ("…», sagte der Bürgermeister von Wyk auf Föhr, Uwe Carstensen, dem NDR.": the phrase ends at
"auf"), which was an unnamed role with an id of its own while a pronoun after it found the named man."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.extract.cues import Raw
from ingest.extract.entities import Entity, Resolved
from ingest.extract.names import person_key

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

_NAME_AFTER_ROLE_RE = re.compile(
    r"(?:\s+(?:des|der|von|vom|im|in|am|an|auf|aus|bei|beim|zu|für)\s+(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*)?,?\s+"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\w-]+)"
)


def find_appositive_holder(res: Resolver, phrase: str, pos: int) -> Entity | None:
    """The person named in apposition to the role ``phrase`` at ``pos``, if the article knows them."""
    m = _NAME_AFTER_ROLE_RE.match(res.text, pos + len(phrase))
    if m is None:
        return None
    return res.entities.get(person_key(m.group("name"), res.lang))


def find_cue_role_holder(res: Resolver, raw: Raw, phrase: str) -> Resolved | None:
    """The named person in apposition to the German role ``phrase`` that follows the cue of ``raw``, or None."""
    if res.lang != "de" or raw.cue_pos < 0:
        return None
    pos = res.text.find(phrase, raw.cue_pos, raw.cue_pos + len(raw.cue) + len(phrase) + 12)
    if pos < 0 or (e := find_appositive_holder(res, phrase, pos)) is None:
        return None
    return res.person(e)
