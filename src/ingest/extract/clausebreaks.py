"""Where a clause breaks before a cue word: the last clause-breaking mark (``last_break``: ; ” » “ — – or a colon
not next to a digit; a short name in quote marks inside the subject is none) and the last relative word
(``last_relative``: who, that, що, dass; "where" only before a say-verb). Used by ``clauses.clause_start``."""

from __future__ import annotations

from ingest.extract.cues import guarded
from ingest.extract.lexicon import words as _w
from ingest.extract.scarequotes import short_quote_end


def last_break(text: str, start: int, end: int) -> int:
    """Offset of the last clause break (; ” » “ — – or a colon not next to a digit, as in "10:30")
    in text[start:end], or -1 (C-level searches: this runs for every cue)."""
    best = max(
        text.rfind(";", start, end),
        text.rfind("”", start, end),
        text.rfind("»", start, end),
        text.rfind("“", start, end),
        text.rfind("—", start, end),
        text.rfind("–", start, end),
        text.rfind('"', start, end),  # '"…", - сказал Литвинчук, пояснив, что …' (rules-1.20)
    )
    if best > start and text[best] in _NAME_CLOSERS:
        # a short name in quote marks inside the subject ("Редакция телеканала «Вардания-24», где …,
        # сообщила", "Die Sprecherin der Initiative „Gegenwind“, Renate Sailer,") is no clause break
        opener = max(text.rfind(c, start, best) for c in '«„“"')
        if opener > start and best - opener <= 42 and short_quote_end(text, opener) == best + 1:
            return last_break(text, start, opener)
    k = text.rfind(":", start, end)
    while k > best:
        if not (text[k - 1 : k].isdigit() or (k + 1 < end and text[k + 1].isdigit())):
            return k
        k = text.rfind(":", start, k)
    return best


_NAME_CLOSERS = frozenset('»”“"')


def last_relative(text: str, start: int, end: int, cue_word: str) -> int | None:
    """End of the last relative word ("who", "that", "що", "dass"; "where" before a say-verb) in text[start:end]."""
    found = None
    for m in _RELATIVE_RE.finditer(text, start, end):
        found = m
    ok = found is not None and (cue_word in _WHERE_CUES or found.group("w").lower() != "where")
    return found.end("w") if ok and found is not None else None


# \b(?:which|who|that|where|що|что|dass)\b, case-insensitively (cues.guarded; whole words cannot overlap)
_WHERE_CUES = frozenset(_w("said says say told tells"))  # "…, where X said …" (rules-1.318), not "reported"
_RELATIVE_RE = guarded(r"\b(?P<w>(?i:which|who|that|where|що|что|dass))\b", "[wWtTщЩчЧdD]")
