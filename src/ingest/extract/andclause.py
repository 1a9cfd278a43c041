"""A clause after a mid-sentence attribution (rules-1.136): "Visibility is rarely more than two metres, he
explains, and the tide gives the team forty minutes." The attribution closes the statement before it (the clause
after ", and" is the writer's, as "…, she conceded, and the board would meet." in rules-1.3); a long clause there
is no reason to drop the cue word."""

from __future__ import annotations

import re

# "Visibility is rarely more than two metres, he explains, and the tide gives the team forty minutes.":
# a pronoun's attribution in the middle, then ", and" and a clause with a subject of its own
_PRONOUN_BEFORE_RE = re.compile(r",\s+(?:he|she|they)\s+$")
_AND_CLAUSE_RE = re.compile(r",\s+and\s+(?=(?:the|a|an|there|it|its|his|her|their|this|that|these|those)\s)")
_FINITE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|\w+s|\w+ed)\b")


def and_clause_start(text: str, cue_start: int, cue_end: int, end: int) -> int:
    """Where the clause of "…, he explains, and the tide gives …" after the attribution starts (the cue word at
    ``cue_start``–``cue_end``), or -1: only after a pronoun speaker, and with a subject and a verb."""
    if not _PRONOUN_BEFORE_RE.search(text, max(0, cue_start - 8), cue_start):
        return -1
    m = _AND_CLAUSE_RE.match(text, cue_end, end)
    if m is None or end - m.end() < 20 or _FINITE_RE.search(text, m.end(), end) is None:
        return -1
    return m.end()
