"""A reported clause before a negated cue is nobody's statement: "Скільки педагогів звільнилися, в
адміністрації не уточнили.", "Сколько клиентов обратились, в банке не уточнили.", "Wie viele Fahrgäste
betroffen sind, teilte die Bahn nicht mit." (rules-1.109): the source declined to say it."""

from __future__ import annotations

import re

from ingest.extract.cues import Raw

_SENT_END_RE = re.compile(r"[.!?\n]")
_CYR_NEG_RE = re.compile(r"(?<!\w)(?:не|ні|ни)\s+$", re.I)
# rules-1.158: also "nicht" closing the sentence or before an infinitive of saying ("Wo sie stehen, sagte er aus
# Sicherheitsgründen nicht.", "Ob …, wollte Lenz nicht sagen.")
_DE_NOT_PARTICLE_RE = re.compile(
    r"\bnicht(?:\s+(?:mit|bekannt|sagen|mitteilen|nennen|verraten|beziffern|angeben|kommentieren|äußern))?\s*$"
)
# "не исключили", "не заперечують": a negated denial still says something
_DENIAL_STEMS = ("исключ", "виключ", "отрица", "запереч", "опроверг", "спрост")


def negated_cue(text: str, raw: Raw, lang: str) -> bool:
    """The cue of the indirect statement ``raw`` comes after its clause, in the same sentence, and is
    negated: Ukrainian/Russian "не" right before it, German "nicht mit" closing the sentence
    (or "nicht", "nicht sagen", rules-1.158)."""
    if raw.kind == "direct" or not raw.cue or raw.end < 0 or raw.cue.lower().startswith(_DENIAL_STEMS):
        return False
    m = _SENT_END_RE.search(text, raw.end)
    end = m.start() if m is not None else len(text)
    tail = text[raw.end : end]
    if len(tail) > 120 or not tail.lstrip().startswith((",", "—", "–")):
        return False  # the cue is not right after the clause
    cue = re.search(rf"(?<!\w){re.escape(raw.cue)}(?!\w)", tail)
    if cue is None:
        return False
    if lang == "de":
        return _DE_NOT_PARTICLE_RE.search(tail) is not None
    return _CYR_NEG_RE.search(tail, 0, cue.start()) is not None


def drop_negated(text: str, raws: list[Raw], lang: str) -> list[Raw]:
    """``raws`` without the statements whose cue is negated (negated_cue)."""
    return [r for r in raws if not negated_cue(text, r, lang)] if lang != "en" else raws
