"""A body named by its full name and by its acronym in one article gets one speaker id (rules-1.132): "Про це
повідомили в Національній службі здоров'я України. … зазначають у НСЗУ." are one speaker, as are "the North East
Ambulance Service" and "NEAS". Only within an article; the acronym must be the initials of the full name's words
(function words left out), so "НСЗУ" never joins "Міністерство охорони здоров'я"."""

from __future__ import annotations

import re

from ingest.extract.entities import Resolved
from ingest.extract.lexicon import words as _w

_ACRONYM_RE = re.compile(r"[«\"„“]?(?P<a>[A-ZÄÖÜА-ЯІЇЄҐ]{2,6})[»\"“”]?")
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’ʼ-]*")
_FUNCTION_WORDS = frozenset(
    _w(
        "of for the and on in at to de der die das des dem den und für von im am по в у з із зі та і й и на при"
    )
)


def name_initials(name: str) -> str:
    """The upper-case initials of a body's name, function words left out ("Державна прикордонна служба України"
    → "ДПСУ")."""
    return "".join(w[0].upper() for w in _NAME_WORD_RE.findall(name) if w.lower() not in _FUNCTION_WORDS)


def link_acronyms(resolved: list[Resolved | None]) -> list[Resolved | None]:
    """``resolved`` with each body named by an acronym given the speaker id of the body whose full name (of two
    words or more) it abbreviates, when one is quoted in the same article."""
    full: dict[str, Resolved] = {}
    for r in resolved:
        if r is not None and r.speaker_type == "organisation" and len(r.speaker.split()) > 1:
            full.setdefault(name_initials(r.speaker), r)
    if not full:
        return resolved
    out: list[Resolved | None] = []
    for r in resolved:
        if (
            r is not None
            and r.speaker_type == "organisation"
            and (m := _ACRONYM_RE.fullmatch(r.speaker)) is not None
            and (f := full.get(m.group("a"))) is not None
            and f.speaker_id != r.speaker_id
        ):
            r = Resolved(r.speaker, f.speaker_id, r.speaker_type, r.key)
        out.append(r)
    return out
