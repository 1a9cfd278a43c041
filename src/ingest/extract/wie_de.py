"""German ", wie X … mitteilte." with long adjuncts between the speaker and the cue (rules-1.224)."""

from __future__ import annotations

import re

from ingest.extract.cues import is_cue
from ingest.extract.frames_de import DE_SO_RE, DE_WIE_END_RE
from ingest.extract.frames_pron_de import de_so_relative

# rules-1.224: ", wie Bundesentwicklungsministerin Petra Lohmann (SPD) am Freitag in der litauischen Hauptstadt
# ankündigte.": the speaker (up to 80 characters), then time and place adjuncts (up to 100 more) before the
# cue; frames_de.DE_WIE_END_RE takes 80 characters in all, so a long speaker with adjuncts was no frame
DE_WIE_END_LONG_RE = re.compile(
    r",\s+wie\s+(?P<np>[^,]{2,80}?)\s+(?:am|im|in|auf|bei|unter|nach|gegenüber|vor|seit)\s[^,]{2,100}?"
    r"\s+(?P<cue>\w+)(?:\s+(?:mit|an|hinzu))?\s*[.!]?$"
)


def _relay_at(stext: str, wie_at: int) -> bool:
    """rules-1.428: "…, sagte Gouverneur X, wie die Agentur Interfax meldete.": the clause before ", wie …" is
    an inverted cue with its own speaker, so the "wie" clause names only the medium that relayed X's words."""
    clause = stext.rfind(", ", 0, wie_at)
    first = stext[clause + 2 : wie_at].split(" ", 1) if clause >= 0 else []
    return len(first) == 2 and first[0][:1].islower() and is_cue(first[0], "de")


def de_wie_end(stext: str) -> re.Match[str] | None:
    """The closing ", wie X mitteilte." of a sentence, unless it only names the medium of an inverted cue."""
    w = DE_WIE_END_RE.search(stext) or DE_WIE_END_LONG_RE.search(stext)
    return None if w is None or _relay_at(stext, w.start()) else w


def de_so_end(stext: str) -> re.Match[str] | None:
    """The closing ", sagte X." / ", so X." of a sentence (``DE_SO_RE``, ``de_so_relative``); rules-1.428: also
    before the medium that relayed it (", sagte X, wie die Agentur Interfax meldete.")."""
    m = DE_SO_RE.search(stext) or de_so_relative(stext)
    if m is None and ", wie " in stext:
        w = DE_WIE_END_RE.search(stext) or DE_WIE_END_LONG_RE.search(stext)
        if w is not None and _relay_at(stext, w.start()):
            return DE_SO_RE.search(stext, 0, w.start())
    return m
