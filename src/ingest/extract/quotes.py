"""Quote-mark grammar: find direct-quote spans in a text.

Handles “…”, "…", «…», „…“ (and „…”), ‘…’, ‚…‘, »…«, '…' with nesting of a different mark
inside, apostrophes (don’t, Ukraine’s) and multi-paragraph quotes: a paragraph that ends inside
an open quote continues in the next paragraph when that paragraph opens with a quote mark.

A quote's ``parts`` are the content segments (one per paragraph). ``quote_text`` joins them with
one space; ``doc.text[start:end]`` equals the quote for single-part quotes, and for multi-part
quotes equals it after :func:`join_span` (each paragraph break plus the re-opening mark → one space).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

QUOTE_CHARS = "“”„‟\"«»‹›‘’‚'"
QUOTE_CHAR_RE = re.compile(r"[“”„‟\"«»‹›‘’‚']")


def char_positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of the characters ``chars`` in ``text`` (str.find per character: several times
    faster than a regex whose matches are built one by one)."""
    out: list[int] = []
    for c in chars:
        i = text.find(c)
        while i != -1:
            out.append(i)
            i = text.find(c, i + 1)
    out.sort()
    return out


_CLOSERS: dict[str, str] = {
    "“": '”“"',
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "‚": "‘’",
    "‘": "’",
    '"': '"”',
    "'": "'",
    "”": "”",
}
_OPENERS = set(_CLOSERS)
_SPACE_BEFORE = set(" \t\n([{—–-/")
TRIM_CHARS = " \t\n,;:—–-"


@dataclass(slots=True, init=False)
class QuoteSpan:
    open_pos: int  # offset of the opening mark
    close_pos: int  # offset of the closing mark
    parts: list[tuple[int, int]] = field(default_factory=list)  # content segments (start, end)

    def __init__(self, open_pos: int, close_pos: int, parts: list[tuple[int, int]] | None = None) -> None:
        self.open_pos = open_pos  # (see entities.Entity)
        self.close_pos = close_pos
        self.parts = [] if parts is None else parts

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _is_letter(c: str) -> bool:
    return c.isalnum()


def _can_open(text: str, i: int, ch: str) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace() and ch not in "«„":
        return False
    if ch in "'’‘":
        # an apostrophe sits between letters or after a letter (plural possessive)
        return not _is_letter(prev) and (nxt.isalnum() or nxt in '“"«„…')
    if ch in "»":  # German »…« opens only after a space
        return prev.isspace() or prev in "([—–-" or i == 0
    if ch in "”":
        return prev.isspace() or i == 0
    if ch == '"':
        return not _is_letter(prev) or prev.isspace()
    return True


def _can_close(text: str, i: int, ch: str) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'’":
        return not _is_letter(nxt) and not prev.isspace()
    return not (prev.isspace() and nxt.isalnum() and ch not in "«»")


def find_quotes(text: str) -> list[QuoteSpan]:
    """All top-level quote spans, in text order."""
    out: list[QuoteSpan] = []
    n = len(text)
    i = 0
    marks = char_positions(text, QUOTE_CHARS)
    mi = 0
    while mi < len(marks):
        i = marks[mi]
        ch = text[i]
        if ch not in _OPENERS or not _can_open(text, i, ch):
            mi += 1
            continue
        span = _scan(text, i, marks, mi + 1, n)
        if span is None:
            mi += 1
            continue
        out.append(span)
        # continue after the closing mark
        while mi < len(marks) and marks[mi] <= span.close_pos:
            mi += 1
    return out


def _scan(text: str, open_pos: int, marks: list[int], mi: int, n: int) -> QuoteSpan | None:
    opener = text[open_pos]
    closers = _CLOSERS[opener]
    stack: list[str] = []
    parts: list[tuple[int, int]] = []
    seg_start = open_pos + 1
    while mi < len(marks):
        j = marks[mi]
        nl = text.find("\n", seg_start, j)
        if nl != -1:  # paragraph break inside the quote
            nxt = _continuation(text, nl, opener)
            if nxt is None:
                nxt = _bare_continuation(text, nl, opener, len(parts))
            if nxt is None:
                return _cut_off(text, open_pos, seg_start, parts)
            parts.append((seg_start, nl))
            seg_start = nxt
            while mi < len(marks) and marks[mi] < nxt:
                mi += 1
            stack.clear()
            continue
        ch = text[j]
        if stack:
            if ch in _CLOSERS[stack[-1]] and _can_close(text, j, ch):
                stack.pop()
            elif ch in _OPENERS and ch not in closers and _can_open(text, j, ch):
                stack.append(ch)
        elif (ch in closers or (opener == "„" and ch == '"' and _straight_closes(text, j))) and _can_close(
            text, j, ch
        ):
            parts.append((seg_start, j))
            return _trimmed(text, QuoteSpan(open_pos, j, parts))
        elif ch in _OPENERS and ch != opener and _can_open(text, j, ch) and ch not in "'’":
            stack.append(ch)
        mi += 1
    return _cut_off(text, open_pos, seg_start, parts)


def _straight_closes(text: str, j: int) -> bool:
    """A straight " closes a German „ unless a “ or ” closes it later in its paragraph before another „
    opens: „…" is a common mixed form in feeds whose software straightened the closing marks
    (rules-1.334)."""
    pe = text.find("\n", j)
    pe = len(text) if pe == -1 else pe
    c1 = text.find("“", j, pe)
    c2 = text.find("”", j, pe)
    curly = c2 if c1 == -1 or (c2 != -1 and c2 < c1) else c1
    return curly == -1 or text.find("„", j, curly) != -1


