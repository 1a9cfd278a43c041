"""The speaker of a colon quote after "…, with X responding:" (English, rules-1.31; moved from ``plausible``)."""

from __future__ import annotations

import re

from ingest.extract.plausible import plausible_speaker
from ingest.extract.speakers import SpeakerPhrase

# "…, with Mr Newsom responding: “…”": the person after "with" before a participle and a colon (rules-1.31)
_WITH_PARTICIPLE_RE = re.compile(r",\s+with\s+(?P<np>[A-Z][^,:]{1,60}?)\s+[a-z]{3,}ing\s*:$")


def with_participle_speaker(lead: str, lang: str) -> SpeakerPhrase | None:
    """The speaker of a colon quote whose lead ends "…, with X responding:" (English), else None."""
    m = _WITH_PARTICIPLE_RE.search(lead) if lang == "en" and ", with " in lead else None
    sp = plausible_speaker(m.group("np"), lang) if m is not None else None
    return sp if sp is not None and sp.kind in ("person", "role", "organisation") else None
