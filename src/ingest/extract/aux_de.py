"""German auxiliaries and modals before an inverted subject ("…, hatte Obama … gesagt", "…, könne er …
sagen"), moved from final (rules-1.283), and the end of a predicate that is no inverted attribution."""

from __future__ import annotations

import re

from ingest.extract.lexicon import DE_PERFECT_PARTICIPLES
from ingest.extract.lexicon import words as _w
from ingest.extract.lexicon_de import DE_HABEN, DE_HABEN_SUBJUNCTIVE

_DE_AUX = frozenset((*DE_HABEN, *DE_HABEN_SUBJUNCTIVE))
# rules-1.54: a modal before the subject ("…, könne er erst in drei Wochen sagen"), not negated ("…, wollte er
# nicht sagen" declines to say)
_DE_MODALS = frozenset(
    _w("könne könnte kann wolle wollte will müsse müsste muss solle sollte soll dürfe darf werde")
)


def aux_or_modal(first: list[str]) -> bool:
    if first[0] in _DE_AUX:
        return True
    return first[0] in _DE_MODALS and not (len(first) > 1 and _DE_NEGATION_RE.search(first[1]))


_DE_NEGATION_RE = re.compile(r"\b(?:nicht|kein\w*|nichts|nie)\b")
_DE_COORD_OPENERS = frozenset(_w("aber und oder sondern"))


def de_own_predicate(first: list[str], cue: str) -> bool:
    """(rules-1.283) The words after the last comma before a cue at the end of a German sentence are the end
    of the sentence's own predicate, no inverted attribution: they open with "aber"/"und"/"oder"/"sondern" (a
    coordinated attribute: "Die Stadt hatte Geld für neue, aber teure Busse verlangt."), or the cue is a perfect
    participle and they do not open with an auxiliary or modal ("Kessler hatte Geld für gelieferte, nicht
    bezahlte Pumpen gefordert."; an inverted one has it: "…, hatte der Verband gefordert")."""
    if first[0] in _DE_COORD_OPENERS:
        return True
    return (cue in DE_PERFECT_PARTICIPLES or cue == "gesagt") and not aux_or_modal(first)