# rules-1.253: a feed's summary cut off inside a quote ("…, „doch die Helfer sind am Ende ihrer […]", "«… тож…")
_CUT_OFF_RE = re.compile(r"\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*$")


def _cut_off(text: str, open_pos: int, seg_start: int, parts: list[tuple[int, int]]) -> QuoteSpan | None:
    """A quote of one paragraph that the feed cut off before its closing mark: it ends at the ellipsis
    that ends the paragraph (an opening „ « “ or " and five words at least: "Who else is…" stays out), else None (no quote)."""
    if parts or text[open_pos] not in '«„“"':
        return None
    nl = text.find("\n", seg_start)
    pe = len(text) if nl == -1 else nl
    m = _CUT_OFF_RE.search(text, seg_start, pe)
    if m is None or not has_words(text[seg_start : m.start()], 5):
        return None
    return _trimmed(text, QuoteSpan(open_pos, m.start(), [(seg_start, m.start())]))


def _continuation(text: str, nl: int, opener: str) -> int | None:
    """Start of the continued content when the next paragraph re-opens the quote, else None."""
    k = nl
    while k < len(text) and text[k].isspace():
        k += 1
    if k < len(text) and (text[k] == opener or (text[k] in '“„«"' and opener in '“„«"')):
        return k + 1
    return None


def _bare_continuation(text: str, nl: int, opener: str, done: int) -> int | None:
    """A quote that runs on into the next paragraph without re-opening («… \n … », — сказав він): the
    next paragraph must close it before opening another quote (at most two such paragraphs)."""
    if opener not in "«„“" or done >= 2:
        return None
    k = nl
    while k < len(text) and text[k].isspace():
        k += 1
    end = text.find("\n", k)
    end = len(text) if end == -1 else end
    if k >= end or text[k] in '—–-«»„“”"':
        return None
    closers = _CLOSERS[opener].replace(opener, "")
    for j in range(k, end):
        ch = text[j]
        if ch == opener or (ch in "«„" and ch != opener):
            return None
        if ch in closers and _can_close(text, j, ch):
            return k
    return None


def _trimmed(text: str, span: QuoteSpan) -> QuoteSpan | None:
    parts = []
    for s, e in span.parts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in TRIM_CHARS:
            e -= 1
        if e > s:
            parts.append((s, e))
    if not parts:
        return None
    span.parts = parts
    return span


def quote_text(text: str, span: QuoteSpan) -> str:
    return " ".join(text[s:e] for s, e in span.parts)


JOIN_RE = re.compile(r"\s*\n\s*[“„«\"‘‚»]?")


def join_span(text: str, start: int, end: int) -> str:
    """The quote as stored for offsets ``start:end`` (paragraph break + re-opening mark → space)."""
    return JOIN_RE.sub(" ", text[start:end])


def window_end(text: str, start: int, end: int, size: int) -> int:
    """The end of a window of about ``size`` characters from ``start`` (at most ``end``) that cuts no word: a
    long attribution's last name is read whole ("… по региональной политике Ирина Баскова", rules-1.226)."""
    lim = min(end, start + size)
    while lim < end and text[lim - 1 : lim + 1].isalnum():
        lim += 1
    return lim


def word_count(s: str) -> int:
    return len(WORD_RE.findall(s))


_WORD = (
    r"\w+(?:[’'\-]\w+(?:[’'\-]\w+)*|)"  # (the repeated group only after a first mark: see cues.WORD_TOKEN_RE)
)
_AT_LEAST_RE = {n: re.compile(r"\W+".join([_WORD] * n)) for n in range(1, 6)}


def has_words(s: str, n: int) -> bool:
    """``word_count(s) >= n`` without counting a long text to the end (n ≤ 5)."""
    return _AT_LEAST_RE[n].search(s) is not None


WORD_RE = re.compile(_WORD)


def single_quoted_heading(text: str, q: QuoteSpan) -> bool:
    """A paragraph that is only a short quotation in single marks without a full stop: a section heading
    quoting the text below ("‘There’s pride, but there’s also memory’"), no statement (rules-1.29)."""
    start = text.rfind("\n", 0, q.open_pos) + 1
    end = text.find("\n", q.close_pos)
    inner = text[q.open_pos + 1 : q.close_pos].rstrip()
    return (
        not text[start : q.open_pos].strip()
        and not text[q.close_pos + 1 : len(text) if end == -1 else end].strip()
        and inner[-1:] not in ".!?…,"
        and len(inner.split()) <= 12
    )


# a work's title after its noun ("a 2018 FX limited series, “Trust.”", "the film “All the Money in the World”")
_WORK_NOUNS = tuple(
    "film movie series book novel memoir song single album show documentary play podcast musical opera "
    "poem painting exhibition titled entitled".split()
)
_WORK_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(_WORK_NOUNS)})[ \t]*,?[ \t]*$")


def titled_work(text: str, q: QuoteSpan) -> bool:
    """The quotation is the title of a film, book, song … named just before it, no statement (rules-1.29)."""
    lo = max(0, q.open_pos - 40)
    if not text[lo : q.open_pos].rstrip(" \t,\n").endswith(_WORK_NOUNS):
        return False  # (a match ends with one of them, then blanks, a comma and a final newline at most)
    return _WORK_BEFORE_RE.search(text, lo, q.open_pos) is not None


def quote_is_label(text: str, q: QuoteSpan) -> bool:
    """A section heading in single marks or a work's title: a quotation that is no statement."""
    return (text[q.open_pos] in "‘'" and single_quoted_heading(text, q)) or titled_work(text, q)


def in_quote(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """``pos`` lies inside one of the quote ``spans`` (open, close), whose opening offsets are ``starts``."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]
