"""Cue words used as nouns (rules-1.40): "his warning about the cables", "the saying goes" — a
determiner or a possessive before the word makes it a noun, not a participle that opens a statement."""

from __future__ import annotations

import re

# the word right before a position: a determiner or possessive ("his warning", "a warning", "the warning")
_DETERMINER_END_RE = re.compile(r"(?i:\b(?:a|an|the|this|that|his|her|its|their|our|my|your|any|no))\s+$")


def has_determiner_before(text: str, pos: int) -> bool:
    """A determiner or possessive right before ``pos`` in ``text``."""
    return _DETERMINER_END_RE.search(text, max(0, pos - 8), pos) is not None
