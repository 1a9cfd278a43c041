"""rules-1.397: an English inverted attribution whose speaker has a long apposition to the sentence end.

Wire copy names the speaker after the cue and describes them at length: "…, said Kyrylo Budanov, head of the Main
Intelligence Directorate of the Ministry of Defence of Ukraine.", "…, says Daniel Kritenbrink, formerly U.S. Assistant
Secretary of State for East Asian and Pacific Affairs." The speaker phrase with its apposition is longer than
``plausible_speaker`` takes (14 words), so the statement was lost. Here the name before the first comma is the
speaker when it is a person's and what follows it is one apposition (``tails.speaker_apposition``).
"""

from __future__ import annotations

from ingest.extract.plausible import plausible_speaker
from ingest.extract.speakers import SpeakerPhrase, analyze_np
from ingest.extract.tails import speaker_apposition


def apposed_name(raw: str, lang: str) -> SpeakerPhrase | None:
    """The person named in ``raw`` (after an inverted cue, to the sentence end) before an apposition too long for
    ``plausible_speaker``, with the apposition's role; or None."""
    comma = raw.find(", ")
    if plausible_speaker(raw, lang) is not None or not speaker_apposition(raw[comma:]):
        return None
    head = plausible_speaker(raw[:comma], lang)
    if head is None or head.kind != "person" or not head.name:
        return None
    sp = analyze_np(raw, lang)  # with the apposition's role: "the DIU chief" finds the person later
    return sp if sp.kind == "person" and sp.name == head.name else head
