"""A cue word used as a noun by the word right before it ("the report", "a statement"): the cheap check
of the reported-speech finder, moved out of ``cues`` (rules-1.388)."""

from __future__ import annotations

import re

from ingest.extract.lexicon import words as _w

_NOUN_CONTEXT_RE = re.compile(
    r"\b(?:the|a|an|this|these|those|its|his|her|their|our|my|your|own|United)\s+$", re.I
)
_NOUN_CONTEXT_WORDS = frozenset(_w("the a an this these those its his her their our my your own united"))


def noun_context(text: str, pos: int) -> bool:
    """``_NOUN_CONTEXT_RE.search(text, max(0, pos - 12), pos)``: a determiner (or "United") and white
    space right before the cue word at ``pos`` ("the report", "a statement"), found by looking up the
    whole word before the blanks (a word that is not ASCII goes to the regex: re.I folds more)."""
    lo = max(0, pos - 12)
    win = text[lo:pos]
    core = win.rstrip()
    if len(core) == len(win):
        return False  # no white space right before pos
    k = len(core)
    while k > 0 and (core[k - 1].isalnum() or core[k - 1] == "_"):
        k -= 1
    word = core[k:]
    if not word.isascii():
        return _NOUN_CONTEXT_RE.search(text, lo, pos) is not None
    if k == 0 and lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] == "_"):
        return False  # the word begins before the window (no word boundary where the search starts)
    return word.lower() in _NOUN_CONTEXT_WORDS
