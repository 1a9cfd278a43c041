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
# rules-1.269: a headline's noun and a verb of wording before the quotation ("The headline read: "…"", "Die
# Schlagzeile einer Zeitung lautete: „…“", "Заголовок видання звучав так: «…»")
_HEADLINE_BEFORE_RE = re.compile(
    r"\b(?:headlines?|Schlagzeilen?|заголов\w*)\b[^.!?\n]{0,50}?"
    r"\b(?:read|reads|ran|runs|lautete|lautet|hieß|heißt|звуча\w*|гласи\w*)\b[^.!?\n\"“«„]{0,14}[:,]?[ \t]*$",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_TITLE_HINTS = ("titl", "titel", "headlined", "назв")
_HEADLINE_HINTS = ("headline", "schlagzeile", "заголов")
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
    window = text[lo : k + 1].lower()
    if any(w in window for w in _HEADLINE_HINTS) and _HEADLINE_BEFORE_RE.search(text, lo, k + 1):
        return True
    if text[k : k + 1] != "," and not any(w in window for w in _TITLE_HINTS):
        return (
            False  # neither "…, " nor a naming word: the pattern cannot match (its scan first: rules-1.257)
        )
    m = _TITLE_BEFORE_RE.search(text, lo, k + 1)
    # not a document that speaks ("The report said, "…""; "Der Bericht warnt, …")
    tail = m.group("tail") or "" if m is not None else ""
    return m is not None and not any(is_cue(w.lower(), lang) for w in _WORD_RE.findall(tail))


# rules-1.269: the market as the source of an expectation ("Ринок очікує, що …", "Die Märkte erwarten, dass …")
_MARKET_WORDS = frozenset(("market", "markets", "markt", "märkte", "ринок", "ринки", "рынок", "рынки"))
_ARTICLES = frozenset(("the", "die", "der"))


def is_saying(raw: Raw) -> bool:
    """The speaker is a proverb or a saying ("Ein altes Sprichwort sagt: …", "як каже прислів'я"), or the
    market alone ("Markets expect …", "Ринок очікує, що …"): a forecast by nobody."""
    sp = raw.speaker
    if sp is None or not sp.name:
        return False
    words = sp.name.lower().split()
    if words[-1] in _MARKET_WORDS:
        return len(words) == 1 or (len(words) == 2 and words[0] in _ARTICLES)
    return words[-1] in _SAYING_WORDS


# "more than a dozen Democrats", "other than the mayor": no comparative adjective before a figure's noun
_NOT_COMPARATIVES = frozenset(("other", "rather", "number", "dozen", "quarter"))


def is_comparison(raw: Raw) -> bool:
    """rules-1.269: the subject of the cue holds a comparison ("…, the office said, a bigger gain than analysts had
    forecast": "a bigger gain than analysts"): the verb of a "than" clause names the expectation a figure is
    compared with, not a statement."""
    sp = raw.speaker
    if sp is None or " than " not in sp.text or not sp.text.startswith(("a ", "an ")):
        return False
    before = sp.text.split(" than ", 1)[0].split()
    return 3 <= len(before) <= 4 and before[-2].endswith("er") and before[-2] not in _NOT_COMPARATIVES
