"""(rules-1.122) Reported speech inside a subordinate clause of a sentence that ends in its own attribution:
"The pool will close in March after the operator said it could not pay its bills, the council has confirmed."
The sentence-final cue gives the statement (the whole sentence); the embedded "the operator said …" is part of
it, not a statement that runs on to the comma and swallows the attribution."""

from __future__ import annotations

import re

# a subordinator right before the embedded subject: "after the operator said", "because a judge ruled"
_SUBORDINATOR_END_RE = re.compile(
    r"\b(?:after|because|since|when|while|before|until|although|though|once)\s+$", re.I
)
# ", the city council has confirmed.", ", Network Rail said.", ", industry analysts said."
_TRAILING_BODY_SAY_RE = re.compile(
    r",\s+(?:(?:the|its|their)\s+(?:[A-Za-z][\w'’.-]*\s+){0,4}|(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"|(?:[a-z-]+\s+)?(?!this\b)[a-z]{3,}s\s+)"
    r"(?:has\s+|have\s+)?(?:said|says|confirmed|announced|reported)(?:\s+on\s+\w+day)?\s*[.!]?\s*$"
)


def embedded_final_say(text: str, s: int, subj_from: int, comp: int, e: int) -> bool:
    """True when the subject at ``subj_from`` follows a subordinator and the sentence [s, e) ends in
    ", <the …/Name …> said|has confirmed." after the complement at ``comp``."""
    if subj_from <= s or _SUBORDINATOR_END_RE.search(text, max(s, subj_from - 12), subj_from) is None:
        return False
    k = text.rfind(", ", comp, e)
    return k > comp and _TRAILING_BODY_SAY_RE.match(text, k, e) is not None
