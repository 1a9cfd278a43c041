"""A Ukrainian or Russian agency relay after a speech verb (rules-1.458): "…, заявив глава МЗС X, повідомляє
агентство Anadolu.", "…, заявил министр X, передает Bloomberg.", "…, сказала она, пишет «Коммерсант».". The outlet
only carries the words of the speaker whose cue comes before it: the relay is blanked (same length) so that it is
neither the speaker nor part of the words. A relay in a sentence with no speech verb before it ("Италия выступает
против …, сообщает Reuters.") is left alone: there the outlet is the source; so is one that goes on ("…, сообщает
Reuters со ссылкой на источники": the sources), and one after a verb that is no cue of the clause ("В суд
обратился дачник, сообщает «Тверская жизнь».")."""

from __future__ import annotations

import re

from ingest.extract.blanking import blank_spans, sentence_start
from ingest.extract.lexicon_slavic import UK_RU_CUES

# the relay, from its comma to the sentence's full stop: a medium's noun or none, then a name
_RELAY_RE = re.compile(
    r",[ \t]+(?:повідомляє|передає|пише|сообщает|передает|передаёт|пишет)[ \t]+"
    r"(?:(?:агентство|агенція|информагентство|інформагентство|видання|издание|газета|телеканал)[ \t]+)?"
    r"(?:«[^»\n]{1,40}»|[A-ZА-ЯЁІЇЄҐ][\w-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w-]*){0,2})"
    r"(?=\.(?:\s|$))"
)
# one of them is in every relay: the cheap test before the pattern
_RELAY_WORDS = (
    ", повідомляє ",
    ", передає ",
    ", пише ",
    ", сообщает ",
    ", передает ",
    ", передаёт ",
    ", пишет ",
)
# the relay verbs are cues too, but not the speaker's
_RELAY_VERBS = frozenset(("повідомляє", "передає", "пише", "сообщает", "передает", "передаёт", "пишет"))


def _speech_before(sent: str) -> bool:
    """``sent`` holds a speaker's cue: inverted after a comma (", заявив X") or before its clause ("заявил, что",
    "сказала:"); not a verb of another sense ("в суд обратился дачник")."""
    for w in sent.split():
        cue = w.rstrip(",:")
        if cue not in UK_RU_CUES or cue in _RELAY_VERBS:
            continue
        if w != cue or f", {cue} " in sent or f"{cue}, что " in sent or f"{cue}, що " in sent:
            return True
    return False


def blank_relays_cyr(text: str, lang: str) -> str:
    """``text`` with each agency relay after a speech verb blanked (same length)."""
    if lang not in ("uk", "ru") or not any(w in text for w in _RELAY_WORDS):
        return text
    spans = [
        m.span()
        for m in _RELAY_RE.finditer(text)
        if _speech_before(text[sentence_start(text, m.start()) : m.start()])
    ]
    return blank_spans(text, spans)
