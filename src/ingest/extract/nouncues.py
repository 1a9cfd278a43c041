"""Cue words used as nouns (rules-1.40): "his warning about the cables", "the saying goes" — a
determiner or a possessive before the word makes it a noun, not a participle that opens a statement."""

from __future__ import annotations

import re

# the word right before a position: a determiner or possessive ("his warning", "a warning", "the warning")
_DETERMINER_END_RE = re.compile(r"(?i:\b(?:a|an|the|this|that|his|her|its|their|our|my|your|any|no))\s+$")


def has_determiner_before(text: str, pos: int) -> bool:
    """A determiner or possessive right before ``pos`` in ``text``."""
    return _DETERMINER_END_RE.search(text, max(0, pos - 8), pos) is not None


# rules-1.324: ", adding about 72 pounds a year to …", ", adding to the 500 it cut last year": "adding" before an
# amount or "to" is arithmetic, not a further statement
_ADDING_AMOUNT_RE = re.compile(
    r"\s+(?:to|about|around|roughly|some|nearly|almost|approximately|another|over|up\s+to|more\s+than|[$£€\d])"
)


def adds_amount(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] is "adding" before an amount or "to" (arithmetic, rules-1.324)."""
    return text.startswith("adding", start) and _ADDING_AMOUNT_RE.match(text, end) is not None


def speech_participle(text: str, start: int, end: int) -> bool:
    """The participle at text[start:end] (", adding …", ", saying …") opens a further statement: no determiner before
    it ("his warning", rules-1.40), and no amount after "adding"."""
    return not has_determiner_before(text, start) and not adds_amount(text, start, end)
