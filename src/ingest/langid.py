"""Cheap language identification for news text (script, distinctive letters, function words).

Good enough to route extraction rules (en, de, uk, ru, fr, es, it, pl, nl, pt); returns None when
there is too little evidence. No model files, no downloads. It reads at most ``SAMPLE_CHARS`` of
the text, so it costs a few microseconds per article.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 1500
SCRIPT_SAMPLE_CHARS = 500
MIN_LETTERS = 12
MIN_VOTES = 2
LATIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "nl", "pt")
CYRILLIC_LANGUAGES = ("uk", "ru")

_WORD_RE = re.compile(r"[^\W\d_]+")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]+")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# at least MIN_LETTERS Latin letters (of _LATIN_RE), from the start: found after a dozen or two characters
_ENOUGH_LATIN_RE = re.compile(rf"(?:[^A-Za-z\u00c0-\u024f]*[A-Za-z\u00c0-\u024f]){{{MIN_LETTERS}}}")
_UK_ONLY_RE = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY_RE = re.compile(r"[ыэъёЫЭЪЁ]")
# letters that only some Latin-script languages use: a strong hint when function words are few
_DISTINCT_LETTERS: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"[äöüßÄÖÜ]"),
    "pl": re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]"),
    "es": re.compile(r"[ñ¿¡Ñ]"),
    "pt": re.compile(r"[ãõÃÕ]"),
    "fr": re.compile(r"[èêëçœÈÊËÇŒ]"),
}

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is that for on with said was as by it at from his her are be has have".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit den dem des ein eine sich auf für sagte auch von zu im".split()
    ),
    "fr": frozenset("le la les et des est une dans pour que qui pas sur au du avec il elle".split()),
    "es": frozenset("el la los las y de que en por con para una del se es su al lo como".split()),
    "it": frozenset("il la di che e per una con non del della sono gli nel alla anche".split()),
    "pl": frozenset("i w na nie z się że do jest to o jak przez od po za który".split()),
    "nl": frozenset("de het een en van is dat op te niet met voor zijn er aan ook".split()),
    "pt": frozenset("o a os as e de que em para com uma do da não por se mais".split()),
    "uk": frozenset("і та що не на до за як це від про він вона його її також".split()),
    "ru": frozenset("и в что не на с как это по он она его ее также от за для".split()),
}
# word -> languages it votes for (one dict lookup per word instead of one set per language)
_VOTES: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _VOTES[_w] = (*_VOTES.get(_w, ()), _lang)


def detect_language(text: str, default: str | None = None) -> str | None:
    """Return an ISO 639-1 code, or `default` when the text gives too little evidence."""
    sample = text[:SAMPLE_CHARS]
    script = detect_script(sample)
    if script is None:
        return default
    if script == "cyrillic":
        uk, ru = len(_UK_ONLY_RE.findall(sample)), len(_RU_ONLY_RE.findall(sample))
        if uk != ru:
            return "uk" if uk > ru else "ru"
        return vote_stopwords(sample, CYRILLIC_LANGUAGES) or default
    return vote_stopwords(sample, LATIN_LANGUAGES) or vote_letters(sample) or default


def detect_script(text: str) -> str | None:
    """'cyrillic' or 'latin' by majority of letters in the first characters, None without letters."""
    sample = text[:SCRIPT_SAMPLE_CHARS]
    if _CYRILLIC_RE.search(sample) is None:  # no Cyrillic letter: Latin when there are letters enough
        return "latin" if _ENOUGH_LATIN_RE.match(sample) else None
    cyr = sum(map(len, _CYRILLIC_RE.findall(sample)))
    lat = sum(map(len, _LATIN_RE.findall(sample)))
    if cyr + lat < MIN_LETTERS:
        return None
    return "cyrillic" if cyr > lat else "latin"


def vote_stopwords(sample: str, candidates: tuple[str, ...]) -> str | None:
    """The candidate whose function words occur most often (ties: the earlier candidate)."""
    scores = dict.fromkeys(candidates, 0)
    for word in _WORD_RE.findall(sample.lower()):
        for lang in _VOTES.get(word, ()):
            if lang in scores:
                scores[lang] += 1
    best = max(candidates, key=scores.__getitem__)
    return best if scores[best] >= MIN_VOTES else None


def vote_letters(sample: str) -> str | None:
    counts = {lang: len(rx.findall(sample)) for lang, rx in _DISTINCT_LETTERS.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= MIN_VOTES else None
