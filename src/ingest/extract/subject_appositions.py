"""English subject phrases with an apposition after a comma: the role of a named person ("Karimi, executive
director of Interfaith Paths to Peace"), and a description of the body after it that is not the speaker's
("Anna Smith, executive director of Muslim Advocates, a legal advocacy group"); for ``plausible_speaker``."""

from __future__ import annotations

import re

from ingest.extract.lexicon import PERSON_NOUNS
from ingest.extract.roles import role_class
from ingest.extract.speakers import SpeakerPhrase, analyze_np


def drop_object_apposition(raw: str) -> str:
    """ "Name, role of Body, a/an …": the segments from the third on describe the body, not the speaker;
    the phrase without them, or "" when the phrase is not of that shape."""
    segs = raw.rstrip(" ,").split(", ")
    if len(segs) < 3 or not segs[2].startswith(("a ", "an ")) or not segs[1].split()[-1][:1].isupper():
        return ""  # (the second segment ends with the body's name: "… of Muslim Advocates", "… with Priorities USA")
    head = analyze_np(segs[0], "en")
    return ", ".join(segs[:2]) if head.kind == "person" and " " in head.name else ""


def name_before_role_of(raw: str) -> SpeakerPhrase | None:
    """ "Karimi, executive director of Interfaith Paths to Peace": a capitalised name, then a role of a
    body; the name is the person, not the capitalised words of the body's name."""
    segs = raw.rstrip(" ,").split(", ")
    if len(segs) != 2:
        return None
    words = segs[0].split()  # (the cheap test first)
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    owner = _POSSESSIVE_ROLE_RE.match(
        segs[1]
    )  # "Jennifer Palmieri, Mrs. Clinton's communications director" (1.65)
    role = owner.group("role") if owner else segs[1]
    if not role[:1].islower() or not _role_head(role):
        return None  # (rules-1.64: any role, "a national security official under Presidents Reagan and …")
    head = analyze_np(segs[0], "en")
    if head.kind != "person" or not head.name or head.name in segs[1]:
        return None
    return SpeakerPhrase(", ".join(segs), "person", head.name, segs[1], head.gender)


_POSSESSIVE_ROLE_RE = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*[’']s?\s+(?P<role>[a-z].*)"
)


def _role_head(seg: str) -> bool:
    """A role class, or a person noun among the lower-case words before the first capital ("a national
    security official under …")."""
    if role_class(seg):
        return True
    for w in seg.split()[:6]:
        if w[:1].isupper():
            return False
        if w in PERSON_NOUNS:
            return True
    return False
