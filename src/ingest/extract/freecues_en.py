"""English cue words that are no free cue: the last word of a name ("the Cook Political Report", rules-1.129), and
a long that-less clause's conditions (rules-1.113). Moved from reported.py (rules-1.359) unchanged."""

from __future__ import annotations

import re

from ingest.extract.adjuncts import SUBJECT_CLAUSE_RE

__all__ = ["long_np_clause", "name_part_cue"]

# a capitalised cue word before punctuation, after a lower-case word and one to three capitalised ones: part of a
# name ("… at the Cook Political Report.", "according to the Drudge Report,"; not "…, Lindsey Graham Says.")
_CAP_BEFORE_RE = re.compile(r"\b[a-z]+\s+(?:[A-Z][\w’'.-]*\s+){1,3}$")
_NAME_END_RE = re.compile(r"[.,;:)]")


def name_part_cue(text: str, pos: int, cue_end: int) -> bool:
    """Whether the capitalised cue word at ``pos`` is the last word of a name (rules-1.129)."""
    return (
        _NAME_END_RE.match(text, cue_end) is not None
        and _CAP_BEFORE_RE.search(text, max(0, pos - 40), pos) is not None
    )


# a further attribution after a comma: ", as he argued …", ", claiming …"
_SECOND_ATTRIBUTION_RE = re.compile(
    r",\s+(?:as\s+(?:he|she|they)\s+\w+ed\b|(?:adding|saying|noting|stressing|arguing|warning|insisting|claiming)\b)"
)


def long_np_clause(text: str, pos: int, cue_end: int, end: int) -> bool:
    """(rules-1.113) A long that-less clause after a cue that otherwise needs "that" opens with a short subject
    and an auxiliary ("insisted the contract with the supplier had been signed before …"); the cue is no
    infinitive ("her call to admit his stance is wrong") and no further attribution follows in the sentence."""
    return (
        SUBJECT_CLAUSE_RE.match(text, cue_end, end) is not None
        and not text[max(0, pos - 3) : pos].endswith("to ")
        and _SECOND_ATTRIBUTION_RE.search(text, cue_end, end) is None
    )
