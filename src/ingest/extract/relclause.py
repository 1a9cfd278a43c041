"""Where a statement reported inside a relative clause ends (English, rules-1.173): in "Marcus Bell, who said he
had been dropped at 21, asked whether …" the clause of "who said" ends at the comma before the main clause's own
past verb ("asked", "voted"; not another cue verb such as "tweeted"), not at the end of the sentence. Only when
the content before that comma already has a finite verb of its own, so that a participle inside it ("who said the
plan, approved last week, was …") is no end."""

from __future__ import annotations

import re

from ingest.extract.cues import is_cue
from ingest.extract.lexicon import words as _w

# the cue is in a relative clause on the subject: "X, who said (that) …", "the firm, which says …"
_REL_CUE_BEFORE_RE = re.compile(
    r",\s+(?:who|which)\s+(?:also\s+|has\s+|had\s+|have\s+)?(?:said|says|told\s+\w+(?:\s+\w+)?|argued|claimed|"
    r"insisted|added)\s+(?:that\s+)?$"
)
# the main clause's verb after a comma: a past form in -ed or an irregular past
_MAIN_VERB_RE = re.compile(r",\s+(?:(?:also|then|later|later\s+on)\s+)?(?P<v>[a-z]{3,})\b")
_IRREGULAR_PAST = frozenset(
    _w(
        "told left went made took gave came won lost got kept met led spent sent paid sold bought brought "
        "thought felt held stood ran wrote spoke broke chose rose fell began became drew"
    )
)
# a question is no statement of the main clause ("…, asked whether …"); another cue verb ("…, tweeted that …")
# keeps the sentence whole, as before (its own statement is not found apart from the relative clause)
_QUESTION_VERBS = frozenset(_w("asked wondered questioned inquired enquired"))
# the content's own finite verb before the comma
_FINITE_BEFORE_RE = re.compile(
    r"\b(?:is|are|was|were|had|has|have|will|would|could|can|should|may|might|must|did|does|do|[a-z]{3,}ed)\b"
)


def relative_clause_end(text: str, cs: int, ce: int) -> int | None:
    """The end of the content ``text[cs:ce]`` of a cue in a relative clause ("…, who said …, asked …"): the
    offset of the comma before the main clause's past verb, else None."""
    if _REL_CUE_BEFORE_RE.search(text, max(0, cs - 48), cs) is None:
        return None
    for m in _MAIN_VERB_RE.finditer(text, cs, ce):
        v = m.group("v")
        if not (v.endswith("ed") or v in _IRREGULAR_PAST) or not _FINITE_BEFORE_RE.search(
            text, cs, m.start()
        ):
            continue
        return None if is_cue(v, "en") and v not in _QUESTION_VERBS else m.start()
    return None
