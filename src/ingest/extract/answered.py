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


# rules-1.318: a known person as the subject of a short sentence with no quote before a quote that opens the next
# ("Asked whether he feared another standoff, Okafor smiled. “I fear it every morning,” he said."): the "he" is
# that person, not an unnamed speaker quoted since the person was last quoted
_SUBJECT_OPENER_RE = re.compile(r"(?:(?:Asked|Pressed)\b[^.;:“”\"]*?,\s)?(?P<w>[A-Z][a-z'’-]+)\s[a-z]+ed\b")


def subject_opener(res: Resolver, raw: Raw, gender: str) -> Resolved | None:
    """The person (by surname, of ``gender``) who opens the quote-free sentence before ``raw``'s, when ``raw`` is
    an English direct quote opening its sentence ("…, Okafor smiled. “…,” he said."); else None."""
    if res.lang != "en" or raw.kind != "direct" or gender not in ("m", "f") or raw.start < 1:
        return None
    starts = res.sent_starts
    i = bisect_right(starts, raw.start) - 1
    if i < 1 or res.text[starts[i]] not in '“"':
        return None
    seg = res.text[starts[i - 1] : starts[i]]
    if "“" in seg or '"' in seg or len(seg) > 200 or (m := _SUBJECT_OPENER_RE.match(seg)) is None:
        return None
    ent = res.find_surname(m.group("w"), gender)
    return res.person(ent) if ent is not None and ent.gender == gender else None  # not "Hnatiuk …, she said"
