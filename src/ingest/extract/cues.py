"""Cue-verb lookup per language, word tokens with offsets, and the candidate record shared by the
direct-quote and reported-speech finders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extract.lexicon import DE_SPEECH_CUES, EN_COGNITION, EN_NEEDS_THAT, EN_SPEECH_CUES, UK_RU_CUES
from ingest.extract.speakers import SpeakerPhrase

WORD_TOKEN_RE = re.compile(r"\w+(?:[’'\-]\w+)*|[^\w\s]")
_CUE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(EN_SPEECH_CUES),
    "de": frozenset(DE_SPEECH_CUES),
    "uk": frozenset(UK_RU_CUES),
    "ru": frozenset(UK_RU_CUES),
}
ANY_CUE_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.I)
    for lang, words in _CUE_WORDS.items()
}
ANY_CUE_RE["en"] = re.compile(ANY_CUE_RE["en"].pattern + r"|\baccording to\b", re.I)
ANY_CUE_RE["de"] = re.compile(ANY_CUE_RE["de"].pattern + r"|\b(?:laut|zufolge|Angaben|so)\b", re.I)
_UKRU_EXTRA = (
    r"|\b(?:за|по)\s+(?:\w+\s+)?словам\w*|\bсловами\b|\bпо\s+данным\b|\bза\s+даними\b|\bяк\b|\bкак\b"
)
ANY_CUE_RE["uk"] = re.compile(ANY_CUE_RE["uk"].pattern + _UKRU_EXTRA, re.I)
ANY_CUE_RE["ru"] = ANY_CUE_RE["uk"]


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [
        Token(m.group(), m.start() + start, m.end() + start) for m in WORD_TOKEN_RE.finditer(text[start:end])
    ]


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
    same_as: int = -1  # index of another Raw whose speaker this one shares
    parts: list[tuple[int, int]] = field(default_factory=list)
    para: int = -1
    cue_pos: int = -1
    resolved: dict[str, str] = field(default_factory=dict)
