"""Whole-text searches that try a pattern only where it can start (speed; no output changes).

A large alternation (``statebodies.ANY_CLASS_RE``: thirty bodies in four languages, case-insensitive) gives
Python's regular-expression engine no first character to skip to, so ``finditer`` over a 3 KB article tries every
branch at every position: about a millisecond, the largest single pattern cost of the end-to-end corpus.

``NeedledPattern`` reads the pattern once with the engine's own parser and takes, from every branch, the longest
run of literal characters at a fixed distance from the branch's start (its "needle": "foreign" in "foreign
ministry", "стерств" four letters into "м[іи]н[іи]стерств…"). Every match holds one of the needles at one of
those distances, so a match can only start at a needle's place minus its distance. ``finditer`` finds the needles
with ``str.find`` (in the lower-cased text when the pattern ignores case) and calls ``match`` at those starts
only, in order, as ``finditer`` would: the matches are the same, in the same order.

When exactness cannot be shown, the plain ``finditer`` runs: a branch without a needle of at least
``MIN_NEEDLE`` letters (the pattern then has no needle set at all), and, for a pattern that ignores case, a text
whose lower-casing is not letter for letter (a letter that lower-cases to two, "İ") or that holds a letter the
engine folds unlike ``str.lower`` (the dotless "ı", the long "ſ", the Kelvin sign, Greek and Cyrillic variants).
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

MIN_NEEDLE = 3
_MAX_SPREAD = 3

# letters the engine folds to another letter than ``str.lower`` gives, and the final sigma that ``str.lower``
# spells by its context: a text holding one is searched the plain way
_FOLD_UNLIKE_LOWER_RE = re.compile(
    "[\u00b5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80-\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb05\ufb06]"
)
# an inline flag that turns case-folding on inside a pattern that does not fold as a whole
_INLINE_FOLD_RE = re.compile(r"\(\?[a-zA-Z-]*i")
_FIXED = {_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.CATEGORY}
_ZERO = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def _needles_of(
    items: list[tuple[Any, Any]], start: frozenset[int]
) -> list[tuple[str, frozenset[int]]] | None:
    """(needle, its distances from the match's start) choices, one of which every match of ``items`` holds, or
    None. ``start``: the distances the first item may have."""
    best = ""
    best_at: frozenset[int] = start
    run: list[str] = []
    run_at = offset = start
    for op, av in items:
        if op is _c.LITERAL:
            if not run:
                run_at = offset
            run.append(chr(av))
            offset = frozenset(o + 1 for o in offset)
            if len(run) > len(best):
                best, best_at = "".join(run), run_at
            continue
        run = []
        if op in _ZERO:
            continue
        if op in _FIXED:
            offset = frozenset(o + 1 for o in offset)
            continue
        if len(best) < MIN_NEEDLE and op is _c.BRANCH:
            choices: list[tuple[str, frozenset[int]]] | None = []
            for alt in av[1]:
                found = _needles_of(list(alt.data), offset)
                if found is None or choices is None:
                    choices = None
                    break
                choices.extend(found)
            if choices is not None:
                return choices
        inner = _needles_of(list(av[3].data), offset) if op is _c.SUBPATTERN else None
        if len(best) < MIN_NEEDLE and inner is not None:
            return inner
        lo, hi = _width(op, av)
        if hi - lo > _MAX_SPREAD:
            break  # (``\w*``: what follows is at no bounded distance)
        offset = frozenset(o + w for o in offset for w in range(lo, hi + 1))
    return [(best, best_at)] if len(best) >= MIN_NEEDLE else None


def _width(op: Any, av: Any) -> tuple[int, int]:
    sub = _p.SubPattern(_p.State(), [(op, av)])
    lo, hi = sub.getwidth()
    return int(lo), int(min(hi, 1 << 20))


def needles_of(pattern: re.Pattern[str]) -> dict[str, tuple[int, ...]] | None:
    """Every needle of ``pattern`` with its distances from a match's start, or None when a branch has none."""
    if not pattern.flags & re.IGNORECASE and _INLINE_FOLD_RE.search(pattern.pattern):
        return None
    tree = _p.parse(pattern.pattern, pattern.flags)
    found = _needles_of(list(tree.data), frozenset((0,)))
    if found is None:
        return None
    out: dict[str, set[int]] = {}
    for needle, ats in found:
        key = needle.lower() if pattern.flags & re.IGNORECASE else needle
        if pattern.flags & re.IGNORECASE and (len(key) != len(needle) or _FOLD_UNLIKE_LOWER_RE.search(key)):
            return None
        out.setdefault(key, set()).update(ats)
    return {k: tuple(sorted(v)) for k, v in out.items()}


class NeedledPattern:
    """A compiled pattern whose ``finditer`` tries only the starts its needles allow (same matches, same order)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needles = needles_of(pattern)
        self.folds = bool(pattern.flags & re.IGNORECASE)

    def starts(self, text: str, pos: int, end: int) -> list[int] | None:
        """Every start a match in ``text[pos:end]`` may have, in order; None to search the plain way."""
        needles = self.needles
        if needles is None:
            return None
        hay = text
        if self.folds:
            hay = text.lower()
            if len(hay) != len(text) or (not text.isascii() and _FOLD_UNLIKE_LOWER_RE.search(text)):
                return None
        found: set[int] = set()
        for needle, dists in needles.items():
            at = hay.find(needle, pos, end)
            while at >= 0:
                for d in dists:
                    if at - d >= pos:
                        found.add(at - d)
                at = hay.find(needle, at + 1, end)
        return sorted(found)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """The matches ``pattern.finditer(text, pos, endpos)`` gives (non-empty matches), as a list."""
        end = len(text) if endpos is None else min(endpos, len(text))
        starts = self.starts(text, pos, end)
        if starts is None:
            return list(self.pattern.finditer(text, pos, end))
        out: list[re.Match[str]] = []
        after = pos
        match = self.pattern.match
        for s in starts:
            if s < after:
                continue
            m = match(text, s, end)
            if m is not None and m.end() > s:
                out.append(m)
                after = m.end()
        return out
