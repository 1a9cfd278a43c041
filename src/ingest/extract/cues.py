"""Cue-verb lookup per language, word tokens with offsets, and the candidate record shared by the
direct-quote and reported-speech finders."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ingest.extract.lexicon import DE_SPEECH_CUES, EN_COGNITION, EN_NEEDS_THAT, EN_SPEECH_CUES, UK_RU_CUES
from ingest.extract.speakers import SpeakerPhrase

WORD_TOKEN_RE = re.compile(r"\w+(?:[’'\-]\w+)*|[^\w\s]")
_CUE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(EN_SPEECH_CUES),
    "de": frozenset(DE_SPEECH_CUES),
    "uk": frozenset(UK_RU_CUES),
    "ru": frozenset(UK_RU_CUES),
}


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation factored as a trie (much faster than a flat alternation in ``re``)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


_EXTRA = {
    "en": r"|\baccording to\b",
    "de": r"|\b(?:laut|zufolge|angaben|so)\b",
    "uk": r"|\b(?:за|по|на|со|зі|із)\s+(?:\w+\s+)?(?:словам\w*|слов|даним\w*|данным|інформаці\w*|информаци\w*|думку|"
    r"мнению|оцін\w*|оценк\w*|подсчет\w*|підрахунк\w*|твердженн\w*|утверждени\w*|прогноз\w*)\b|\bсловами\b|\bяк\b|\bкак\b"
    r"|\b(?:йдеться|говориться|говорится|зазначено|отмечается)\b",
}
_EXTRA["ru"] = _EXTRA["uk"]
# Patterns over lower-cased text (see find_cues).
ANY_CUE_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(r"\b" + trie_pattern(words) + r"\b" + _EXTRA[lang]) for lang, words in _CUE_WORDS.items()
}


def find_cues(text: str, lang: str) -> Iterator[re.Match[str]]:
    """Cue words (and "according to", "laut", "за словами", …) in ``text``, case-insensitively."""
    pat = ANY_CUE_RE.get(lang, ANY_CUE_RE["en"])
    low = text.lower()
    if len(low) == len(text):
        return pat.finditer(low)
    return re.compile(pat.pattern, re.I).finditer(text)


Token = re.Match[str]  # a word or punctuation token: .group(), .start(), .end() are absolute offsets
EMPTY_RE = re.compile("")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` (match objects: cheap to build)."""
    return list(WORD_TOKEN_RE.finditer(text, start, end))


def count_tokens(text: str, start: int, end: int) -> int:
    """Number of tokens in text[start:end] (the index of the token that starts at ``end``)."""
    return len(WORD_TOKEN_RE.findall(text, start, end))


def is_cue(word: str, lang: str) -> bool:
    return word.lower() in _CUE_WORDS.get(lang, _CUE_WORDS["en"])


def cue_confidence(word: str, lang: str) -> float:
    w = word.lower()
    if lang == "en":
        return EN_SPEECH_CUES.get(w, 0.0)
    if lang == "de":
        return DE_SPEECH_CUES.get(w, 0.0)
    return 0.9 if w in UK_RU_CUES else 0.0


def needs_that(word: str) -> bool:
    return word.lower() in EN_NEEDS_THAT


def is_cognition(word: str) -> bool:
    return word.lower() in EN_COGNITION


def cue_gender(word: str) -> str:
    return UK_RU_CUES.get(word.lower(), "")


@dataclass(slots=True)
class Raw:
    """A statement before speaker resolution."""

    start: int  # quote offsets in the text (-1 for the title)
    end: int
    quote: str
    kind: str  # direct | indirect
    cue: str
    speaker: SpeakerPhrase | None  # None → inherit the previous statement's speaker
    anchor: int  # position used for coreference (start of the sentence holding the attribution)
    confidence: float
    gender_hint: str = ""
    same_as: Raw | None = None  # another statement whose speaker this one shares
    parts: list[tuple[int, int]] = field(default_factory=list)
    para: int = -1
    cue_pos: int = -1
    resolved: dict[str, str] = field(default_factory=dict)
