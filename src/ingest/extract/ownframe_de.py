"""German "nach eigenen Angaben" inside a sentence: its subject is the source (rules-1.132)."""

from __future__ import annotations

import re

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
