"""A dash-set aside between a subject and its cue ("Dessen Leiter Georg Strobl – mit dem Einsatzleiter nicht
verwandt – erklärte, …", "Mark Ellis – no relation – said …"): the closing dash is no clause break
(rules-1.107)."""

from __future__ import annotations

import re

_DASHES = "–—"
_WORD_BEFORE_RE = re.compile(r"(\w[\w’'.-]*)[ \t]+$")


def dash_aside_open(text: str, s: int, brk: int, cue: int) -> int | None:
    """The opening dash of an aside "<Name> – … – <cue>" in text[s:cue] whose closing dash is ``brk``
    (the last clause break before the cue), or None: both dashes stand between blanks, the cue follows the
    closing dash at once, the aside is short and holds no quotation mark, colon or semicolon, and a
    capitalised word stands before the opening dash."""
    if brk <= s or text[brk] not in _DASHES or text[brk + 1 : cue].strip() or text[brk - 1] not in " \t":
        return None
    op = max(text.rfind("–", s, brk), text.rfind("—", s, brk))
    if op <= s or text[op - 1] not in " \t" or text[op + 1] not in " \t":
        return None
    inner = text[op + 1 : brk]
    relative = _RELATIVE_ASIDE_RE.match(inner) is not None  # "The senator — who has … — said" (rules-1.111)
    if brk - op > (160 if relative else 90) or any(c in inner for c in '"“”„«»;:') or len(inner.split()) < 2:
        return None
    before = _WORD_BEFORE_RE.search(text, max(s, op - 40), op)
    return op if before is not None and (relative or before.group(1)[:1].isupper()) else None


_RELATIVE_ASIDE_RE = re.compile(r"\s(?:who|which|whose|whom|der|die|das|dessen|deren)\s")
