"""A German subject stating its view as a noun ("Der Minister ist der Ansicht, dass …", "Hugo Chávez vertritt
wie Fidel Castro die Auffassung, die Produktion führe zu mehr Hunger"): the view is the subject's statement
(rules-1.111)."""

from __future__ import annotations

import re

from ingest.extract.frames import Frame
from ingest.extract.plausible import plausible_speaker
from ingest.extract.quotes import in_quote
from ingest.extract.sentences import Sentence

_OPINION_RE = re.compile(
    r"(?P<subj>[A-ZÄÖÜ][^,.;:!?„“\"]{1,80}?)\s+(?:(?P<verb>ist|war|sind|waren|vertritt|vertrat|vertraten|vertreten)\s+"
    r"(?:[A-Za-zÄÖÜäöüß-]+\s+){0,4}?(?:der|die|den)\s+(?:Ansicht|Auffassung|Meinung|Überzeugung|Standpunkt|Position)"
    r"(?:\s+[a-zäöüß]+)?"  # "hatte den Standpunkt vertreten, …" (the perfect)
    r"|(?P<aux>hat|hatte|hatten|haben)\s+(?:[A-Za-zÄÖÜäöüß-]+\s+){0,4}?(?:die|den)\s+(?:Ansicht|Auffassung|"
    r"Meinung|Standpunkt|Position)\s+vertreten),\s+(?=\S)"
)


def opinion_sentences(text: str, sents: list[Sentence]) -> list[int]:
    """The indices of the sentences that hold a view noun after "der"/"die" (candidates for de_opinion_frame)."""
    if not _VIEW_NOUN_RE.search(text):
        return []
    return [si for si, s in enumerate(sents) if _VIEW_NOUN_RE.search(text, s.start, s.end)]


_VIEW_NOUN_RE = re.compile(
    r"\s(?:der|die|den)\s+(?:Ansicht|Auffassung|Meinung|Überzeugung|Standpunkt|Position)\b"
)


def de_opinion_frame(
    text: str, s: int, e: int, spans: list[tuple[int, int]], qstarts: list[int]
) -> Frame | None:
    """The view a German sentence's subject states with "ist der Ansicht"/"vertritt die Auffassung" and a
    clause after the comma (a "dass" clause or one in Konjunktiv), else None."""
    m = _OPINION_RE.match(text, s, e)
    verb = "verb" if m is not None and m.group("verb") else "aux"
    if m is None or in_quote(m.start(verb), spans, qstarts):
        return None
    sp = plausible_speaker(m.group("subj"), "de")
    if sp is None or sp.kind not in ("person", "role", "organisation", "group", "anonymous", "pronoun"):
        return None
    start = m.end() + (5 if text.startswith("dass ", m.end()) else 0)
    end = e
    while end > start and text[end - 1] in " \n.!":
        end -= 1
    return Frame(sp, start, end, m.group(verb), 0.8) if end - start > 10 else None
