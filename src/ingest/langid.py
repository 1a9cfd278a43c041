"""Cheap language identification for news text (script, distinctive letters, function words).

Good enough to route extraction rules (en, de, uk, ru, fr, es, it, pl, nl, pt); returns None when
there is too little evidence. No model files, no downloads.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UK_ONLY_RE = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY_RE = re.compile(r"[ыэъёЫЭЪЁ]")

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for on with said was as by it at from his her are be has have".split()),
    "de": frozenset("der die das und ist nicht mit den dem des ein eine sich auf für sagte auch von zu im".split()),
    "fr": frozenset("le la les et des est une dans pour que qui pas sur au du avec il elle".split()),
    "es": frozenset("el la los las y de que en por con para una del se es su al lo como".split()),
    "it": frozenset("il la di che e per una con non del della sono gli nel alla anche".split()),
    "pl": frozenset("i w na nie z się że do jest to o jak przez od po za który".split()),
    "nl": frozenset("de het een en van is dat op te niet met voor zijn er aan ook".split()),
    "pt": frozenset("o a os as e de que em para com uma do da não por se mais".split()),
    "uk": frozenset("і та що не на до за як це від про він вона його її також".split()),
    "ru": frozenset("и в что не на с как это по он она его ее также от за для".split()),
}


def detect_language(text: str, default: str | None = None) -> str | None:
    """Return an ISO 639-1 code, or `default` when the text gives too little evidence."""
    sample = text[:4000]
    cyr = len(_CYRILLIC_RE.findall(sample))
    lat = len(_LATIN_RE.findall(sample))
    if cyr + lat < 12:
        return default
    if cyr > lat:
        uk, ru = len(_UK_ONLY_RE.findall(sample)), len(_RU_ONLY_RE.findall(sample))
        if uk != ru:
            return "uk" if uk > ru else "ru"
        return vote_stopwords(sample, ("uk", "ru")) or default
    return vote_stopwords(sample, ("en", "de", "fr", "es", "it", "pl", "nl", "pt")) or default


def vote_stopwords(sample: str, candidates: tuple[str, ...]) -> str | None:
    words = Counter(w.lower() for w in _WORD_RE.findall(sample))
    scores = {lang: sum(n for w, n in words.items() if w in STOPWORDS[lang]) for lang in candidates}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 else None
