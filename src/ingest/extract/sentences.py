"""Paragraph and sentence splitting with character offsets.

Sentences never end inside a quote span (a multi-sentence quote followed by its attribution is
one unit). Abbreviations ("Mr.", "Gen.", "U.S.") and decimal numbers do not end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from ingest.extract.given_names import is_first_name
from ingest.extract.lexicon_people import TITLE_ABBREVIATIONS
from ingest.extract.quotes import char_positions

PARA_RE = re.compile(r"[^\n]+")
SENT_END_RE = re.compile(r"[.!?…][.!?…]*[\"”’»«“'\)]*(?=\s+[\"“„«»‘‚'(\[—–\-]?\s?[A-ZА-ЯІЇЄҐÄÖÜ0-9])")

# The longest sentence that is extracted as one: the longest of 82,000 real ones (PolNeAR, WikiNews, every
# gold set) has 1,516 characters. Longer runs (a list, a table or a transcript without full stops) are cut in
# pieces, so that the work on a sentence, which grows with its length times its cue words, stays bounded.
MAX_SENTENCE_CHARS = 3000
_CLOSE_MARK_RE = re.compile(r"[\"”»«“]")
_ABBREVIATIONS = (TITLE_ABBREVIATIONS - {"Del"}) | frozenset(
    "No Nos Vol Inc Corp Ltd Co vs etc approx "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec bzw ca Nr Mio Mrd Tsd ім им вул ул млн млрд тис тыс грн руб р г ст см "
    "U.S U.K U.N E.U z.B т.д т.п тд тп".split()
)
_ABBREVIATION_TAILS: dict[str, tuple[int, ...]] = {}  # last two characters → abbreviation lengths
for _a in sorted(_ABBREVIATIONS, key=len):
    if len(_a) >= 2:
        _ABBREVIATION_TAILS[_a[-2:]] = (*_ABBREVIATION_TAILS.get(_a[-2:], ()), len(_a))


def _is_abbreviation(text: str, ps: int, dot: int) -> bool:
    """The word before the full stop at ``dot`` is an abbreviation ("Mr.", "U.S.", "млн.") or one
    capital letter (an initial)."""
    # The word: letters, digits and dots between them ("U.S"), as long as it goes back. It is an
    # abbreviation when one of the (short) abbreviations ends at the dot and the word starts there.
    sizes = _ABBREVIATION_TAILS.get(text[dot - 2 : dot], ()) if dot - 2 >= ps else ()
    if text[dot - 1 : dot] in _ABBREVIATIONS:
        sizes = (1, *sizes)
    initial = (  # one capital letter after a non-letter
        dot - 1 >= ps
        and text[dot - 1].isupper()
        and text[dot - 1].isalnum()
        and (dot - 2 < ps or not text[dot - 2].isalnum())
    )
    if not sizes and not initial:
        return text[dot - 1 : dot].isdigit() and _is_ordinal(text, ps, dot)
    if initial and not sizes and text[dot - 2] == " " and _after_preposition(text, ps, dot - 2):
        return False  # "… wrote on X." / "schrieb auf X.": the platform, not an initial
    if initial and not sizes and text[dot - 2] == " " and _opener_follows(text, ps, dot):
        return False  # "… пробы Б. По его словам …": a letter naming a thing ends the sentence (1.23)
    if (
        initial
        and not sizes
        and text[dot + 1 : dot + 3] in _QUOTE_OPENS
        and _ends_surname_initials(text, ps, dot)
    ):
        return False  # "… заявил Марчук А. В. «Большинство …»": the initials end the name and the sentence
    if initial and not sizes and text[dot - 2] == "-" and _model_letter(text, ps, dot):
        return False  # "… ракетою Іскандер-М. Про це …": a model's letter ends the sentence (rules-1.185)
    if dot - ps >= 3 and text[dot - 3 : dot].isalpha() and text[dot - 3 : dot].islower():
        k = max(text.rfind(" ", ps, dot), text.rfind("\n", ps, dot), ps - 1)
        if dot - k > 8:
            return False  # a long lower-case word ("infrastructure.") is no abbreviation
    for size in sizes:
        j = dot - size
        if j < ps:
            break
        if text[j:dot] in _ABBREVIATIONS and not (
            j > ps
            and (text[j - 1].isalnum() or (text[j - 1] == "." and j - 2 >= ps and text[j - 2].isalnum()))
        ):
            return True
    return initial


# rules-1.185: the word before a hyphen and one capital letter ("Іскандер-М.", "Patriot-K.")
_HYPHEN_WORD_RE = re.compile(r"(?<![\w.])\w{2,}$")


def _model_letter(text: str, ps: int, dot: int) -> bool:
    """The capital letter before ``dot`` follows a hyphen after a word of two or more letters that is no given
    name: a model's or a version's letter ("Іскандер-М.", "Су-М."), not the initial of a double given name
    ("Karl-H. Schmidt", "Jean-P. Dupont", "А.-М. Петренко"); a word in capitals is no given name ("IRIS-T.")."""
    m = _HYPHEN_WORD_RE.search(text, ps, dot - 2)
    if m is None:
        return False
    word = m.group()
    # rules-1.214: a word in capitals ("IRIS-T.", "NASA-X.") is a system's name, not a given name ("Iris")
    return (len(word) >= 3 and word.isupper()) or not is_first_name(word)


# A currency or count closes a sentence when a capitalised word follows ("… 5 млн грн. Двоє …"; rules-1.22)
_UNIT_ABBREVIATIONS = frozenset("млн млрд тис тыс грн руб".split())
_OPENING_QUOTES = frozenset('«„“"')


def unit_before_capital(text: str, ps: int, dot: int) -> bool:
    """The word before the full stop at ``dot`` is a currency or a count ("грн.", "млн.") and a capital
    letter follows the space after it: the end of a sentence, not an abbreviation inside one."""
    nxt = dot + 2
    if text[nxt : nxt + 1] in _OPENING_QUOTES:  # "… 600 млн грн. «Ми …" (rules-1.124)
        nxt += 1
    if not text[nxt : nxt + 1].isupper():
        return False
    k = max(text.rfind(" ", ps, dot), ps - 1)
    return text[k + 1 : dot] in _UNIT_ABBREVIATIONS


# Prepositions before a one-letter name that ends a sentence ("on X.", "auf X.", "в X.")
_PLATFORM_LEADS = frozenset("on via auf bei у в на".split())


# rules-1.137: a platform's noun before its one-letter name ("auf der Plattform X.", "on the platform X.")
_PLATFORM_NOUNS = frozenset(
    "platform Plattform Kurznachrichtendienst Onlinedienst платформі платформе соцмережі соцсети".split()
)


def _after_preposition(text: str, ps: int, space: int) -> bool:
    k = max(text.rfind(" ", ps, space), ps - 1)
    return text[k + 1 : space] in _PLATFORM_LEADS or text[k + 1 : space] in _PLATFORM_NOUNS


# Function words that open a sentence and never follow an initial ("… пробы Б. По его словам", rules-1.23)
_SENTENCE_OPENERS = frozenset(
    "По За В У На Но А Але Однак Он Она Они Він Вона Вони Это Це Как Як Тогда Тоді "
    "The But He She They It This In Er Sie Es Die Der Das Aber".split()
)


def _opener_follows(text: str, ps: int, dot: int) -> bool:
    """A lower-case word comes before the letter at ``dot - 1`` and a sentence opener after the dot."""
    k = max(text.rfind(" ", ps, dot - 2), ps - 1)
    if not text[k + 1 : k + 2].islower():
        return False
    nxt = text[dot + 2 : dot + 10].split(" ", 1)[0]
    return nxt in _SENTENCE_OPENERS


_QUOTE_OPENS = (" «", " „")


def _ends_surname_initials(text: str, ps: int, dot: int) -> bool:
    """The letter at ``dot - 1`` is the second of two Cyrillic initials after a surname ("Марчук А. В."), rules-1.361
    (blind batch IDS23)."""
    return (
        dot - 6 >= ps
        and text[dot - 3] == "."
        and text[dot - 2] == " "
        and text[dot - 5] == " "
        and "А" <= text[dot - 4] <= "Я"
        and "а" <= text[dot - 6] <= "я"
    )


# Words before a German ordinal number ("der 1. FC", "am 3. Oktober", "zum 5. Mal").
_ORDINAL_LEADS = frozenset(
    "der die das dem den des am im zum zur vom beim ab bis seit vor nach bis zum ihr sein ihrem seinem".split()
)


def _is_ordinal(text: str, ps: int, dot: int) -> bool:
    """One or two digits after an article or preposition: "am 3. Oktober" (no sentence end)."""
    j = dot - 1
    while j > ps and text[j - 1].isdigit():
        j -= 1
    if dot - j > 2 or j - 1 <= ps or text[j - 1] != " ":
        return False
    k = text.rfind(" ", ps, j - 1)
    return text[k + 1 : j - 1].lower() in _ORDINAL_LEADS


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
    marks = char_positions(text, ".!?…")  # where SENT_END_RE can match
    n_marks = len(marks)
    k = 0
    match = SENT_END_RE.match
    out: list[Sentence] = []
    new = tuple.__new__
    pi = -1
    pe = -1
    for line in text.split("\n"):  # paragraphs: the non-empty lines
        ps = pe + 1
        pe = ps + len(line)
        if not line or line.isspace():
            continue
        while k < n_marks and marks[k] < ps:
            k += 1
        pi += 1
        cur = ps
        first = True
        while True:
            # the next match of SENT_END_RE in the paragraph (its lookahead must not see past it)
            m = None
            while k < n_marks and marks[k] < pe:
                m = match(text, marks[k], pe)
                k += 1
                if m is not None:
                    break
            if m is not None:
                ms, cut = m.span()
                while k < n_marks and marks[k] < cut:
                    k += 1
                if spans:
                    q = bisect_right(starts, cut - 1) - 1
                    if q >= 0 and spans[q][0] < cut - 1 < spans[q][1]:
                        continue  # inside a quote
                if (
                    text[ms] == "."
                    and _is_abbreviation(text, ps, ms)
                    and not _CLOSE_MARK_RE.search(text, ms, cut)
                    and not unit_before_capital(text, ps, ms)
                ):
                    continue
            else:
                cut = pe  # the rest of the paragraph
            seg = text[cur:cut]
            body = seg.lstrip()
            if body:
                a = cur + len(seg) - len(body)
                b = a + len(body.rstrip())
                while b - a > MAX_SENTENCE_CHARS:  # no real sentence is this long: a list, a table, a run-on
                    piece = _piece_end(text, a, a + MAX_SENTENCE_CHARS)
                    out.append(new(Sentence, (a, piece, pi, first)))
                    first = False
                    a = piece
                    while a < b and text[a].isspace():
                        a += 1
                out.append(new(Sentence, (a, b, pi, first)))
                first = False
            if m is None:
                break
            cur = cut
    return out


def _piece_end(text: str, start: int, limit: int) -> int:
    """Where a piece of an overlong sentence ends: after the last blank in the second half of
    ``start``–``limit`` (after a comma or semicolon there if one comes before it), else at ``limit``."""
    half = start + MAX_SENTENCE_CHARS // 2
    for mark in (", ", "; ", " "):
        at = text.rfind(mark, half, limit)
        if at != -1:
            return at + len(mark) - 1
    return limit


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


# A live-blog time stamp or a wire dateline at the start of a paragraph ("PORT X, Scotland, May 4 (AFP) -").
LEAD_STAMP_RE = re.compile(
    # rules-1.253: a ticker's "+++" before the time and a colon after "Uhr" ("+++ 16.40 Uhr: …")
    r"[ \t]*(?:(?:\+{3}[ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|ET|a\.m\.|p\.m\.|am|pm|Uhr))?"
    r"(?:[ \t]*[—–-]|\.(?=[ \t])|(?<=Uhr):(?=[ \t]))?"  # "08:15. …" (1.23)
    r"|[A-ZА-ЯІЇЄҐÄÖÜ][A-ZА-ЯІЇЄҐÄÖÜ\-]+(?:(?:[ \t]+|/)[A-ZА-ЯІЇЄҐÄÖÜ\-]+)?(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
    r",?(?:[ \t]+[\w.]+[ \t]+\d{1,2}|[ \t]+\d{1,2}[ \t]+[а-яіїєґ]{3,}(?=[ \t]*\())?"  # "КИЇВ, 27 листопада (…) –" (1.253)
    r"(?:[ \t]*\([^)]{2,20}\))?[ \t]*[—–-]"
    r"|[A-ZÄÖÜ][\w\-]+(?:/[A-ZÄÖÜ][\w\-]+)?(?:[ \t]+(?:am|an|im|in|ob|bei|[A-ZÄÖÜ][\w\-]+)){0,3}"
    r"[ \t]*\([a-zA-Z/]{2,12}\)[ \t]*[—–-]"  # "Lüneburg (dpa/lni) -", "Lohr am Main (dpa) -" (1.18)
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}[ \t]+\([A-Za-z]{2,12}\)[ \t]*-"
    # rules-1.206: a place in title case and a double hyphen, the outlet in brackets before it ("[Addis Standard]
    # Addis Abeba -- The …")
    r"|(?:\[[^\]\n]{2,40}\][ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+--(?=[ \t]+[A-Z]))[ \t]*"
)

_STAMP_CAPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐ")


def lead_stamp_end(text: str, s: int, e: int, first_in_para: bool) -> int:
    """Where a sentence starts after a dateline ("Lüneburg (dpa/lni) - …"; also after a short lead of
    its paragraph split off as sentences: "Киев. 26 ноября. ИНТЕРФАКС-УКРАИНА - …", rules-1.18)."""
    if not first_in_para and (s - text.rfind("\n", 0, s) > 26 or not text[s : s + 1].isalpha()):
        return s
    i = s  # what a branch needs first (cheaper than the regex): a digit, two capitals (or a capital and
    while i < e and text[i] in " \t":  # a hyphen) or a capital and a parenthesis
        i += 1
    c, d = text[i : i + 1], text[i + 1 : min(i + 2, e)]
    if not (
        c.isdecimal()
        or (c == "+" and text.startswith("+++", i))  # "+++ 16.40 Uhr: …" (rules-1.253)
        or (c in _STAMP_CAPS and (d in _STAMP_CAPS or d == "-" or text.find("(", i, e) != -1))
        or ((c == "[" or c in _STAMP_CAPS) and text.find(" -- ", i, min(e, i + 90)) != -1)
    ):
        return s
    ls = LEAD_STAMP_RE.match(text, s, e)
    return ls.end() if ls is not None else s
