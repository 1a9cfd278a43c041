"""Ukrainian and Russian sentence-final attributions (moved from ``final``, rules-1.378): the source of "…,
свідчить звіт." and an inverted cue's object after a preposition."""

from __future__ import annotations

from ingest.extract.lexicon import words as _w
from ingest.extract.speakers import SpeakerPhrase, analyze_np


def evidence_source(raw: str, lang: str) -> SpeakerPhrase:
    """The source of "…, свідчить звіт.": the body named in the genitive after the report or data
    ("свідчать дані Державної митної служби", rules-1.38), else the document, its author the body quoted
    before (rules-1.35)."""
    _, _, rest = raw.partition(" ")
    if rest[:1].isupper() and (sp := analyze_np(rest, lang)).kind == "organisation":  # not "дані відомства"
        return sp
    return SpeakerPhrase(raw, "document")


_CYR_PREPOSITIONS = frozenset(_w("из с со от для до у в во на по при о об про к з із зі від біля"))
_CYR_ONE = frozenset(_w("один одна одно одни одне одні"))


def after_preposition(raw: str, lang: str) -> bool:
    """The words after an inverted Slavic cue are its object when lower-case words that name no one stand
    before a preposition ("объясняет дефицит задержкой поставок из Индии"), not its subject ("один из …": 1.217)."""
    words = raw.split()
    k = next((n for n, w in enumerate(words) if w.lower() in _CYR_PREPOSITIONS), 0)
    if k == 0 or not all(w[:1].islower() for w in words[:k]) or words[0].lower() in _CYR_ONE:
        return False
    return analyze_np(" ".join(words[:k]), lang).kind == "unknown"
