"""A second clause joined by a bare "and" with a name of its own as subject (rules-1.129): "… asked for a
photo and Clinton said, “…”", "… said that the roads were closed and Clinton said …". The first clause's
complement ends before "and", and the name is the second cue's subject."""

from __future__ import annotations

import re

from ingest.extract.raw import Raw

# "and" + one to three capitalised words right before the cue
_AND_NAME_RE = re.compile(
    r"\s+and\s+(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+(?:\s+\([A-Z][^()]{0,18}\),?)?\s+(?:[a-z]+ly\s+)?$"
)  # "Cruz strongly said", "and Sen. John McCain (R-Ariz.), said" (rules-1.169)
_PARTY_TAG_RE = re.compile(r"\([A-Z][^()]{0,18}\),?")
# the first part: two words or more, not ending in a preposition or "both" ("between Kyiv and Moscow")
_BEFORE_AND_RE = re.compile(
    r"\s*(?:\S+\s+)+(?<!\bbetween\s)(?<!\bof\s)(?<!\bboth\s)(?<!\bwith\s)[a-z][\w’'-]*,?\s*"
)  # (its last word in lower case: "the American and Israeli strikes", "the Parks and Recreation Department")
_PRONOUNS = frozenset(("I", "He", "She", "It", "We", "They"))


def and_name_break(text: str, cs: int, cu: int) -> int | None:
    """Where " and <Name>" starts before the cue at ``cu`` when text[cs:] up to it is a clause of its own."""
    k = text.rfind(" and ", cs, cu)
    if (
        k == -1
        or cu - k > 60
        or "," in _PARTY_TAG_RE.sub("", text[k:cu])
        or not (m := _AND_NAME_RE.match(text, k, cu))
    ):
        return None
    if text[k + 5 : cu].split()[0] in _PRONOUNS or not _BEFORE_AND_RE.fullmatch(text, cs, k):
        return None
    return m.start()


def and_name_before_quote(text: str, cs: int, ce: int, direct: list[Raw]) -> int | None:
    """The " and <Name>" before the cue of a direct quote inside text[cs:ce], if any."""
    for d in direct:
        if cs < d.cue_pos < ce and (at := and_name_break(text, cs, d.cue_pos)) is not None:
            return at
    return None


def and_name_subject(text: str, s: int, cue: int, finite: re.Pattern[str]) -> int | None:
    """Where the subject of the cue at ``cue`` starts after " and " when a finite clause stands before it."""
    k = and_name_break(text, s, cue)
    return k + 4 if k is not None and finite.search(text, s, k) else None


_AND_BREAK_RE = re.compile(r", and ")
# rules-1.350: a present-tense verb of attitude before ", and" also ends a clause ("Shopkeepers fear losing
# customers, and the association said …"); nouns that are also verbs ("plans", "needs") are left out
_PRESENT_BEFORE_AND_RE = re.compile(
    r"\b(?:fears?|expects?|wants?|hopes?|worr(?:y|ies)|remains?|opposes?|believes?|insists?|complains?)\b"
)


def and_clause_break(text: str, lo: int, cue: int, brk: int, finite_re: re.Pattern[str]) -> int:
    """The offset of the comma of the last ", and " in text[lo:cue] that follows a clause with a verb of its
    own (``brk`` if none): "… was cut, and the minister said …", not a list of names."""
    frm = lo
    for m in _AND_BREAK_RE.finditer(text, lo, cue):
        if (
            finite_re.search(text, frm, m.start()) or _PRESENT_BEFORE_AND_RE.search(text, frm, m.start())
        ) and not text.startswith(("who ", "which "), m.end()):
            brk = m.end() - 1  # (not "X, who testified …, and who asked …, said": a second relative, 1.20)
            frm = m.end()
    return brk
