"""rules-1.408: a "that" after a noun of an adjunct that takes a clause of its own ("…, the governor said on
Wednesday, after weeks of complaints that payments were late"): the noun's clause, not the cue's complement."""

from __future__ import annotations

import re

from ingest.extract.adjuncts import adjunct_between
from ingest.extract.lexicon import words as _w

# nouns that take a "that"-clause of their own (the news' usual ones, singular and plural)
_CLAUSE_NOUNS = frozenset(
    _w(
        "complaint complaints claim claims fear fears concern concerns warning warnings rumour rumours rumor rumors "
        "allegation allegations accusation accusations suggestion suggestions speculation hope hopes doubt doubts "
        "report reports sign signs assurance assurances promise promises criticism charge charges"
    )
)
# the adjunct's preposition, up to four words before the noun ("after weeks of", "amid growing", "despite")
_ADJUNCT_HEAD_RE = re.compile(
    r"\b(?:after|amid|amidst|despite|following|over|against)\s+(?:[\w’'-]+\s+){0,4}$"
)


def noun_that(between: str, noun: str) -> bool:
    """``between`` (the text from the cue's end to a "that") ends in ``noun``, a noun that takes a clause, inside
    an adjunct opened by "after", "amid", "despite", "following", "over" or "against" that follows the cue
    (after adjuncts only): no complement of the cue's."""
    if noun.lower() not in _CLAUSE_NOUNS:
        return False
    head = between.rstrip()
    m = _ADJUNCT_HEAD_RE.search(head, 0, len(head) - len(noun))
    if m is None:
        return False
    pre = head[: m.start()]  # only adjuncts before it ("said on Wednesday, after …"), no clause of the cue's
    return not pre.strip(" ,") or adjunct_between(pre)
