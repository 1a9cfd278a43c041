"""An English agency relay after an inverted attribution (rules-1.456), the counterpart of ``relay_de``:
"…, a senior official said, TASS reported on Friday.", "…, the governor said, state media reported.". The
outlet only carries the words of the speaker the inner "X said" names: the relay is blanked (same length) so
that it is neither a statement nor the speaker. A relay after words with no speech verb right before it
("The village has fallen, TASS reported.") is left alone: there the outlet is the source."""

from __future__ import annotations

import re

from ingest.extract.blanking import blank_spans, sentence_start

# the relay, from its comma to the sentence's full stop: an outlet (a capitalised name of one to three words,
# optionally "news agency", or "<up to two words> media/television/agency") and "reported", an optional day
_RELAY_EN_RE = re.compile(
    r",[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2}(?:[ \t]+(?:news[ \t]+)?agency)?"
    r"|(?:[a-z][\w-]+[ \t]+){0,2}(?:media|television|agency|news[ \t]+agency))"
    r"[ \t]+(?:reported|reports)"
    r"(?:[ \t]+(?:(?:late|early)[ \t]+)?on[ \t]+[A-Z][a-z]+day(?:[ \t]+(?:morning|afternoon|evening|night))?)?"
    r"(?=\.(?:\s|$))"
)
# the inner attribution's speech verb: the last word before the relay's comma
_INNER_CUES = frozenset(("said", "says", "added", "stated", "wrote"))


def blank_relays_en(text: str, lang: str) -> str:
    """``text`` with each agency relay after an inverted "…, X said" blanked (same length)."""
    if lang != "en" or " report" not in text or ("said, " not in text and "says, " not in text):
        return text
    spans: list[tuple[int, int]] = []
    for m in _RELAY_EN_RE.finditer(text):
        a = m.start()
        before = text[max(0, a - 12) : a].split()
        if not before or before[-1] not in _INNER_CUES:
            continue
        if "," not in text[sentence_start(text, a) : a - len(before[-1])]:
            continue  # the inner attribution must be inverted (after a comma): "…, X said, TASS reported."
        spans.append(m.span())
    return blank_spans(text, spans)
