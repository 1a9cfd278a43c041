"""Paragraph and sentence splitting with character offsets.

Sentences never end inside a quote span (a multi-sentence quote followed by its attribution is
one unit). Abbreviations ("Mr.", "Gen.", "U.S.") and decimal numbers do not end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

PARA_RE = re.compile(r"[^\n]+")
SENT_END_RE = re.compile(r"[.!?…]+[\"”’»“'\)]*(?=\s+[\"“„«»‘‚'(\[—–\-]?\s?[A-ZА-ЯІЇЄҐÄÖÜ0-9])")
_ABBREV_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|Jr|Sr|No|Nos|Vol|Inc|Corp|Ltd|Co|"
    r"vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|z\.B|bzw|ca|Nr|Dr|т\.?д|т\.?п|"
    r"ім|им|вул|ул|млн|млрд|тис|тыс|грн|руб|р|г|ст|см)"
    r"|\b[A-ZА-Я]|\b(?:U\.S|U\.K|U\.N|E\.U))\.$"
)


_CLOSE_MARK_RE = re.compile(r"[\"”»“]")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Adm Gov Sen Rep St Jr Sr No Nos Vol Inc Corp Ltd Co vs etc approx "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec bzw ca Nr ім им вул ул млн млрд тис тыс грн руб р г ст см "
    "U.S U.K U.N E.U z.B т.д т.п тд тп".split()
)


def _is_abbreviation(text: str, ps: int, dot: int) -> bool:
    """The word before the full stop at ``dot`` is an abbreviation ("Mr.", "U.S.", "млн.") or one
    capital letter (an initial)."""
    if dot - ps >= 3 and text[dot - 3 : dot].isalpha() and text[dot - 3 : dot].islower():
        k = max(text.rfind(" ", ps, dot), text.rfind("\n", ps, dot), ps - 1)
        if dot - k > 8:
            return False  # a long lower-case word ("infrastructure.") is no abbreviation
    j = dot
    while j > ps and (
        text[j - 1].isalnum() or (text[j - 1] == "." and j - 2 >= ps and text[j - 2].isalnum())
    ):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    last = word.rsplit(".", 1)[-1]
    return word in _ABBREVIATIONS or (len(last) == 1 and last.isupper())


class Sentence(NamedTuple):
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
    pi = -1
    for pm in PARA_RE.finditer(text):
        if pm.group().isspace():
            continue
        pi += 1
        ps, pe = pm.span()
        cur = ps
        first = True
        for m in SENT_END_RE.finditer(text, ps, pe):
            cut = m.end()
            if spans and _inside(cut - 1, spans, starts):
                continue
            ms = m.start()
            if text[ms] == "." and _is_abbreviation(text, ps, ms) and not _CLOSE_MARK_RE.search(m.group()):
                continue
            sent = _mk(text, cur, cut, pi, first)
            if sent is not None:
                out.append(sent)
                first = False
            cur = cut
        sent = _mk(text, cur, pe, pi, first)
        if sent is not None:
            out.append(sent)
    return out


def _mk(text: str, s: int, e: int, pi: int, first: bool) -> Sentence | None:
    seg = text[s:e]
    stripped = seg.strip()
    if not stripped:
        return None
    s += len(seg) - len(seg.lstrip())
    return Sentence(s, s + len(stripped), pi, first)


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]
