"""(rules-1.88) A frame that opens the second half of a sentence after a colon or semicolon: "Сама Варвара
от интервью отказалась: по словам тренера, она готовится к экзаменам.", "Матч перенесли; за даними клубу,
…", "The match was off: according to the club, the pitch was frozen." The frame is read as if the sentence
began there; the part before it stays no statement. A pronoun's frame ("…: по его данным, …") is left to the
cue before the colon, whose subject it stands for."""

from __future__ import annotations

import re

from ingest.extract.frames import Frame, sentence_frame
from ingest.extract.frames import which_said as which_said

# a colon or semicolon, then a source frame's opening words
_AFTER_COLON_FRAME_RE = re.compile(
    r"[:;]\s+(?=(?:(?:за|по|на)\s+(?:(?:його|її|їх|его|её|ее|их)\s+)?(?:словам|словами|даним|данным|інформацією|"
    r"информации|думку|мнению|оцінкою|оценке)\b|according\s+to\s))"
)


def frame_in_sentence(
    text: str, s: int, e: int, lang: str, spans: list[tuple[int, int]], qstarts: list[int]
) -> Frame | None:
    """The frame of the sentence text[s:e] (frames.sentence_frame), else one that opens after a colon or
    semicolon in it (outside quotes)."""
    frame = sentence_frame(text, s, e, lang, spans, qstarts)
    if frame is not None or lang not in ("en", "uk", "ru") or not (":" in text[s:e] or ";" in text[s:e]):
        return frame
    m = _AFTER_COLON_FRAME_RE.search(text, s, e)
    if m is None or any(a <= m.start() <= b for a, b in spans):
        return None
    after = sentence_frame(text, m.end(), e, lang, spans, qstarts)
    # "X объяснил это …: по его данным, …": a pronoun's frame goes on X's own clause, left to the cue before
    return None if after is None or after.speaker.kind == "pronoun" else after
