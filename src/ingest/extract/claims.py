"""Numeric claims inside statements: value, unit, qualifier and the number as written.

* "up to 40%" → 40, "%", "up to"; "more than 11,000 soldiers" → 11000, "soldiers", "more than";
  "1.6 million drones" → 1.6e6, "drones"; "about 12%" → 12, "%"; "two additional systems" → 2, "systems".
* Spelled numbers: one … twenty, thirty … ninety, hundred, thousand, million, billion (en, de, uk, ru).
* Fractions: "half" → 0.5, "a third" → 1/3, "a quarter" → 0.25, unit "fraction".
* Multipliers: "three times higher" → 3, unit "times".
* Years (1900–2100 without a unit), dates ("24 February", "February 24") and clock times are skipped.
* Decimal separators: "." in English; "," in de/uk/ru ("15,5 Prozent"); "1,200"/"1.200"/"1 200" are thousands.
* Currency signs before the number (rules-1.178): "$45m" → 45e6, "USD"; "€", "£", "₴", "₽" → EUR, GBP, UAH, RUB.
* Ranges (rules-1.178): "4–5%", "3-4 per cent" → two claims with the second's unit, "at least" and "up to".
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from ingest.extract.cues import WORD_CHARS, trie_pattern
from ingest.extract.lexicon import words as _w
from ingest.models import Claim

_QUALIFIERS = {
    "up to": "up to", "more than": "more than", "over": "more than", "at least": "at least", "about": "about",
    "around": "about", "nearly": "nearly", "almost": "nearly", "some": "about", "roughly": "about",
    "approximately": "about", "less than": "less than", "fewer than": "less than", "under": "less than",
    "as many as": "up to", "as much as": "up to", "bis zu": "up to", "mehr als": "more than", "über": "more than",
    "rund": "about", "etwa": "about", "fast": "nearly", "knapp": "nearly", "mindestens": "at least",
    "weniger als": "less than", "до": "up to", "понад": "more than", "більше": "more than", "більш ніж": "more than",
    "майже": "nearly", "близько": "about", "приблизно": "about", "щонайменше": "at least", "около": "about",
    "более": "more than", "почти": "nearly", "свыше": "more than", "не менее": "at least", "менее": "less than",
    "примерно": "about", "порядка": "about",
}  # fmt: skip
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
    "eins": 1, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "hundert": 100, "tausend": 1000,
    "один": 1, "одна": 1, "одне": 1, "два": 2, "дві": 2, "две": 2, "двох": 2, "три": 3, "трьох": 3, "трех": 3,
    "чотири": 4, "чотирьох": 4, "четыре": 4, "четырех": 4, "п'ять": 5, "п’ять": 5, "пять": 5, "шість": 6,
    "шесть": 6, "сім": 7, "семь": 7, "вісім": 8, "восемь": 8, "дев'ять": 9, "девять": 9, "десять": 10,
    "двадцять": 20, "двадцать": 20, "сто": 100, "тисяча": 1000, "тысяча": 1000,
}  # fmt: skip
_MULT = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3,
    "tausend": 1e3, "mio": 1e6, "million(en)": 1e6, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
    "тис": 1e3, "тисяч": 1e3, "тисячі": 1e3, "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "млн": 1e6, "мільйон": 1e6,
    "мільйонів": 1e6, "мільйони": 1e6, "миллион": 1e6, "миллионов": 1e6, "миллиона": 1e6, "млрд": 1e9,
    "мільярд": 1e9, "мільярдів": 1e9, "миллиард": 1e9, "миллиардов": 1e9,
}  # fmt: skip
_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two thirds": 2 / 3, "two-thirds": 2 / 3,
              "die hälfte": 0.5, "половина": 0.5, "половину": 0.5}  # fmt: skip
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
    "jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|juni|juli|oktober|dezember|січня|лютого|березня|квітня|"
    "травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|"
    "августа|сентября|октября|ноября|декабря"
)
_UNIT_SKIP = frozenset(
    _w(
        "additional new more extra other further weitere zusätzliche neue нових додаткових новых "
        "дополнительных of the von der "
    )
)
_QUAL_RE = trie_pattern(_QUALIFIERS)
_WORD_RE = trie_pattern(_WORDS)
_MULT_RE = trie_pattern(w for w in _MULT if "(" not in w)
_CLAIM = (
    rf"(?<![\w.,:])(?:(?P<qual>{_QUAL_RE})\s+)?(?:(?P<cur>[$€£₴₽])\s?)?(?:(?P<num>\d{{1,3}}(?:(?:,|\.|\s|\u00a0)\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    rf"|(?P<word>{_WORD_RE})|(?P<frac>half|a third|a quarter|two[- ]thirds|die Hälfte|половин[ау]))"
    rf"(?:\s*(?P<mult>{_MULT_RE})\.?(?![\w]))?"
    rf"(?:\s*(?P<pct>%|percent\b|per cent\b|Prozent\b|відсотк\w*|процент\w*)|\s+(?P<times>times\b|mal\b|рази?\b|раз\b)"
    rf"|(?:\s+(?:{'|'.join(sorted(_UNIT_SKIP))}))*\s+(?P<unit>[^\W\d_][\w\-’']*))?"
)
CLAIM_RE = re.compile(_CLAIM, re.I)
# The same after the character before the claim (consumed; a pattern that starts with a character class
# is scanned in C): any character but common word characters, ".", "," and ":" — a superset of those
# CLAIM_RE's lookbehind allows; _claim_matches checks the character.
_CLAIM_SCAN_RE = re.compile(rf"[^{WORD_CHARS}.,:](?P<m>(?i:{_CLAIM}))")
_CLAIM_HEAD_RE = re.compile(rf"(?P<m>(?i:{_CLAIM}))")
# The same without IGNORECASE, for the lower-cased quote: a case-sensitive alternation is scanned several
# times faster; each claim found there is matched again on the quote itself at the same offset.
_CLAIM_LOWER = _CLAIM.replace("Prozent", "prozent").replace("die Hälfte", "die hälfte")
_CLAIM_LOWER_SCAN_RE = re.compile(rf"[^{WORD_CHARS}.,:](?P<m>{_CLAIM_LOWER})")
# The same for an ASCII quote: the class is a bitmap, tested faster than one with ranges beyond ASCII.
_CLAIM_LOWER_SCAN_ASCII_RE = re.compile(rf"[^0-9A-Za-z_.,:](?P<m>{_CLAIM_LOWER})")
_CLAIM_LOWER_HEAD_RE = re.compile(rf"(?P<m>{_CLAIM_LOWER})")
# Characters that IGNORECASE matches to a letter of the patterns but whose str.lower() is no such letter
# ("ſ" matches "s"): a quote holding one is scanned the slow way.
_LETTERS_RE = re.compile(r"[a-zäöüßа-яёіїєґ]")
_LETTERS_ANY_CASE_RE = re.compile(_LETTERS_RE.pattern, re.I)
_ODD_CASE = frozenset(
    c
    for c in map(chr, range(0x80, 0x2200))
    if _LETTERS_ANY_CASE_RE.fullmatch(c) and not _LETTERS_RE.fullmatch(c.lower())
)
_DIGIT_RE = re.compile(r"\d")
_ASCII_DIGIT_RE = re.compile(r"[0-9]")  # \d in an ASCII text
_GROUPED_DOT_RE = re.compile(r"\d{1,3}(?:[.\s]\d{3})+(?:,\d+)?")
_GROUPED_COMMA_RE = re.compile(r"\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?")
_SPACES_RE = re.compile(r"\s+")
_MONTH_RE = re.compile(_MONTHS)
_MONTH_END_RE = re.compile(rf"(?:{_MONTHS})\s*$")
_NUMBER_WORD_RE = re.compile(rf"\b(?:{_WORD_RE}|half|third|quarter|hälfte|половин)")
_TIME_RE = re.compile(r"\d{1,2}:\d{2}")
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")


@lru_cache(maxsize=16384)
def _number(s: str, lang: str) -> float | None:
    s = s.replace("\u00a0", " ")
    if lang in ("de", "uk", "ru"):
        if _GROUPED_DOT_RE.fullmatch(s):
            s = s.replace(".", "").replace(" ", "")
        s = s.replace(" ", "").replace(",", ".")
    else:
        if _GROUPED_COMMA_RE.fullmatch(s):
            s = s.replace(",", "").replace(" ", "")
        elif "," in s:
            s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


_NUMBER_WORDS = frozenset(w.lower() for w in _WORDS) | frozenset(
    _w("half third thirds quarter quarters hälfte половина половину половины половини половиною половиной")
)
_NOT_WORD = str.maketrans({c: " " for c in ".,;:!?\"'()«»„“”’‘—–-/"})


_TOKEN_BREAK = r"\s.,;:!?\"'()«»„“”’‘—–/\-"  # white space and the characters in _NOT_WORD
# A number word as a whole token of the lower-cased text (after a break character, consumed).
_NUMBER_TOKEN_RE = re.compile(rf"[{_TOKEN_BREAK}](?:{trie_pattern(_NUMBER_WORDS)})(?![^{_TOKEN_BREAK}])")
_NUMBER_TOKEN_HEAD_RE = re.compile(rf"(?:{trie_pattern(_NUMBER_WORDS)})(?![^{_TOKEN_BREAK}])")
# The same for ASCII text (\s there: space, \t-\r and \x1c-\x1f): classes tested as bitmaps.
_ASCII_BREAK = r" \t\n\r\x0b\x0c\x1c-\x1f.,;:!?\"'()/\-"
_NUMBER_TOKEN_ASCII_RE = re.compile(
    rf"[{_ASCII_BREAK}](?:{trie_pattern(_NUMBER_WORDS)})(?![^{_ASCII_BREAK}])"
)
_NUMBER_TOKEN_HEAD_ASCII_RE = re.compile(rf"(?:{trie_pattern(_NUMBER_WORDS)})(?![^{_ASCII_BREAK}])")


def _has_number_word(quote: str) -> bool:
    """A spelled number anywhere in ``quote`` (cheap pre-check before the claim regex): a token of the
    lower-cased quote, split at white space and _NOT_WORD, that is in _NUMBER_WORDS."""
    low = quote.lower()
    if low.isascii():
        return (
            _NUMBER_TOKEN_HEAD_ASCII_RE.match(low) is not None
            or _NUMBER_TOKEN_ASCII_RE.search(low) is not None
        )
    return _NUMBER_TOKEN_HEAD_RE.match(low) is not None or _NUMBER_TOKEN_RE.search(low) is not None


def _claim_matches(quote: str) -> list[re.Match[str]]:
    """The matches of CLAIM_RE.finditer(quote), with the same offsets and groups, but possibly found in
    the lower-cased quote: take a text whose case matters from ``quote`` by offsets (``_text``). Group
    "m" is the claim."""
    low = quote.lower()
    if len(low) != len(quote) or not (quote.isascii() or _ODD_CASE.isdisjoint(quote)):
        return _scan_claims(quote, _CLAIM_HEAD_RE, _CLAIM_SCAN_RE)
    return _scan_claims(
        low, _CLAIM_LOWER_HEAD_RE, _CLAIM_LOWER_SCAN_ASCII_RE if low.isascii() else _CLAIM_LOWER_SCAN_RE
    )


def _text(quote: str, m: re.Match[str], group: str) -> str:
    """The text of ``group`` in ``quote`` ("" when it did not take part)."""
    a, b = m.span(group)
    return quote[a:b] if a >= 0 else ""


def _scan_claims(quote: str, head_re: re.Pattern[str], scan_re: re.Pattern[str]) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    head = head_re.match(quote)
    pos = 0
    if head is not None:
        out.append(head)
        pos = max(0, head.end() - 1)
    m = scan_re.search(quote, pos)
    while m is not None:
        c = quote[m.start()]
        if c.isalnum() or c in "_.,:":  # CLAIM_RE's lookbehind refuses it
            m = scan_re.search(quote, m.start() + 1)
            continue
        out.append(m)
        # the next claim may start right after this one (its last character then precedes it)
        m = scan_re.search(quote, max(m.end() - 1, m.start() + 1))
    return out


_NO_UNIT = frozenset(  # words after a number that are no unit
    _w(
        "and or to of the a in is was are und і и та for from on at by with into up its their his her this that as"
    )
)
_TEXT_TAIL_RE = re.compile(r"(?:\s+(?:of|the|von|der))+$")  # "£310,000 of the" → "£310,000"
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB"}
_RANGE_DASH_RE = re.compile(r"\s?[–—-]\s?")  # between the two numbers of a range ("4–5%", "3-4 per cent")


def find_claims(quote: str, statement_id: str, lang: str = "en") -> list[Claim]:
    out: list[Claim] = []
    spans: list[int] = []  # where each claim's text ends
    if not (_ASCII_DIGIT_RE if quote.isascii() else _DIGIT_RE).search(quote) and not _has_number_word(quote):
        return out
    for m in _claim_matches(quote):
        num, word, frac = m.group("num"), m.group("word"), _text(quote, m, "frac")
        unit = ""
        if num:
            if _TIME_RE.match(quote, m.start("num")) or quote[m.end("num") : m.end("num") + 1] == ":":
                continue
            value = _number(num, lang)
            if value is None:
                continue
        elif word:
            value = float(_WORDS[word.lower()])
            if (
                word.lower() in ("ein", "eine", "one", "один", "одна", "одне")
                and not m.group("unit")
                and not m.group("mult")
            ):
                continue
        else:
            value = _FRACTIONS.get(_SPACES_RE.sub(" ", frac.lower()).replace("two thirds", "two-thirds"), 0.5)
            unit = "fraction"
        mult = m.group("mult")
        if mult:
            value *= _MULT[mult.lower().rstrip(".")]
        if m.group("pct"):
            unit = "%"
        elif m.group("cur"):
            unit = _CURRENCIES[m.group("cur")]  # "$45m", "€3.5 billion" (rules-1.178)
        elif m.group("times"):
            unit = "times"
        elif m.group("unit") and not unit:
            unit = _text(quote, m, "unit")
        if unit and _MONTH_RE.fullmatch(unit.lower()):
            continue  # a date
        if (
            num
            and _YEAR_RE.match(num)
            and not m.group("pct")
            and not m.group("qual")
            and unit.lower()
            in (
                "",
                "and",
                "to",
                "the",
                "a",
                "when",
                "after",
                "before",
                "was",
                "were",
                "in",
                "drew",
                "year",
                "з",
                "в",
                "у",
                "и",
                "і",
            )
        ):
            continue
        before = quote[max(0, m.start("m") - 12) : m.start("m")].lower()
        if num and value <= 31 and _MONTH_END_RE.search(before):
            continue
        if word and not (unit or mult):
            continue  # a bare spelled number ("one of them") says little
        end = m.end("m")
        if (word_after := _text(quote, m, "unit")).lower() in _NO_UNIT or (word_after and m.group("cur")):
            end = m.start("unit")  # the text ends before the word ("45m and" was its text, rules-1.178)
            unit = "" if unit == word_after else unit
        qual = _QUALIFIERS.get((m.group("qual") or "").lower(), "")
        text = frac if frac else _TEXT_TAIL_RE.sub("", quote[m.start("m") : end].strip())
        if (
            out
            and (prev := spans[-1])
            and _RANGE_DASH_RE.fullmatch(quote, prev, m.start("m"))
            and not out[-1].unit
        ):
            out[-1].unit, out[-1].qualifier, qual = (
                unit,
                "at least",
                qual or "up to",
            )  # "4–5%": a range (1.178)
        cid = hashlib.sha1(f"{statement_id}|{m.start('m')}|{text}".encode()).hexdigest()[:16]
        out.append(Claim(cid, statement_id, value, unit, qual, text))
        spans.append(m.start("m") + len(text))
    return out
