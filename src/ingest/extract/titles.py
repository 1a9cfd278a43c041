"""Quotations that are not statements (rules-1.239): the title of a report, a book or a film right after the
document's noun ("published a report this spring, "Beyond the Lobster," that …", "the title of a report: "…"")
and a proverb as the speaker ("Ein altes Sprichwort sagt: …", "As the saying goes, …")."""

from __future__ import annotations

import re

from ingest.extract.cues import Raw, is_cue

# the document noun (and up to three lower-case words: a time, an adjective) or a naming word before the quotation
_TITLE_BEFORE_RE = re.compile(
    r"(?:\b(?:report|book|study|paper|survey|film|documentary|novel|memoir|album|play|song|manifesto|pamphlet|"
    r"series|show|drama|thriller|concert|musical|opera|podcast|exhibition|Serie|Konzert|Oper|Ausstellung|"
    r"Bericht|Studie|Buch|Film|Roman|Gutachten|Broschüre|доповід\w*|звіт\w*|книг\w*|книжк\w*|фільм\w*|"
    r"доклад\w*|отч[её]т\w*|фильм\w*|брошюр\w*)(?P<tail>(?:[ \t]+[a-zäöüßа-яіїєґё]+){0,3})[ \t]*,|"
    r"\b(?:title|titled|entitled|headlined|Titel|betitelt|назв\w*|названи\w*)\b[^.!?\n]{0,50}?[:,]?)[ \t]*$",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_TITLE_HINTS = ("titl", "titel", "headlined", "назв")
_QUOTE_OPENERS = '"“«„'
# a proverb or saying as the source
_SAYING_WORDS = frozenset(
    (
        "saying", "proverb", "adage", "sprichwort", "redensart", "volksmund", "bauernregel",
        "прислів'я", "прислів’я", "приказка", "пословица", "поговорка",
    )
)  # fmt: skip


def is_title(text: str, raw: Raw, lang: str) -> bool:
    """A short direct quotation (up to eight words) right after a document's noun and a comma, or after
    "title"/"titled": the document's title, nobody's words."""
    if raw.kind != "direct" or len(raw.quote.split()) > 8 or raw.start <= 0:
        return False
    k = raw.start - 1
    while k >= 0 and text[k] in _QUOTE_OPENERS + " ":
        k -= 1
    lo = max(0, k - 90, text.rfind("\n", 0, k + 1))
    if text[k : k + 1] != "," and not any(w in text[lo : k + 1].lower() for w in _TITLE_HINTS):
        return (
            False  # neither "…, " nor a naming word: the pattern cannot match (its scan first: rules-1.257)
        )
    m = _TITLE_BEFORE_RE.search(text, lo, k + 1)
    # not a document that speaks ("The report said, "…""; "Der Bericht warnt, …")
    tail = m.group("tail") or "" if m is not None else ""
    return m is not None and not any(is_cue(w.lower(), lang) for w in _WORD_RE.findall(tail))


def is_saying(raw: Raw) -> bool:
    """The speaker is a proverb or a saying ("Ein altes Sprichwort sagt: …", "як каже прислів'я")."""
    sp = raw.speaker
    return sp is not None and bool(sp.name) and sp.name.split()[-1].lower() in _SAYING_WORDS
