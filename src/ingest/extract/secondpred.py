"""A second predicate of the cue's subject after a Ukrainian or Russian complement: in "Она заявила, что …, и
потребовала …" / "Він заявив, що …, і вимагав …" the statement ends before ", и потребовала" (rules-1.48).
Only after a comma and a plain "и"/"і"/"та" (no comma joins two predicates of one subject there, so the comma
closes the "что"-clause); ", но …" and ", а …" may go on inside it ("…, что Орлова принимала …, но забыла …").
A cue verb there ("…, и добавила, что …") is left to the split into a further statement."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.extract.cues import is_cue
from ingest.extract.lexicon import words as _w

_COORD_VERB_RE = re.compile(
    r",\s+(?:и|і|й|та)\s+(?:не\s+|также\s+|також\s+|сразу\s+|затем\s+|потім\s+)?"
    r"(?P<v>[а-яёіїєґ'’]{4,})(?=[\s,.;:!?]|$)"
)
# nouns and short forms that end like a past verb ("и персонал", "и дела", "і цілі")
_NOT_VERBS = frozenset(
    _w(
        "материал матеріал персонал капитал капітал сигнал канал финал фінал журнал генерал зал вокзал "
        "потенциал потенціал интервал інтервал минерал арсенал портал идеал ідеал дела села тела мала "
        "цели земли роли боли соли сели доли пили стали стала стал были было была был "
        "улов засів острів"
    )
)


def _past_form(word: str, lang: str) -> str | None:
    """Number and gender of a past-tense verb form: "m", "f", "p" or None."""
    w = word.lower().replace("ё", "е")
    for refl in ("ся", "сь"):
        if w.endswith(refl) and len(w) > 5:
            w = w[: -len(refl)]
            break
    if w.endswith("ла"):
        return "f"
    if w.endswith("ли"):
        return "p"
    if lang == "ru" and re.search(r"[аяиеыуо]л$", w):
        return "m"
    if lang == "uk" and re.search(r"[аяиуоє]в$", w):  # not "-ів", the genitive plural of nouns
        return "m"
    return None


def second_predicate(seg: str, cue: str, lang: str, quoted: Callable[[int], bool]) -> re.Match[str] | None:
    """The first ", и/і <past verb>" in ``seg`` whose verb agrees with the cue's past form and is no cue."""
    form = _past_form(cue, lang)
    if form is None or lang not in ("uk", "ru"):
        return None
    for m in _COORD_VERB_RE.finditer(seg):
        v = m.group("v")
        if v.lower() in _NOT_VERBS or is_cue(v, lang) or quoted(m.start()):
            continue
        if _past_form(v, lang) == form:
            return m
    return None
