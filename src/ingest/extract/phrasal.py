"""Phrasal cues and asides between a cue and its "that": "pointed out that", "said afterwards that",
and verbs that report speech only with "back" ("hit back that …", "fired back that …", rules-1.42); a
participle clause after a sentence-final cue (", accepting …", rules-1.49)."""

from __future__ import annotations

import re

# Words between a cue and "that" that leave the cue's clause intact (rules-1.35: "pointed out that";
# rules-1.42: "said afterwards that …")
ASIDE_RE = re.compile(
    r"\s*,?\s*(?:however|though|too|also|again|further|moreover|nevertheless|nonetheless|instead|meanwhile|"
    r"then|now|repeatedly|privately|publicly|separately|out|afterwards|afterward|later)\s*,?\s*"
)
# Verbs that report speech only as "VERB back": "hit back that", "shot back that", "fired back that"
BACK_CUES = frozenset(("hit", "hits", "shot", "shoots", "fired", "fires", "struck", "strikes"))
# "back", an optional target ("back at the mayor") and "that"
_BACK_THAT_RE = re.compile(r"\s+back\b(?:\s+at\s+[^,.;:\"“”]{1,40}?)?\s*,?\s*that\b")


def find_back_complement(text: str, pos: int, end: int) -> int | None:
    """The start of the reported clause after a "back" cue ending at ``pos`` ("hit back that …"), or
    None when the verb is not followed by "back … that" (then it reports nothing: "the storm hit")."""
    m = _BACK_THAT_RE.match(text, pos, end)
    return m.end() if m is not None else None


# rules-1.49: adjuncts after a cue, then a participle clause ("…, the government announced on Thursday,
# accepting …"): for the verbs that need "that" unless they end the sentence, the sentence ends at the comma
_TAIL_PARTICIPLE_RE = re.compile(
    r"(?:\s+(?:on|in|at|late|earlier|last|this)\b[^,.]{0,30})?(?P<at>),\s+[a-z]{3,}ing\b"
)


def participle_tail(text: str, pos: int, end: int) -> int:
    """Where a participle clause after the cue ending at ``pos`` begins (its comma), else ``end``."""
    m = _TAIL_PARTICIPLE_RE.match(text, pos, end)
    return m.end("at") if m is not None else end


_THAT_NEXT_RE = re.compile(r"\s*(?:,\s*)?(?:that\b|:)")
# rules-1.272: a participle aside before the sentence's own cue ("The president, writing on X, said …")
_ASIDE_PARTICIPLE_RE = re.compile(
    r"\s+(?:on|in|to)\s+[^,.;\n]{1,40},\s+(?:[a-z]+\s+)?(?:said|says|told|tells|wrote|writes|added)\b"
)


def no_en_cue(text: str, word: str, end: int, that_only: frozenset[str]) -> bool:
    """English: a cue word that reports nothing where it stands (ending at ``end``): a "that"-only cue without
    "that" ("member states", "has continued to …"), or a participle aside before the sentence's own cue ("The
    president, writing on X, said …" gave the quote "said the country …", rules-1.272)."""
    if word in that_only and not _THAT_NEXT_RE.match(text, end):
        return True
    return word in ("writing", "tweeting", "posting") and _ASIDE_PARTICIPLE_RE.match(text, end) is not None
