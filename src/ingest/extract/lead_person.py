"""A feature's lead person (rules-1.426): "Marta Hrynko is the chief surgeon of … She spoke to us by phone.",
then a paragraph that is a bare quote. The first statement of the text, a quote with no cue and no earlier
speaker that opens its paragraph, is the one person the text has named before it, when the sentence naming
that person opens with the name (a title at most before it: "Dr Marta Hrynko is …")."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from ingest.extract.entities import Resolved

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver


def lead_person(r: Resolver, opener: int, ref: int) -> Resolved | None:
    """The only person named before ``ref`` for the bare quote opened at ``opener``, or None."""
    text = r.text
    if text[text.rfind("\n", 0, opener) + 1 : opener].strip():
        return None  # "Article 33 affirms: “…”", a headline's "On Trump: ‘…’": not a paragraph of quote
    named = [e for e in r.entities.values() if e.first_pos <= ref]
    if len(named) != 1 or not any(p <= ref for p in named[0].subject_pos):
        return None  # nobody, or two people: the quote may be anyone's (a sign, a crowd, a second voice)
    first = named[0].first_pos
    k = bisect_right(r.sent_starts, first) - 1
    ss = r.sent_starts[k] if k >= 0 else 0
    if len(text[ss:first].split()) > 1:
        return None  # "31 Latinos Share Their Thoughts On Donald Trump": the person is not the lead's subject
    return r.person(named[0])
