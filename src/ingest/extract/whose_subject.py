"""rules-1.408: an English subject in a relative clause on a body ("…, the council, whose secretary, Oleh Marchuk,
told a briefing that …"): the named person after "whose" speaks, the clause before is the body's."""

from __future__ import annotations

import re

from ingest.extract.appositions import is_role_word
from ingest.extract.plausible import plausible_speaker
from ingest.extract.speakers import SpeakerPhrase

# "whose" + a role of up to five lower-case words + (a comma) + a name of two to four capitalised words, to the cue
_WHOSE_ROLE_NAME_RE = re.compile(
    r", whose ((?:[a-z][\w’'-]*\s+){0,4}([a-z][\w’'-]*))(,?)\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)[\s,]*$"
)


def whose_subject(left: str) -> SpeakerPhrase | None:
    """The person named in apposition to the role after the last ", whose " of ``left`` (the text before a cue:
    "…, the council, whose secretary, Oleh Marchuk, "); None for a role alone ("whose head"), and for a clause
    of the relative's own ("Jan Brouwer, whose flock near Otterlo lost nine animals, said": no role before the
    name), where the subject is the name before "whose"."""
    m = _WHOSE_ROLE_NAME_RE.search(left, left.rfind(", whose "))
    if m is None or not (
        m.group(3) or is_role_word(m.group(2))
    ):  # "whose wife met John Smith": no apposition
        return None
    sp = plausible_speaker(left[m.start(1) :].rstrip(" ,"), "en", appositive=True)
    return sp if sp is not None and sp.kind == "person" and sp.name else None
