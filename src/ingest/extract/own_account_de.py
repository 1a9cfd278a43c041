"""German subjects that are their own source inside the sentence: "Die Staatsanwaltschaft prüft nach eigenen
Angaben, ob …", "Das Unternehmen beschäftigt nach eigenen Angaben 300 Menschen" (rules-1.137)."""

from __future__ import annotations

import re

from ingest.extract.speakers import SpeakerPhrase, analyze_np

# the sentence's subject (with its article), its finite verb, then "nach eigenen Angaben"
_DE_OWN_ACCOUNT_RE = re.compile(
    r"\s*(?P<np>(?:Der|Die|Das)\s+[^,;:„“\"()]{2,60}?)\s+(?:[a-zäöüß]+)(?P<frame>\s+nach\s+eigenen\s+Angaben)\b,?"
)
_OWN_SOURCE_KINDS = frozenset(("organisation", "person", "role"))


def de_own_account(stext: str, lang: str) -> tuple[SpeakerPhrase, int, int] | None:
    """(the subject, the frame's start and end in ``stext``) when the sentence ``stext`` opens with a
    subject and its verb followed by "nach eigenen Angaben"; None otherwise."""
    if lang != "de" or (m := _DE_OWN_ACCOUNT_RE.match(stext)) is None:
        return None
    sp = analyze_np(m.group("np"), lang)
    if sp.kind not in _OWN_SOURCE_KINDS:
        return None
    return sp, m.start("frame"), m.end("frame")
