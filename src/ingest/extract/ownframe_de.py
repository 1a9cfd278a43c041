"""German frames inside a sentence: "nach eigenen Angaben" (its subject is the source, rules-1.132), and
"laut X" / "nach Schätzungen des X" before a closing "…, sagte er." (the one who says it, rules-1.457)."""

from __future__ import annotations

import re

from ingest.extract.frames_de import DE_MID_FRAME_RE
from ingest.extract.speakers import SpeakerPhrase, analyze_np

# rules-1.132: "Die Feuerwehr musste nach eigenen Angaben niemanden retten": the subject before the finite verb at
# the start of the sentence is the source of "nach eigenen Angaben" inside it
_DE_OWN_MID_RE = re.compile(
    r"^(?P<np>(?:Der|Die|Das)\s+(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]+)\s+[a-zäöüß]+(?P<f>\s+nach\s+eigenen\s+"
    r"(?:Angaben|Worten|Aussagen)(?:\s+(?=\S)|(?=[,.;])))"
)


def de_own_mid_frame(stext: str) -> tuple[SpeakerPhrase, int, int] | None:
    """The subject of a sentence with "nach eigenen Angaben" after its verb and the frame's offsets, or None."""
    m = _DE_OWN_MID_RE.match(stext)
    if m is None or (sp := analyze_np(m.group("np"), "de")).kind not in ("organisation", "person", "role"):
        return None
    return sp, m.start("f"), m.end("f")


# rules-1.457: a verb of saying and its subject close the sentence ("Der Bedarf liege nach Schätzungen des Instituts
# höher, sagte er."): the one who says it is the source, not the figures' author inside (also a pronoun, unlike 1.289)
_DE_SAID_TAIL_RE = re.compile(
    r",\s+(?:sagte|sagten|erklärte|erklärten|betonte|betonten|fügte|fügten|schrieb|schrieben|teilte|teilten|so)"
    r"\s+(?:er|sie|der|die|das|ein|eine|[A-ZÄÖÜ])[^;„“\"»«]*$"
)


def de_mid_frame(stext: str) -> re.Match[str] | None:
    """A "laut X" / "nach Angaben X" frame inside the sentence, unless a verb of saying closes the sentence."""
    m = DE_MID_FRAME_RE.search(stext)
    if m is None or ", " not in stext[m.end() :] or _DE_SAID_TAIL_RE.search(stext, m.end()) is None:
        return m
    return None
