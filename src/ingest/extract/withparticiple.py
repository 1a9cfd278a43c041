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


# rules-1.418: "The bank held its rate, with Governor X saying a strong currency would help." (English): the noun
# phrase after ", with" right before a participle cue is the speaker, not "with X" nor the clause before the comma
# (not a poll's share: ", with 22 percent saying they …", "with a staggering 56 percent of voters saying …")
_WITH_SUBJECT_RE = re.compile(r",\s+with\s+(?P<np>[^,;:()“”\"\d%]{2,60}?)\s+$")
_SHARE_RE = re.compile(r"\bper\s?cent\b|\bmajority\b|\bminority\b|\bhalf\b|\bthird\b|\bquarter\b")


def with_subject(text: str, s: int, cue_start: int) -> tuple[SpeakerPhrase, int] | None:
    """(speaker, where it starts) of a participle cue at ``cue_start`` after "…, with <noun phrase> ", else None."""
    if text.find(", with ", s, cue_start) == -1:
        return None
    m = _WITH_SUBJECT_RE.search(text, s, cue_start)
    sp = plausible_speaker(m.group("np"), "en") if m is not None else None
    if m is None or sp is None or sp.kind == "pronoun" or _SHARE_RE.search(m.group("np")) is not None:
        return None
    return sp, m.start("np")
