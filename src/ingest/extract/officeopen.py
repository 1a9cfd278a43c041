"""A minister named by office alone at a sentence's opening (rules-1.337, blind batch IDS20).

"Ukraine's foreign minister arrived in Chisinau on Wednesday. “…,” the minister told …", "Der ukrainische
Außenminister ist … gereist. „…“, sagte der Minister", "Глава МИД Украины в среду прибыл в Кишинев. «…», — заявил
он": the bare noun ("the minister", "der Minister", "міністр", "Украинский министр") and a pronoun with nobody named
before are the minister of that office the article opened a sentence with, not a person of their own; the office
phrase then links across the batch as any office phrase does (``rolelink.link_offices``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ingest.extract.link_offices import COUNTRIES
from ingest.extract.rolelink import PORTFOLIOS, office_key

if TYPE_CHECKING:
    from ingest.extract.resolve import Resolver

# the minister word of an opening (Latin: "minister", "Außenminister", "Ministerin"; Cyrillic: "Міністр",
# "министр", and the head of a foreign ministry by its acronym, "Глава МЗС", "Голова МИД")
_MINISTER_WORD_RE = re.compile(r"\w*minister(?:in)?$|міністр\w*|министр\w*", re.I)
_HEAD_WORD_RE = re.compile(r"(?:глава|голова|очільни\w*)$", re.I)
_ACRONYM_WORD_RE = re.compile(r"(?:мзс|мид)$", re.I)
# the bare noun that takes the office up: an article, at most one adjective (a nation or a portfolio), the noun
BARE_MINISTER_RE = re.compile(
    r"(?:the\s+|der\s+|die\s+)?(?:[\w-]+\s+)?(?:minister(?:in)?|міністр|міністерка|министр)", re.I
)
_WORD_RE = re.compile(r"[\w'’-]+")
_FEMALE_RE = re.compile(r"ministerin|міністерк|очільниц", re.I)


def _opening_office(text: str, start: int, end: int) -> str:
    """The office phrase opening ``text[start:end]`` ("Ukraine's foreign minister", "Глава МИД Украины"), if it is
    one country's minister of one portfolio and no name follows it, else ""."""
    words = list(_WORD_RE.finditer(text, start, min(end, start + 90)))[:8]
    last = -1
    for i, w in enumerate(words[:4]):
        word = w.group()
        if _MINISTER_WORD_RE.match(word):
            last = i
        elif _HEAD_WORD_RE.match(word) and _ACRONYM_WORD_RE.match(
            words[i + 1].group() if i + 1 < len(words) else ""
        ):
            last = i + 1
        else:
            if i and word[:1].isupper() and not word.isupper():
                return ""  # "Foreign Minister Vasyl …" has its name; "Ukraine's" opens the phrase
            continue
        for j in range(last, last + 4):  # "Министр обороны Польши", "Міністр закордонних справ України"
            if j >= len(words):
                break
            phrase = text[start : words[j].end()]
            if office_key(phrase):
                after = words[j + 1].group() if j + 1 < len(words) else ""
                return "" if after[:1].isupper() else phrase
        return ""
    return ""


def office_opening(r: Resolver, ref: int, gender: str, bare: str = "") -> tuple[str, int]:
    """The office phrase opening the sentence of ``ref`` or one of the two before, with its position, agreeing
    with the bare phrase ``bare`` (its nation and portfolio, if it names them) and with ``gender``; ("", -1)."""
    k = bisect_right(r.sent_starts, ref) - 1
    if k < 0:
        return "", -1
    lands = {code for code, rx in COUNTRIES if rx.search(bare)} if bare else set()
    ports = {name for name, rx in PORTFOLIOS if rx.search(bare)} if bare else set()
    for n in range(k, max(-1, k - 3), -1):
        st = r.sent_starts[n]
        nxt = r.sent_starts[n + 1] if n + 1 < len(r.sent_starts) else len(r.text)
        while st < nxt and r.text[st] in ' \n\t«„“"':
            st += 1
        if st >= ref or not r.text[st : st + 1].isupper():
            continue
        phrase = _opening_office(r.text, st, min(nxt, ref))
        if not phrase or (gender == "m" and _FEMALE_RE.search(phrase)):
            continue
        port, land = office_key(phrase).split("|")
        if (lands and lands != {land}) or (ports and ports != {port}):
            return "", -1
        return phrase, st
    return "", -1
