"""A German frame that opens the sentence with its source as a pronoun or a name in the genitive before the
frame's noun: "Nach seinen Angaben befinden sich …", "Ihren Worten zufolge …" (a pronoun source), and
rules-1.344 "Nach Ficos Worten zahlt …", "Nach Scholz’ Einschätzung …" (the person named, the whole sentence hers
or his)."""

from __future__ import annotations

import re

from ingest.extract.frames_de import DE_PRON_FRAME_RE
from ingest.extract.konjunktiv import konjunktiv_in
from ingest.extract.speakers import SpeakerPhrase, analyze_np

_PRE_GENITIVE_FRAME_RE = re.compile(
    r"(?:(?:Aber|Doch|Und|Auch)\s+)?Nach\s+(?:(?P<g1>[A-ZÄÖÜ][\wäöüß-]*[^\Wsxzß])s|(?P<g2>[A-ZÄÖÜ][\wäöüß-]*[sxzß])[’'])"
    r"\s+(?:Worten|Angaben|Einschätzung|Darstellung|Ansicht|Auffassung|Meinung|Schätzung),?\s+"
)
_SOURCE_KINDS = frozenset(("person", "organisation"))


def de_pron_frame(stext: str) -> tuple[SpeakerPhrase, int] | None:
    """The source of a leading pronoun or genitive frame and where the framed words start in ``stext``."""
    m = DE_PRON_FRAME_RE.match(stext)
    if m is not None:
        pron = (m.group("p1") or m.group("p2") or m.group("p3") or m.group("p4")).lower()
        male = pron.startswith("sein") or pron == "ihm"  # "Ihm zufolge …" (rules-1.462)
        return SpeakerPhrase("er" if male else "sie", "pronoun", gender="m" if male else "f"), m.end()
    if "Nach " not in stext[:10] or (g := _PRE_GENITIVE_FRAME_RE.match(stext)) is None:
        return None
    sp = analyze_np(g.group("g1") or g.group("g2"), "de")
    return (sp, g.end()) if sp.kind in _SOURCE_KINDS else None


# rules-1.344: the source after the statement with a relative clause of its own (", sagte die Sozialarbeiterin, die
# selbst aus Charkiw geflohen ist."): the statement ends before the cue, as with DE_SO_RE; not an adjunct after the
# cue (rules-1.368: "X sagte am Abend, die Truppen griffen … an": the subject stands before the cue)
_SO_RELATIVE_RE = re.compile(
    r",\s+(?:so|sagte|erklärte|betonte|meinte)\s+(?!(?:am|im|in|bei|beim|vor|nach|auf|gegenüber)\s)"
    r"(?P<np>(?:(?:der|die|das)\s+)?(?:\w+\s+){0,3}\w+),\s+"
    r"(?:der|die|dem|den)\s[^,.;:!?„“\"»«]{2,120}?\s[a-zäöüß]{2,}\s*[.!]?$(?P<np2>)"
)


def de_so_relative(stext: str) -> re.Match[str] | None:
    """A match of ``_SO_RELATIVE_RE`` in ``stext`` (groups as ``DE_SO_RE``'s), or None."""
    if ", der " not in stext and ", die " not in stext and ", dem " not in stext and ", den " not in stext:
        return None
    m = _SO_RELATIVE_RE.search(stext)  # not a statement after the cue (", sagte er, die Lage bleibe ernst.")
    return m if m is not None and not konjunktiv_in(stext[m.end("np") :]) else None
