"""The person asked as the speaker of an answer (rules-1.288): "Журналист спросил Лаптева, будет ли …. «…», — ответил
он." or "A reporter asked Morel whether …. "…," he replied." A pronoun after a verb of answering is the person a
question was put to in the sentence before, named there as the object of "asked", not the person named last."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ingest.extract.cues import Raw
from ingest.extract.entities import Resolved

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

ANSWER_CUES = frozenset(
    "ответил ответила ответили відповів відповіла відповіли answered replied antwortete".split()
)
# the verb of asking, then the person asked (a capitalised word; Cyrillic in any case form)
_ASKED_RE = re.compile(
    r"\b(?:спросил[аи]?|поинтересовал(?:ся|ась)\s+у|запитав|запитала|запитали|спитав|спитала|asked|fragte)"
    r"\s+(?P<w>[A-ZА-ЯЁІЄЇÄÖÜ][\w'’-]+)"
)


def asked_person(res: Resolver, raw: Raw, gender: str, ref: int) -> Resolved | None:
    """The person a question was put to in the sentence before ``raw``'s quote, when ``raw`` is an answer
    ("ответил он", "he replied") and that person (by surname, of ``gender``) is known; else None."""
    if raw.cue.lower() not in ANSWER_CUES or gender not in ("m", "f") or raw.start < 0:
        return None
    starts = res.sent_starts
    i = bisect_right(starts, raw.start) - 1
    if i < 1:
        return None
    seg = res.text[starts[i - 1] : starts[i]]
    if (
        "спрос" not in seg
        and "запит" not in seg
        and "спитав" not in seg
        and "ask" not in seg
        and "fragte" not in seg
    ):
        return None
    m = _ASKED_RE.search(seg)
    if m is None:
        return None
    ent = res.find_surname(m.group("w"), gender)
    return res.person(ent) if ent is not None else None
