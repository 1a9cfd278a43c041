"""A second predicate of a German subject after a cue's comma ("Probst räumte Fehler ein, wies den Vorwurf aber
zurück"): no reported clause (moved from ``konjunktiv``)."""

from __future__ import annotations

import re

from ingest.extract.konjunktiv import konjunktiv_in
from ingest.extract.lexicon import words as _w

# rules-1.86: a German verb in the simple past that opens a second predicate of the subject ("Probst räumte
# Fehler ein, wies den Vorwurf aber zurück"): weak forms in -te/-ten, and the strong forms of cue-like verbs
_DE_STRONG_PAST = frozenset(
    _w(
        "wies verwies bestritt hielt gab nahm sprach rief ließ bat schrieb beschrieb schwieg bot lud riet warf zog "
        "trat schlug stieß widersprach unterstrich versprach empfahl"
    )
)
_DE_NP_WORDS = "der die das den dem des ein eine einen einem einer eines aber jedoch zugleich allerdings jede"
# rules-1.276: also a pronoun object ("…, wollte sich aber nicht äußern")
_DE_NP_START = frozenset(_w(_DE_NP_WORDS + " jeden jedes sich ihn ihm ihnen"))
_DE_ZU_INFINITIVE_RE = re.compile(r"(?:\bzu\s+\w+|\w+zu\w+en)\W*$")


def de_second_predicate(text: str, start: int, end: int) -> bool:
    """A second predicate of the subject after the cue's comma ("Probst räumte Fehler ein, wies den Vorwurf aber
    zurück", "…, bestritt aber jede Absicht"): a simple past verb, then an article, "aber" or a pronoun; no
    reported clause or infinitive (rules-1.86)."""
    words = text[start:end].split(None, 2)
    if len(words) < 3 or not words[0].isalpha() or not words[0].islower() or words[1] not in _DE_NP_START:
        return False
    if not (words[0].endswith(("te", "ten")) or words[0] in _DE_STRONG_PAST):
        return False
    return not (konjunktiv_in(text[start:end]) or _DE_ZU_INFINITIVE_RE.search(text, start, end))
