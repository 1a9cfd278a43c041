"""A person noun with a participle phrase after it as a speaker (English, rules-1.303): "the mediator leading the
negotiations said", "the prosecutor handling the case told reporters", "a lawyer representing the family said".
The phrase is a clause to the shape test (its -ing word reads as a verb), so the speaker was lost; the head noun
phrase before the participle is the speaker. Only a known person noun heads it, and only a determiner opens the
participle's object, so "the company making the chips" (no person noun) and "a man who was walking" (a relative
clause) are left alone."""

from __future__ import annotations

import re

from ingest.extract.lexicon import PERSON_NOUNS

_ROLE_PARTICIPLE_RE = re.compile(
    r"\s*(?P<head>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+))\s+[a-z]{3,}ing\s+"
    r"(?:(?:over|on|for|into|with)\s+)?(?:the|a|an|its|his|her|their)\s+[a-z][\w'’ -]{0,60}?\s*,?\s*"
)


def role_participle_head(raw: str) -> str | None:
    """The head noun phrase of ``raw`` when it is "<the|a> … <person noun> <-ing> <the|a …> …", else None."""
    m = _ROLE_PARTICIPLE_RE.fullmatch(raw)
    if m is None or m.group("noun") not in PERSON_NOUNS:
        return None
    return m.group("head")
