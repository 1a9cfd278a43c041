"""The antecedent of a relative "who" that is a cue's subject ("… support from those who said …", "The first firm
information came from a Tehran doctor who told TIME that …"): the speaker is the noun phrase before "who", not
the clause that holds it."""

from __future__ import annotations

from ingest.extract.appositions import is_role_word
from ingest.extract.lexicon import words as _w
from ingest.extract.speakers import SpeakerPhrase, analyze_np

_RELATIVE_GROUPS = frozenset(("those", "people", "others", "voters", "residents", "many", "some", "all"))
_PREPOSITIONS = frozenset(_w("from to by with for of among like including"))
_OPENERS = frozenset(_w("a an the one another"))


def who_antecedent(raw: str) -> SpeakerPhrase | None:
    """English ``raw`` ending in " who" (no comma): a group word just before it (rules-1.64), or (rules-1.412) a
    noun phrase of up to five words after a preposition, opening with an article and ending in a role or person
    noun ("from a Tehran doctor who", "to a local farmer who"); else None."""
    before = raw.rstrip()[:-4].split()
    if not before:
        return None
    if len(before) <= 7 and before[-1].lower() in _RELATIVE_GROUPS:
        return analyze_np(before[-1], "en")
    k = max((i for i, w in enumerate(before) if w.lower() in _PREPOSITIONS), default=-1)
    np = before[k + 1 :]
    if k < 0 or not 2 <= len(np) <= 5 or np[0].lower() not in _OPENERS or not is_role_word(np[-1].lower()):
        return None
    sp = analyze_np(" ".join(np), "en")
    return sp if sp.kind in ("role", "person") else None
