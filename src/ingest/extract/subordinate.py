"""The subject of a cue inside an English adverbial clause that follows the main clause: "Shares in Lumera
fell 11 percent on Wednesday after the company warned that …" → "the company", not the whole stretch from the
sentence start (rules-1.48)."""

from __future__ import annotations

import re

_SUBORDINATOR_RE = re.compile(
    r"\s(?:after|before|when|because|since|until|once)\s+(?=(?:the|a|an|its|their|his|her)\s|[A-Z])"
)
_RELATIVE_RE = re.compile(r"\b(?:who|which|whose|whom|that)\b|,")


def subject_after_subordinator(text: str, start: int, cue: int, finite: re.Pattern[str]) -> int | None:
    """Where the subject starts when the last subordinator before the cue (and after ``start``) follows a main
    clause with a finite verb (``finite``) and no relative clause or comma; None otherwise."""
    last = None
    for m in _SUBORDINATOR_RE.finditer(text, start, cue):
        last = m
    if last is None or "," in text[last.end() : cue]:
        return None
    head = text[start : last.start()]
    if _RELATIVE_RE.search(head) or not finite.search(head):
        return None
    return last.end()
