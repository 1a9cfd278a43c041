"""Paragraph and sentence splitting with character offsets.

Sentences never end inside a quote span (a multi-sentence quote followed by its attribution is
one unit). Abbreviations ("Mr.", "Gen.", "U.S.") and decimal numbers do not end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

PARA_RE = re.compile(r"[^\n]+")
SENT_END_RE = re.compile(r"[.!?…]+[\"”’»“'\)]*(?=\s+[\"“„«»‘‚'(\[—–\-]?\s?[A-ZА-ЯІЇЄҐÄÖÜ0-9])")
_ABBREV_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|Jr|Sr|No|Nos|Vol|Inc|Corp|Ltd|Co|"
    r"vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|z\.B|bzw|ca|Nr|Dr|т\.?д|т\.?п|"
    r"ім|им|вул|ул|млн|млрд|тис|тыс|грн|руб|р|г|ст|см)"
    r"|\b[A-ZА-Я]|\b(?:U\.S|U\.K|U\.N|E\.U))\.$"
)


_CLOSE_MARK_RE = re.compile(r"[\"”»“]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    para: int  # paragraph index
    first_in_para: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of non-empty lines (news text uses one paragraph per line)."""
    return [(m.start(), m.end()) for m in PARA_RE.finditer(text) if m.group().strip()]


def split_sentences(text: str, quote_spans: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Split into sentences; boundaries inside ``quote_spans`` (open, close offsets) are ignored."""
    spans = sorted(quote_spans or [])
    starts = [s for s, _ in spans]
    out: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        seg = text[ps:pe]
        cur = 0
        first = True
        for m in SENT_END_RE.finditer(seg):
            cut = m.end()
            absolute = ps + cut
            if _inside(absolute - 1, spans, starts):
                continue
            head = seg[max(0, m.start() - 12) : m.start() + 1]
            if _ABBREV_RE.search(head) and not _CLOSE_MARK_RE.search(m.group()):
                continue
            if seg[cur:cut].strip():
                out.append(_mk(text, ps + cur, absolute, pi, first))
                first = False
            cur = cut
        if seg[cur:].strip():
            out.append(_mk(text, ps + cur, pe, pi, first))
    return out


def _mk(text: str, s: int, e: int, pi: int, first: bool) -> Sentence:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Sentence(s, e, pi, first)


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]
