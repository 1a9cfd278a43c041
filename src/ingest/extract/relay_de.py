"""A German agency relay after a speech verb (rules-1.446): "…, teilte der KGB mit, wie das Staatsfernsehen
berichtete.", "…, sagte die Vizechefin, wie die Agentur Interfax meldete.", "…, sagte er laut der
Nachrichtenagentur Interfax.", "…, sagte er nach Angaben der Agentur Belta.". The outlet only carries the words of the speaker the clause follows: the
relay is blanked (same length) so that it is neither a statement nor the speaker. A relay in a sentence
with no speech verb before it ("Das Dorf sei gefallen, wie die Agentur Tass meldete.") is left alone:
there the outlet is the source."""

from __future__ import annotations

import re

from ingest.extract.blanking import blank_spans, sentence_start

# the relay, from its comma (or the space before "laut") to the sentence's full stop
_RELAY_RE = re.compile(
    r"(?:,[ \t]+wie[ \t]+(?:die|das|der)[ \t]+(?:[a-zäöü]\w+[ \t]+){0,2}"
    r"(?:Nachrichtenagentur|Agentur|Staatsfernsehen|Staatsagentur|Fernsehsender|Sender|Zeitung)"
    r"(?:[ \t]+[A-ZÄÖÜ][\w-]+){0,2}[ \t]+(?:meldete|berichtete|meldet|berichtet)"
    r"|[ \t]+(?:laut|nach[ \t]+Angaben)[ \t]+(?:der[ \t]+)?(?:staatlichen[ \t]+)?(?:Nachrichtenagentur|Agentur)"
    r"(?:[ \t]+[A-ZÄÖÜ][\w-]+){1,2})"
    r"(?=\.(?:\s|$))"
)
# one of them is in every relay: the cheap test before the pattern
_OUTLET_WORDS = ("gentur", "ernsehen", "Sender", "Zeitung")
# a speech verb before the relay, in its sentence
_SPEECH_WORDS = frozenset(
    "sagte sagten teilte teilten erklärte erklärten schrieb schrieben betonte bestätigte bestätigten "
    "bestritt bestritten fügte kündigte warnte forderte meinte zitierte wies".split()
)


def blank_relays_de(text: str, lang: str) -> str:
    """``text`` with each agency relay after a speech verb blanked (same length)."""
    if lang != "de" or not any(w in text for w in _OUTLET_WORDS):
        return text
    spans = [
        m.span()
        for m in _RELAY_RE.finditer(text)
        if _SPEECH_WORDS.intersection(text[sentence_start(text, m.start()) : m.start()].split())
    ]
    return blank_spans(text, spans)
