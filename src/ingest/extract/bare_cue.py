"""English quotes right after their cue with no comma ("X said “…”", rules-1.50) and a new sentence after a
closed quote (rules-1.134); split from attribution.py (rules-1.395)."""

from __future__ import annotations

import re

from ingest.extract.quotes import QuoteSpan

# rules-1.50: a quote right after its cue, no comma ("X said “… off base.”"), when it ends the sentence
_BARE_CUE_WORDS = tuple(
    "said says added adds wrote writes writing saying adding declared insisted argued "
    "warned replied answered tweeted posted continued stated concluded".split()
)
_BARE_CUE_RE = re.compile(r"(?<![\w’'])(?:" + "|".join(_BARE_CUE_WORDS) + r")[ \t]+$")


def bare_cue_quote(text: str, q: QuoteSpan, lead: str) -> bool:
    """ "X said “…”" with no comma: a cue right before the quote (a participle only after a comma: "…,
    writing “…”"), and the quote ends its sentence (not "Why have you stopped saying “…”?")."""
    bare = lead[:-1] if lead[-1:] == "\n" else lead  # ($ matches before a final newline too)
    if bare[-1:] not in (" ", "\t") or not bare.rstrip(" \t").endswith(_BARE_CUE_WORDS):
        return False  # (a pre-check: the pattern ends with one of these words and blanks)
    m = _BARE_CUE_RE.search(lead)
    if m is None or (m.group().rstrip().endswith("ing") and not lead[: m.start()].rstrip().endswith(",")):
        return False
    end = text.find("\n", q.close_pos)
    tail = text[q.close_pos + 1 : len(text) if end == -1 else end].lstrip(" \t")
    if tail[:1] == ".":
        tail = tail[1:].lstrip(" \t")
    elif text[q.close_pos - 1 : q.close_pos] not in (".", "!", "?", "…"):
        return False
    return not tail or tail[0].isupper() or tail[0] in '“"'


def new_sentence_after(text: str, q: QuoteSpan, lang: str) -> bool:
    """A capitalised word right after the quote's closing mark: "X said, “… Monday.” He added, “…”" (the cue after it
    is the next quote's, rules-1.134)."""
    nxt = text[q.close_pos + 1 : q.close_pos + 4].lstrip(" ")
    return lang == "en" and nxt[:1].isupper()
