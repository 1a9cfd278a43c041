"""Ukrainian/Russian heads of different bodies (rules-1.109): "глава района" is not the person introduced as
"директор турбазы «Кедровый берег»", though both are of the class "head" (role_class)."""

from __future__ import annotations

import re

from ingest.extract.roles import role_class

_CYR_WORD_RE = re.compile(r"(?<![\w«\"])[а-яёіїєґ][а-яёіїєґ'’-]{4,}")


def _complements(phrase: str) -> set[str]:
    """The lower-case words of a role phrase that are not role words themselves (the body it heads: "района",
    "турбазы"), without their last two letters (the case ending); words in quote marks (a name) are left out."""
    return {w[:-2] for w in _CYR_WORD_RE.findall(phrase.split("«", 1)[0]) if not role_class(w)}


def other_body_head(phrase: str, roles: list[str]) -> bool:
    """``phrase`` ("Глава района") is a generic head of a body and every role of the candidate that is also a
    generic head names another body ("директор турбазы"): another person."""
    if role_class(phrase) != "head" or not (mine := _complements(phrase)):
        return False
    theirs = [c for r in roles if role_class(r) == "head" and (c := _complements(r))]
    return bool(theirs) and not any(_shared(mine, c) for c in theirs)


def _shared(mine: set[str], theirs: set[str]) -> bool:
    """A complement word in both, one inside the other ("компании" in "госкомпании")."""
    return any(a in b or b in a for a in mine for b in theirs)
