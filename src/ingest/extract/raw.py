"""The candidate statement record shared by the direct-quote and reported-speech finders (moved here from
cues, which re-exports it, when its __init__ was written out: see entities.Entity)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract.speakers import SpeakerPhrase


@dataclass(slots=True, init=False)
class Raw:
    """A statement before speaker resolution."""

    start: int  # quote offsets in the text (-1 for the title)
    end: int
    quote: str
    kind: str  # direct | indirect
    cue: str
    speaker: SpeakerPhrase | None  # None → inherit the previous statement's speaker
    anchor: int  # position used for coreference (start of the sentence holding the attribution)
    confidence: float
    gender_hint: str = ""
    same_as: Raw | None = None  # another statement whose speaker this one shares
    parts: list[tuple[int, int]] = field(default_factory=list)
    para: int = -1
    cue_pos: int = -1
    resolved: dict[str, str] = field(default_factory=dict)

    def __init__(
        self,
        start: int,
        end: int,
        quote: str,
        kind: str,
        cue: str,
        speaker: SpeakerPhrase | None,
        anchor: int,
        confidence: float,
        gender_hint: str = "",
        same_as: Raw | None = None,
        parts: list[tuple[int, int]] | None = None,
        para: int = -1,
        cue_pos: int = -1,
        resolved: dict[str, str] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.quote = quote
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.anchor = anchor
        self.confidence = confidence
        self.gender_hint = gender_hint
        self.same_as = same_as
        self.parts = [] if parts is None else parts
        self.para = para
        self.cue_pos = cue_pos
        self.resolved = {} if resolved is None else resolved
