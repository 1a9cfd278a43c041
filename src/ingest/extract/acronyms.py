"""A body named by its full name and by its acronym in one article gets one speaker id (rules-1.132): "Про це
повідомили в Національній службі здоров'я України. … зазначають у НСЗУ." are one speaker, as are "the North East
Ambulance Service" and "NEAS". Only within an article; the acronym must be the initials of the full name's words
(function words left out), so "НСЗУ" never joins "Міністерство охорони здоров'я"."""

from __future__ import annotations

import re

from ingest.extract.entities import Resolved
from ingest.extract.lexicon import words as _w
from ingest.extract.names import org_id

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


# rules-1.159: an acronym with an English press office or as the body of an anonymous spokesperson ("the SES press
# service", "A DWC spokeswoman", "eine DWC-Sprecherin")
_PRESS_RE = re.compile(r"(?:the\s+)?(?P<a>[A-ZА-ЯІЇЄҐ]{2,6})\s+press\s+(?:service|office)", re.I)
_SPOKES_RE = re.compile(
    r"(?:an?|the|eine?|der|die)\s+(?P<a>[A-ZА-ЯІЇЄҐ]{2,6})(?:\s+|-)(?:spokes(?:wo)?man|spokesperson|Sprecher(?:in)?)",
    re.I,
)
_NAME_END_RE = re.compile(r"\s*(?:\(|,).*$")


def _acronym_of(r: Resolved) -> str:
    """The acronym that names the body speaking in ``r`` ("DWC" for "A DWC spokeswoman"), or ""."""
    if r.speaker_type == "organisation":
        if (m := _ACRONYM_RE.fullmatch(r.speaker)) is not None:
            return m.group("a")
        if (m := _PRESS_RE.fullmatch(r.speaker)) is not None and m.group("a").isupper():
            return m.group("a")
    elif r.speaker_id.startswith("U-") and (m := _SPOKES_RE.fullmatch(r.speaker)) is not None:
        return m.group("a") if m.group("a").isupper() else ""
    return ""


def link_acronyms(resolved: list[Resolved | None]) -> list[Resolved | None]:
    """``resolved`` with each body named by an acronym given the speaker id of the body whose full name (of two
    words or more) it abbreviates, when one is quoted in the same article; rules-1.159: also the acronym of an
    English press office or of an anonymous spokesperson (which else takes the acronym's own id), the full name
    read without a bracket or a clause after a comma ("Dnister Water Company (DWC), which …"), and an
    acronym with a last "У" its name leaves out ("НСЗУ" for "Національна служба здоров'я")."""
    full: dict[str, Resolved] = {}
    for r in resolved:
        if r is not None and r.speaker_type == "organisation" and len(r.speaker.split()) > 1:
            full.setdefault(name_initials(_NAME_END_RE.sub("", r.speaker)), r)
    out: list[Resolved | None] = []
    for r in resolved:
        if r is not None and (a := _acronym_of(r)):
            f = full.get(a) or (full.get(a[:-1]) if a.endswith("У") else None)
            fid = f.speaker_id if f is not None else ""
            if not fid and r.speaker_id.startswith("U-"):
                fid = org_id(a)  # "A DWC spokeswoman": the body DWC
            if fid and fid != r.speaker_id:
                r = Resolved(r.speaker, fid, "organisation", r.key)
        out.append(r)
    return out
